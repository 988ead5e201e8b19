# heldout49 rules data (see ../rules/SOURCES-heldout49.md). All people invented; no real private person is named.
# 14 incidents: 7 software / IT (EPEX SPOT day-ahead decoupling 2019, Rostelecom BGP hijack 2020, Viasat KA-SAT modem
# wipe 2022, Bank of Ireland app glitch 2023, Northampton County ExpressVote XL tallies 2019, Ticketfly breach 2018,
# Expeditors cyber-attack 2022) and 7 outside software (Auckland CBD power crisis 1998, Lubrizol Rouen fire 2019, Ellis
# Park stadium crush 2001, Norman Atlantic ferry fire 2014, Carolabruecke Dresden collapse 2024, Hospital Badim fire
# 2019, San Jose mine collapse 2010).
# Written as training text for a learned blame classifier: responders' chat lines, ticket comments, review notes,
# timeline rows and some report prose, in English with French, German, Spanish, Portuguese and Italian rows.
S = []

# 1. EPEX SPOT, 7 June 2019: from 11:39 a corrupt order entered by a participant locked the ETS day-ahead server; it was
# removed and the server restarted, the same order was sent again, more locks followed; the 12:40 deadline passed and
# partial decoupling was declared at 12:49; erroneous local results published at 13:41 were cancelled, order books
# reopened until 14:35, final results at 15:38, nominations by 15:49; two patches went live at 19:30.
S.append(dict(url="https://www.epexspot.com/en/news/root-cause-incident-07-june-2019",
people=["Ambroisin Vasseroux", "Ingmar Thalbrecht", "Maëlwenn Quillardet", "Jikke Ostervaal"],
blame="""
B failure-verb | Maëlwenn restarted ETS at 12:05 and never checked whether the member's order was still sitting in the inbound queue
B passive-agent | the fixing script for the local auctions was pushed by Ingmar straight into prod with no dry run, hence the garbage prices at 13:41
B self-blame | I should have blocked that member's login after the first lock instead of just phoning them. c'est sur moi, honnêtement
B group-blame | The participant's trading desk sent the exact same broken order a second time after we told them not to; some firms just cannot read an email.
B sarcasm | Superbe journée : six marchés découplés grâce à un seul ordre, vraiment bravo l'équipe support.
B rhetorical-question | who on the ETS team decided that one malformed order locking the whole matching server was acceptable for a pan-European auction?
B competence | A competent head of operations would never have let the local-auction fix go live without a price sanity check.
B sanction | whoever wrote that order parser should lose merge rights until the steering committee report is out
O system-failure | ETS failed to reject the corrupt order at the gateway, so it reached the matching server and locked it.
O system-should | The order gateway should have quarantined any order that had already caused one server lock.
O actor-neutral | Jikke called the member's desk at 12:10 and asked them to hold all submissions until ETS was stable.
O neutral-fact | Partial decoupling was declared at 12:49, nine minutes after the 12:40 deadline in the coupling procedure.
O agentless-passive | The erroneous local results were withdrawn and order books were reopened until 14:35.
O policy-subject | La procédure de découplage qu'Ambroisin a suivie ne prévoyait aucun contrôle des prix locaux avant publication.
O credit | merci Ingmar pour les deux patchs en prod à 19h30, on repart lundi avec un ETS propre
O quoted-question | Ambroisin's first line on the bridge was "is it the same order again?", and the server log said yes.
""",
actions="""
Y Y N PREVENTS | ETS development | 2019-07-31 | Make the ETS gateway reject any order that fails schema validation before it reaches the matching server, with a regression test built from the 7 June order.
N N N PARTIAL | we | | Be more robust on auction days.
Y Y Y DETECTS | Jikke Ostervaal | 2019-06-28 | Page the market operations duty manager when the ETS server locks twice within 30 minutes.
N Y Y PARTIAL | Maëlwenn | | Revisit how ETS gets restarted.
Y Y N PARTIAL | Market operations | 2019-09-30 | Block publication of local auction prices outside the harmonised minimum and maximum until a second operator confirms them.
N N N DETECTS | | | Keep a closer eye on what members send us.
Y N Y PREVENTS | Ambroisin | | Give the operations desk a switch that suspends one member's order entry, and rehearse it in the monthly fallback drill.
N Y N PREVENTS | Member services | 2019-08-15 | Improve communication with market participants during incidents.
Y Y N DETECTS | | 2019-07-15 | Replay the 7 June order against the patched ETS in the test environment and attach the result to the investigation file.
N Y Y DETECTS | Ingmar Thalbrecht | | Double-check local auction results before they go out.
N N N PARTIAL | everyone | | Treat the 12:40 deadline with more respect.
""",
ww="""
C | Fallback procedures kept the rest of the coupling running while the EPEX order books were handled locally.
C | Final results went out at 15:38 and every nomination was validated by 15:49, so no delivery day was lost.
V | Great team spirit on the trading floor all afternoon.
"""))

# 2. Rostelecom, 1 April 2020: AS12389 announced more-specific routes for over 8,800 prefixes of 200+ networks (Google,
# Amazon, Facebook, Akamai, Cloudflare, Hetzner, ...) from about 19:27 UTC for about an hour; BGPMon and Qrator saw it;
# it spread via Rascom, Cogent and Level3; likely an internal traffic-shaping system leaking routes; a similar 2017 case.
# Written from the side of an affected content network.
S.append(dict(url="https://www.medianama.com/2020/04/223-rostelecom-bgp-hijack/",
people=["Timofei Zharkovin", "Pelageyka Prostakova", "Radimir Vorontsky-Lask", "Zulkhumor Osmanquli"],
blame="""
B group-blame | Rostelecom's engineers leaked 8,800 prefixes and every upstream just swallowed them. clown show from end to end
B sarcasm | and a very happy April Fools to everyone from AS12389's shaping box, hilarious work lads
B rhetorical-question | Why does a national carrier still not filter what its own optimiser announces to its peers, three years after the Visa routes?
B repeat-offender | Same operator, same trick as the card-network routes in 2017; they have never learned and never will.
B failure-verb | radimir ignored the BGPMon mail at 19:30 because he assumed it was somebody's prank
B passive-agent | Our RPKI rollout was put on hold by Pelageyka last quarter "until the validator is stable", and here we are.
B counterfactual | If Cogent's peering team had put a sane max-prefix limit on that session, the leak would have stayed inside Russia.
B mistake-attribution | Mistakes were made by the Russian authorities as well, their traffic-steering rules practically invite boxes like this.
O system-failure | Our edge routers accepted the more-specific /24s because no origin validation was enabled on the transit sessions.
O system-should | The transit sessions should have had max-prefix limits low enough to drop a neighbour announcing thousands of foreign routes.
O actor-neutral | Timofei saw the latency jump on the Frankfurt probes at 19:29 and opened the bridge.
O neutral-fact | The leak lasted about an hour and touched more than 8,800 prefixes belonging to over 200 networks.
O agentless-passive | The bogus announcements were withdrawn after about an hour and our paths converged back within minutes.
O policy-subject | The peering policy Zulkhumor drafted in 2019 required RPKI only on new sessions, not on the existing transit links.
O credit | shout-out to zulkhumor for having the list of our anycast ranges ready, made the RIPEstat check a two-minute job
O meta-blameless | Review note: strike "Russian sabotage" from the summary. We don't know intent; describe the missing route filters instead.
""",
actions="""
Y Y N PREVENTS | Network engineering | 2020-06-30 | Enable RPKI origin validation and drop invalid routes on all transit and peering sessions in Frankfurt and Amsterdam.
N N N PARTIAL | we | | Push the big carriers to behave.
Y Y Y DETECTS | Timofei Zharkovin | 2020-04-30 | Alert the NOC within two minutes when any of our prefixes is seen with a foreign origin AS in the BGP monitoring feed.
N Y Y PARTIAL | Radimir | | Have a think about max-prefix values.
Y Y N PARTIAL | | 2020-05-31 | Announce our anycast ranges as /24s from every site so that a more-specific leak cannot win path selection.
N N N DETECTS | everyone | | Stay alert on holidays and odd dates.
Y N Y PREVENTS | Pelageyka Prostakova | | Publish ROAs for every prefix we originate and check their coverage in the monthly routing report.
N Y N PREVENTS | Peering team | 2020-09-30 | Get our upstreams to filter better.
Y Y N DETECTS | NOC | | Add a route-leak scenario to the quarterly incident drill and record the minutes to first alert.
N Y Y DETECTS | Zulkhumor | 2020-05-15 | Follow what's happening in the routing world.
Y Y Y PARTIAL | Zulkhumor Osmanquli | 2020-07-31 | Set max-prefix limits on each transit session at 120% of that session's current route count.
""",
ww="""
C | The anycast latency probes flagged the path change within two minutes, before the first customer ticket.
V | Our NOC folks kept their heads the whole evening.
V | Really good collaboration with the wider community.
"""))

# 3. Viasat KA-SAT, 24 February 2022: attackers used a misconfigured VPN appliance to reach the management network and
# sent commands (AcidRain wiper) that overwrote modem flash; tens of thousands of terminals in Europe went offline,
# including 5,800 Enercon wind turbines (about 11 GW) that lost remote monitoring but kept generating on autopilot;
# Enercon had over 95% back in remote monitoring by mid-April. Written from the side of a turbine operator.
S.append(dict(url="https://icsstrive.com/incident/attack-on-satellite-firm-viasat-interrupted-wind-power-generation-systems/",
people=["Eginhard Marquardtsen", "Tjorven Haltenbeck", "Sharvaree Okonkwo-Selle", "Lasse Brinkhorst"],
blame="""
B failure-verb | Eginhard never asked the satellite provider a single security question before putting 5,800 turbines behind their terminals.
B passive-agent | Die Fernwartung nur über KA-SAT wurde 2019 von Tjorven durchgewunken, ohne dass jemand nach einem zweiten Kommunikationsweg gefragt hat.
B counterfactual | if the distributor had segmented their management network like they promised us, that wiper never gets near a single modem
B group-blame | the satellite provider's ops crowd treated their management VPN like a home router, that's the whole story
B sarcasm | 5,800 turbines on autopilot and our "redundant" comms design was one satellite. chapeau, Vertrieb.
B role-blame | The head of procurement only cares that the contract was cheap; he'd sign the same single link again tomorrow.
B hindsight | Anyone who had read the 2018 router-wiper reports could have told Sharvaree that modems with writable flash were a target.
B human-error | Ursache laut erstem Entwurf: menschliches Versagen bei der Konfiguration des VPN-Zugangs.
O system-failure | The modems accepted a management command that overwrote their flash, and none of them could rejoin the network afterwards.
O system-should | The modem firmware should have refused any flash write that was not signed by the manufacturer.
O actor-neutral | Sharvaree noticed that every satellite-linked park had stopped reporting and opened the incident before the morning shift change.
O neutral-fact | Rund 5.800 Anlagen mit zusammen etwa 11 GW waren nicht mehr fernüberwachbar, speisten aber weiter ein.
O agentless-passive | Replacement modems were shipped to the parks in batches, and by mid-April most sites were reporting again.
O policy-subject | The service contract Tjorven signed named KA-SAT as the only link and had no clause for a mobile fallback.
O credit | Danke an das Serviceteam um Lasse: über 1.200 Windparks bis Ostern wieder in der Fernüberwachung, das ist eine Ansage.
O system-counterfactual | Had the parks had a mobile fallback router, remote monitoring would have switched over without anyone driving out.
""",
actions="""
Y Y N PREVENTS | Grid connection engineering | 2022-09-30 | Fit every satellite-linked park with an LTE fallback router and test the switchover at commissioning.
N N N PARTIAL | we | | Depend less on a single provider.
Y Y Y DETECTS | Sharvaree Okonkwo-Selle | 2022-04-30 | Alert the control centre when more than 20 parks stop reporting within ten minutes.
N Y Y PARTIAL | Tjorven | | Review the satellite contract.
Y N N PARTIAL | Service | 2022-06-30 | Keep 300 preconfigured spare modems across the three regional depots and report the stock count monthly.
N N N DETECTS | | | Follow the cyber news more closely.
Y Y Y PREVENTS | Lasse | | Require signed firmware on every remote terminal we buy and reject deliveries that fail the signature check.
N Y N PREVENTS | IT security | 2022-07-31 | Harden remote access.
Y Y N DETECTS | | 2022-05-15 | List every park still without remote monitoring each Monday, with its planned modem swap date.
N Y Y DETECTS | Eginhard Marquardtsen | | Stay in closer contact with the satellite provider.
N N N PARTIAL | everyone | | Think about resilience in every project.
""",
ww="""
C | Turbines switched to autonomous operation as designed, so no generation was lost while monitoring was down.
C | The service team had over 95% of the affected turbines back in remote monitoring by mid-April.
V | Wirklich starke Teamleistung über alle Standorte hinweg.
"""))

# 4. Bank of Ireland, 15-16 August 2023: a technical issue hit the app and 365online; the bank acknowledged it at 14:50
# GMT; the fault let customers withdraw (up to 500 euro by card) or transfer (up to about 1,000 euro, e.g. to Revolut)
# above their balance; queues formed at ATMs, gardai attended; services restored overnight; amounts were debited.
S.append(dict(url="https://fintechherald.com/bank-of-ireland-says-it-has-fixed-glitch-that-sparked-flurry-of-withdrawals/",
people=["Caoimhin Dorrity-Vane", "Aisling Mulqueeney", "Donnacha Tormeyson", "Niamhra Quilligan"],
blame="""
B failure-verb | donnacha pushed the balance-cache change on tuesday morning and didn't bother watching the limit checks once it was live
B passive-agent | The standby limit mode was switched on by the payments night shift without telling anyone it defaults to "allow".
B counterfactual | If Ms Quilligan had pulled the app at 3pm instead of waiting for a fix, there would have been no queues at the ATMs in Dundalk.
B sarcasm | love that "free money" was trending on X before our incident channel even had a name. world-class monitoring there, lads
B rhetorical-question | is anyone in payments ever going to explain why the app let people send a grand to Revolut from an empty account??
B competence | Any half-awake payments engineer knows an offline balance check has to fail closed.
B group-blame | The core banking vendor's support crew took four hours to answer a P1, typical of that lot.
B sanction | The Central Bank should go after whoever signed off that release personally, not just fine the bank again.
O system-failure | While the balance service was unavailable, the app's fallback path approved transfers against the daily limit only, not the balance.
O system-should | The fallback mode should have declined any transfer it could not check against a live balance.
O actor-neutral | Aisling spotted the spike in transfers to e-money accounts at 18:40 and asked the duty manager to throttle outbound payments.
O neutral-fact | Card withdrawals were capped at 500 euro a day; transfers to other accounts reached 1,000 euro in some cases.
O agentless-passive | Services were restored overnight and the overdrawn amounts were applied to accounts on Wednesday.
O policy-subject | The outage playbook Caoimhin owns says to keep the app up in degraded mode and has no rule for switching off payments.
O self-report | I was on the payments desk; the dashboards showed transfer volume climbing but nothing told us the balance checks had stopped.
O credit | fair play to comms for the 14:50 post, at least customers heard it from us before they heard it from X
""",
actions="""
Y Y N PREVENTS | Payments engineering | 2023-10-31 | Make the app's degraded mode decline every outbound transfer when the live balance service does not answer within two seconds.
N N N PARTIAL | we | | Never let customers get free money again.
Y Y Y DETECTS | Aisling Mulqueeney | 2023-09-15 | Page the payments duty manager when transfers to external e-money accounts exceed three times the hourly norm.
N Y Y PARTIAL | Donnacha | | Take another look at the release process for core banking.
Y N N PARTIAL | Operations risk | | Add a one-step kill switch for outbound transfers to the outage playbook and use it in every quarterly drill.
N N N DETECTS | | | Listen to social media more.
Y Y Y PREVENTS | Niamhra | 2023-11-30 | Add an automated test that calls the transfer API with the balance service down and fails the build if the transfer is approved.
N Y N PREVENTS | Core banking vendor | 2023-12-31 | Improve the stability of the balance service.
Y Y N DETECTS | | 2023-08-25 | Reconcile every transfer made between Tuesday 14:00 and Wednesday 08:00 against balances and report the overdrawn account count to the Central Bank.
N Y Y DETECTS | Caoimhin Dorrity-Vane | | Pay closer attention to the app when releasing.
Y Y N PARTIAL | everyone | 2023-10-31 | Everyone on the payments rota completes the degraded-mode runbook walkthrough, tracked in the training system.
""",
ww="""
C | The first public acknowledgement went out at 14:50, before the story spread on social media.
V | Massive effort from everyone overnight.
V | Staff went above and beyond for our customers.
"""))

# 5. Northampton County, Pennsylvania, 5 November 2019: first election on ES&S ExpressVote XL machines (bought March
# 2019 on a 3-2 vote); voters reported touchscreen problems all day; machine tallies were wrong in the judicial race
# (one candidate at 164 votes with 105 of 155 precincts in); the state told the county to count the paper ballots; the
# vendor later tied the errors to cross-filed candidates and straight-ticket ballots missed in pre-shipping and
# logic-and-accuracy testing; in December the election commission voted no confidence in the machines.
S.append(dict(url="https://www.witf.org/2019/12/20/northampton-officials-unanimously-vote-no-confidence-in-expressvote-xl-voting-machine/",
people=["Jolisa Rutkowsky", "Wenceslaus Eberhollen", "Ezrael Wenzelbach", "Shaquana Pellerito"],
blame="""
B failure-verb | ezrael skipped the straight-ticket cases in the logic and accuracy test because "nobody votes straight ticket in a judge race"
B passive-agent | The ballot definition files were signed off by Wenceslaus without anyone loading a cross-filed test deck.
B counterfactual | If the vendor's warehouse had run one straight-ticket ballot per machine before shipping, we would never have shown a judge candidate at 164 votes.
B group-blame | the vendor's people in Omaha shipped us machines they never tested, plain and simple
B sarcasm | Great night for democracy: the candidate who won on paper barely existed on the screens. Thanks so much, vendor.
B mistake-attribution | Mistakes were made by the county elections office and by the vendor, in that order.
B rhetorical-question | who pushed these machines through on a 3-2 vote over every objection, and is anyone going to own that?
B human-error | Root cause according to the vendor's first slide: operator error in ballot configuration.
O system-failure | The tabulation software credited straight-ticket ballots wrongly in contests with cross-filed candidates.
O system-should | The pre-election test deck should have included straight-ticket and cross-filed ballots for every contest.
O actor-neutral | Shaquana took the first complaint about a touchscreen selecting the wrong candidate at 07:20 and logged the machine number.
O neutral-fact | With 105 of 155 precincts reporting, one judicial candidate showed 164 votes on the machine count.
O agentless-passive | The state instructed the county to tabulate from the paper ballots, and the results were counted from them.
O policy-subject | The acceptance checklist Jolisa used covered screen calibration and printing, not tabulation logic.
O credit | kudos to the crew who rescanned paper ballots until 3am, the paper count is what settled that race
O system-counterfactual | Had the machine summaries been compared with a paper sample on election night, the mismatch would have shown within the hour.
""",
actions="""
Y Y N PREVENTS | Elections office | 2020-03-31 | Run a logic and accuracy deck with at least one straight-ticket and one cross-filed ballot per contest on every machine before each election.
N N N PARTIAL | we | | Restore trust in the voting system.
Y Y Y DETECTS | Shaquana Pellerito | 2020-04-15 | Compare machine totals with a hand count of 100 paper ballots from three precincts on election night and hold the release if they differ.
N Y Y PARTIAL | Ezrael | | Work with the vendor on the test process.
Y N N PARTIAL | ES&S | 2020-02-28 | Re-certify the ballot definition for every county contest and deliver a signed test report for each machine.
N N N DETECTS | | | Pay more attention to voter complaints.
Y Y Y PREVENTS | Wenceslaus | | Add a second reviewer who loads a cross-filed test ballot before any ballot definition is accepted.
N Y N DETECTS | Election commission | 2020-01-31 | Get a better picture of how the machines are doing.
Y Y N DETECTS | | | Log every touchscreen complaint with precinct, machine and time, and publish the count with the results.
N Y Y PREVENTS | Jolisa Rutkowsky | 2020-03-15 | Hold the vendor accountable.
N N N PARTIAL | everyone | | Be more careful on election day.
""",
ww="""
C | Voter-verifiable paper ballots let the county count the judicial race correctly when the machine tallies could not be trusted.
C | Poll workers logged each complaint with a machine number, which let the vendor trace the touchscreen fault.
V | Everyone pulled together under enormous pressure.
"""))

# 6. Ticketfly, 31 May 2018: the homepage was defaced early on 31 May ("HacKeD By IShaAkDz") with a one-bitcoin demand;
# Ticketfly took its platform and partner venue sites offline; names, addresses, email addresses and phone numbers of
# about 27 million accounts were accessed, card data was not; partner sites came back first, the site on 6 June; the
# parent company's platform carried some on-sales meanwhile; entry was reported to be through WordPress.
S.append(dict(url="https://news.pollstar.com/?p=255718",
people=["Jonah Tribblestead", "Anabeth Quintaroja", "Devontae Ashgrove-Pym", "Fumiyo Vanderspool"],
blame="""
B failure-verb | jonah never patched the wordpress plugin on the marketing site, even after the guy emailed us about it
B passive-agent | The backup share was left world-readable by Devontae's team, which is how 27 million rows walked out the door.
B counterfactual | If Fumiyo had answered the researcher's email the week before, we'd have closed the hole before the defacement.
B sarcasm | nice touch, the Guy Fawkes mask on our homepage got more views than any show we sold that week
B group-blame | Corporate security at the parent company couldn't secure a lemonade stand.
B hindsight | In hindsight a WordPress box with database creds in a config file was always going to get popped, and Anabeth signed off on it.
B nobody-blame | nobody on the platform team bothered to rotate the keys after the 2017 audit flagged them
B sanction | Whoever owns that marketing server should be walked out today, it's that simple.
O system-failure | The marketing site shared a database credential with the ticketing backend, so one vulnerable plugin exposed customer records.
O system-should | The ticketing backups should have been encrypted and reachable only from the backup network.
O actor-neutral | Anabeth saw the defaced homepage just before 1am Pacific and took the whole platform offline within 20 minutes.
O neutral-fact | Names, addresses, email addresses and phone numbers tied to about 27 million accounts were accessed; card data was not.
O agentless-passive | Venue sites were brought back first and the main site returned on 6 June.
O policy-subject | The vendor review policy Jonah followed never asked how plugins on marketing sites were patched.
O credit | huge thanks to the parent company's folks who cloned on-sale pages for the festivals while we were dark
O quoted-question | The first message in the channel was Devontae asking "is that our homepage or a phishing copy?"
""",
actions="""
Y Y N PREVENTS | Platform security | 2018-07-31 | Move the marketing site to a separate network and database account with no read access to customer tables.
N N N PARTIAL | we | | Put security first for real this time.
Y Y Y DETECTS | Fumiyo Vanderspool | 2018-06-30 | Alert on-call whenever a backup file is read from outside the backup network.
N Y Y PARTIAL | Jonah | | Look into the WordPress setup.
Y N N PARTIAL | IT operations | 2018-08-31 | Rotate every credential stored on web servers and record the rotation date in the secrets inventory.
N N N DETECTS | | | Watch the dark web for our data.
Y Y Y PREVENTS | Devontae | 2018-07-15 | Encrypt all database backups at rest with keys held only by the backup service.
N Y N DETECTS | Security team | | Be more responsive to researchers.
Y Y N DETECTS | | 2018-06-15 | Publish a security contact address with a 48-hour reply target and track the reply time of each report.
N Y Y PREVENTS | Anabeth Quintaroja | | Harden the ticketing servers somehow.
Y Y N PARTIAL | everyone | 2018-07-31 | Every engineer with production access enrols a hardware security key, checked in the quarterly access review.
""",
ww="""
C | Taking the platform offline within minutes stopped further data access while forensics started.
V | Amazing resilience from the whole team.
V | Our partners were incredibly supportive.
"""))

# 7. Expeditors International, February 2022: on Sunday 20 February the company found it was the target of a cyber-attack
# and shut down most operating systems worldwide (350+ locations, 100+ countries, about 18,000 staff), with limited
# ability to book freight or handle customs; systems were restored from backups over the following weeks.
S.append(dict(url="https://www.cpomagazine.com/cyber-security/suspected-ransomware-cyber-attack-disrupts-expeditors-internationals-logistics-operations-worldwide/",
people=["Brannoch Hollowbeck", "Chayton Melvoise", "Suvi Lindqvarn", "Adebukunola Hesketh-Orme"],
blame="""
B failure-verb | Chayton turned off EDR on the customs servers "for performance" in January and forgot to turn it back on.
B passive-agent | the domain admin password was the same in every region, set up that way by Brannoch back in 2016
B self-blame | I should have pushed harder for offline backups of the customs database last year. that one's on me
B group-blame | The regional IT crews run their own little kingdoms and none of them patch anything.
B sarcasm | eleven days of customs filings by fax and email, truly a logistics company for the 21st century
B role-blame | The IT manager in Seattle should have spotted the lateral movement days before that Sunday; that is literally the job.
B rhetorical-question | why did it take a global shutdown for leadership to notice nobody had tested a full restore since 2019?
B character | Suvi treats every security ticket as somebody else's problem, always has.
O system-failure | The backup system could restore servers only one at a time, which stretched a global rebuild into weeks.
O system-should | Domain admin accounts should have been usable only from a handful of hardened workstations.
O actor-neutral | Adebukunola saw encryption alerts on two file servers early on Sunday and called the security lead.
O neutral-fact | Most operating systems were shut down worldwide on 20 February, across more than 350 locations.
O agentless-passive | Freight bookings were handled manually with the carriers while systems were restored from backups.
O policy-subject | The continuity plan Suvi maintained assumed the loss of one region, not all regions at once.
O credit | big thanks to the Singapore customs team, they kept filings moving on paper templates from day two
O self-report | I restored the booking database as the runbook said; it had no step to scan the copy first, so we wiped it and started again.
""",
actions="""
Y Y N PREVENTS | Global IT security | 2022-06-30 | Restrict domain admin logons to a set of hardened admin workstations and block them everywhere else by group policy.
N N N PARTIAL | we | | Become a security-first company.
Y Y Y DETECTS | Adebukunola Hesketh-Orme | 2022-04-30 | Page the security on-call when EDR is disabled on any server for more than one hour.
N Y Y PARTIAL | Chayton | | Sort out the EDR exceptions.
Y N N PARTIAL | Infrastructure | 2022-09-30 | Keep an immutable offline copy of the booking and customs databases and restore one of them in a test each quarter.
N N N DETECTS | | | Stay vigilant against attackers.
Y Y Y PARTIAL | Brannoch | | Give each region its own admin password vault and rotate every domain admin password every 30 days.
N Y N PREVENTS | Regional IT | 2022-05-31 | Improve patching discipline in the regions.
Y Y N DETECTS | | 2022-03-31 | Scan every restored server with the new EDR before it rejoins the network and record the result in the rebuild tracker.
N Y Y DETECTS | Suvi Lindqvarn | | Monitor the network better.
N N N PARTIAL | everyone | | Keep security top of mind.
""",
ww="""
C | Shutting systems down globally on the first day kept the attacker away from the carrier integrations.
C | Manual booking templates let key customers keep moving freight within two days.
V | Brilliant attitude from staff across all regions.
"""))

# 8. Auckland CBD power crisis, 1998 (New Zealand): Mercury Energy's four main cables into the central business district
# failed one after another (first on 22 January, the second on 9 February, the last two around 19-20 February) in a
# hot summer; a backup cable carried only about a tenth of the load; businesses closed or moved for about five weeks;
# a government inquiry followed.
S.append(dict(url="http://www.independent.co.uk/news/freak-power-failure-puts-auckland-out-of-business-1146539.html",
people=["Hemi Tarawhiti-Cole", "Keefe Fenwickham", "Rangimarie Pakeketai", "Corriston Orsbury"],
blame="""
B failure-verb | Mr Fenwickham kept running the Mt Roskill cables flat out after Penrose went and never asked what that heat would do to forty-year-old cables.
B passive-agent | the cable condition report was shelved by the network manager in 1997 because the money had gone to the retail side
B counterfactual | If Mercury's board had spent the dividend on cable replacement, the CBD would have had lights in February.
B group-blame | Mercury's management ran a power network like a marketing business, and Auckland paid for it.
B sarcasm | Four cables, five weeks, one apology. top marks for the maintenance planning, guys
B mistake-attribution | Mistakes were made by the engineers who assured the mayor in early February that the remaining cables would hold.
B rhetorical-question | How does a network manager lose two cables in three weeks and still tell the city the other two are fine?
B hindsight | looking back, Rangimarie should have known from the Penrose failures that the other two cables were the same age and just as close to going
O system-failure | The ageing cables failed one after another as load and ground temperature rose through the hot summer.
O system-should | The supply design should have included a route into the CBD that did not share the same cable age and corridor.
O actor-neutral | Hemi rang the civil defence duty officer on the Friday night the last cable tripped and asked for generator priorities for the hospitals.
O neutral-fact | The backup cable could carry only about a tenth of the normal load of the central business district.
O agentless-passive | An emergency overhead line was built at speed and supply was brought back in stages over about five weeks.
O policy-subject | The maintenance plan Corriston inherited scheduled cable replacement for after 2000, based on age alone.
O credit | cheers to the generator crews who kept the water pumps and the Queen Street traffic lights going through the worst week
O meta-blameless | Inquiry draft comment: replace "gross negligence by staff" with what the asset plan did not require, and why.
""",
actions="""
Y Y N PREVENTS | Network planning | 1998-12-31 | Build a second supply route into the CBD on a separate corridor, sized to carry the full peak load on its own.
N N N PARTIAL | we | | Never let the city down like this again.
Y Y Y DETECTS | Rangimarie Pakeketai | 1998-06-30 | Fit temperature monitoring to every CBD supply cable with an alarm at 80% of its rated limit.
N Y Y PARTIAL | Keefe | | Treat the cables with more care.
Y N N PARTIAL | Asset management | | Test the insulation of every cable older than 30 years each year and report the results to the board.
N N N DETECTS | | | Be more aware of the risk from hot summers.
Y Y Y PREVENTS | Corriston | 1998-09-30 | Replace the two oldest CBD cables before the next summer peak and file the commissioning test results.
N Y N PREVENTS | Mercury board | 1998-10-31 | Invest properly in the network.
Y Y N DETECTS | | 1998-04-15 | Publish a daily map of which CBD blocks have mains, generator or no power until supply is fully back.
N Y Y DETECTS | Hemi Tarawhiti-Cole | | Keep the council informed.
Y Y N PARTIAL | everyone | | Every control room operator runs through the CBD load-shedding plan in a drill before winter, with attendance recorded.
""",
ww="""
C | Generators were placed at hospitals and water pumps within the first day.
V | The people of Auckland were fantastic.
V | Crews worked tirelessly.
"""))

# 9. Lubrizol, Rouen, 26 September 2019 (France): a fire broke out around 02:30-02:40 in a warehouse of the Seveso
# upper-tier additives plant; about 200 firefighters; sirens in Rouen and Petit-Quevilly; the prefect said there was
# no acute toxicity; schools in twelve communes closed, a 500 m perimeter evacuated; fire mastered on the 27th; farm
# product restrictions on the 28th; a neighbouring Normandie Logistique warehouse also burned; schools reopened on the
# 30th; a 2013 incident had led to a conviction.
S.append(dict(url="https://www.tdg.ch/monde/Gigantesque-incendie-dans-une-usine-a-risque/story/25571329",
people=["Gwenaëlle Morvillard", "Gaspardin Escoffrey", "Noémie Barthoulet", "Yanis Belkhacemi"],
blame="""
B failure-verb | Gaspardin a laissé les fûts s'empiler dans l'entrepôt bien au-delà de l'étude de dangers, et il n'a jamais rien signalé.
B passive-agent | Le stockage chez le voisin a été validé par Gwenaëlle sans qu'on vérifie s'il était couvert par notre arrêté.
B counterfactual | si la préfecture avait déclenché les sirènes dès 3h, les gens n'auraient pas dormi fenêtres ouvertes dans la fumée
B sarcasm | "Pas de toxicité aiguë", évidemment, et la pluie noire sur les potagers c'était de la déco. Merci les services de l'État.
B group-blame | The regional inspectors had been through that site twice and still missed the warehouse stock, typical state oversight.
B repeat-offender | Même usine, même direction qu'en 2013 avec la fuite de mercaptan : ils n'apprennent jamais rien.
B rhetorical-question | qui a décidé d'entasser des milliers de fûts d'additifs à trois kilomètres de la cathédrale sans réseau incendie dimensionné ?
B human-error | Cause retenue dans le premier brouillon : erreur humaine lors d'une opération dans l'entrepôt.
O system-failure | Le feu s'est propagé par une nappe de liquide enflammé que les rétentions de l'entrepôt n'ont pas contenue.
O system-should | The retention basins should have been sized for the full warehouse inventory, not for a single tank.
O actor-neutral | Noémie a reçu l'appel du gardien vers 2h40 et a lancé le plan d'opération interne dans la foulée.
O neutral-fact | About 200 firefighters were on site and alert sirens sounded in Rouen and Petit-Quevilly.
O agentless-passive | Les écoles de douze communes ont été fermées puis ont rouvert le 30 septembre.
O policy-subject | Le plan d'urgence que Yanis a mis à jour en 2018 ne prévoyait pas d'incendie simultané chez un voisin de la zone.
O credit | bravo aux pompiers de Rouen et des départements voisins, feu maîtrisé en un peu plus d'une journée sur un site pareil
O system-counterfactual | Si le stock avait été réparti entre plusieurs cellules coupe-feu, l'incendie serait resté dans une seule.
""",
actions="""
Y Y N PREVENTS | Direction du site | 2020-03-31 | Split the drum store into fire cells of at most 500 tonnes each, separated by rated fire walls.
N N N PARTIAL | we | | Restaurer la confiance des riverains.
Y Y Y DETECTS | Noémie Barthoulet | 2019-12-31 | Install flame and heat detection in every storage cell, wired to the site control room and to the fire brigade.
N Y Y PARTIAL | Gaspardin | | Revoir la gestion des stocks.
Y N N PARTIAL | HSE | 2020-06-30 | Size the retention basins for the full warehouse inventory plus fire water and have the inspectorate check the calculation.
N N N DETECTS | | | Mieux surveiller la zone industrielle.
Y Y Y PARTIAL | Gwenaëlle | | Keep a live register of every product stored at neighbouring sites on our behalf, checked monthly against the permit.
N Y N PREVENTS | Logistique | 2020-01-31 | Améliorer la sécurité de l'entrepôt.
Y Y N DETECTS | | 2019-10-31 | Publish the list of burned products with quantities on the prefecture website within one month.
N Y Y DETECTS | Yanis Belkhacemi | | Suivre la qualité de l'air de plus près.
N N N PARTIAL | everyone | | Faire de la sécurité l'affaire de tous.
""",
ww="""
C | Le périmètre de 500 mètres a été évacué dans la nuit et aucune victime n'a été signalée.
C | Air samples were taken from the first morning, so the prefect could cite measured values rather than guesses.
V | Une mobilisation exemplaire de tous les services.
"""))

# 10. Ellis Park, Johannesburg, 11 April 2001: at the Kaizer Chiefs - Orlando Pirates derby (capacity about 60,000,
# estimates of 90,000-120,000 in and around the ground) a crush killed 43 people (29 inside, 14 outside) and injured
# about 250; the match was stopped; the commission of inquiry named ticket sellers taking bribes, abandoned vehicles at
# entrances, poor control of complimentary tickets and poor decisions by security staff, and held the home club, the
# stadium management and the private security firms responsible.
S.append(dict(url="https://worldhistoryproject.org/2001/4/11/ellis-park-stadium-disaster",
people=["Mlungisi Mathebulela", "Nomathemba Mokoenavi", "Wessel Vorsterhuys", "Lerato Dlaminikazi"],
blame="""
B failure-verb | Wessel's marshals opened the north gate after the equaliser without checking how full that stand already was.
B passive-agent | walk-ins without tickets were waved through by the gate staff at the east entrance for a few rand each
B counterfactual | If the security company had closed the ticket windows at 7pm like the safety officer asked, half that crowd would have gone home.
B group-blame | The private security firms were there to make money, not to keep anyone safe.
B sarcasm | capacity 60,000, crowd maybe double that, and the match-day plan said "monitor the situation". brilliant
B nobody-blame | Nobody at the club even bothered to count how many complimentary tickets went out.
B rhetorical-question | who decided to keep selling tickets at the gates for a derby that was already full?
B timeline-blame | 19:40 - control room (Nomathemba) sees the crowd piling up at the north gates on camera, does nothing
O system-failure | The turnstile counts were not linked to the control room, so nobody there could see the stadium was over capacity.
O system-should | Ticket sales should have stopped automatically once the certified capacity had been sold.
O actor-neutral | Lerato radioed the match officials to stop play when the first injured fans came through onto the pitch.
O neutral-fact | Forty-three people died, 29 inside the stadium and 14 outside, and about 250 were injured.
O agentless-passive | The match was abandoned and the crowd was sent home while the injured were treated on the pitch.
O policy-subject | The match-day safety plan Mlungisi approved set no limit on tickets sold at the gates on the day.
O credit | respect to the paramedics and volunteers who turned the pitch into a triage area within minutes
O meta-blameless | Review comment: "the fans caused it" stays out of this write-up; describe how ticketing and the gates let the crowd build.
""",
actions="""
Y Y N PREVENTS | Stadium management | 2001-10-31 | Stop all ticket sales at the gates on derby days and sell only in advance, up to the certified capacity.
N N N PARTIAL | we | | Put safety first at every match.
Y Y Y DETECTS | Nomathemba Mokoenavi | 2001-08-31 | Show live turnstile counts per stand in the control room with an alarm at 90% of each stand's capacity.
N Y Y PARTIAL | Wessel | | Retrain the marshals.
Y N N PARTIAL | Home club | | Issue only numbered complimentary tickets, with the total per match capped and recorded in the match report.
N N N DETECTS | | | Have more stewards watching the terraces.
Y Y Y PARTIAL | Mlungisi | 2001-09-30 | Keep the approach roads clear of parked vehicles, with tow trucks on standby from four hours before kick-off.
N Y N PREVENTS | Security contractors | 2001-07-31 | Stop corruption at the gates.
Y Y N DETECTS | | | Put a camera on each entrance queue and log the time the control room is told a queue has stopped moving.
N Y Y DETECTS | Lerato Dlaminikazi | | Spot overcrowding earlier.
Y Y N PARTIAL | League office | 2001-12-31 | Require a signed safety certificate with a capacity figure for every league venue before the next season starts.
""",
ww="""
C | Play was stopped as soon as injured fans reached the pitch, which cleared space for the paramedics.
V | Paramedics and police did an incredible job that night.
V | The football family stood together.
"""))

# 11. Norman Atlantic, 28 December 2014 (Strait of Otranto): the ro-pax ferry (Igoumenitsa - Ancona) caught fire around
# 04:30 in a garage deck packed with lorries; mayday at 04:47; 443 passengers, 56 crew and at least six stowaways; the
# starboard lifeboat and the evacuation chute were lost to the fire, the port lifeboat left with only 49 people; a
# storm slowed the rescue; 477 people were saved, mostly by helicopter; at least 9 died on board and two crew of a tug.
S.append(dict(url="https://it.wikipedia.org/wiki/Incendio_del_Norman_Atlantic",
people=["Gianpaolo Sciortinelli", "Maristella Berlingieri", "Spyros Kalogeridakis", "Ermanno Lanzafrate"],
blame="""
B failure-verb | L'ufficiale di guardia ha ignorato il primo allarme incendio del garage, convinto che fosse un falso allarme.
B passive-agent | I camion sono stati stivati dal nostromo uno attaccato all'altro, senza lasciare corridoi per le manichette.
B counterfactual | if Ermanno had closed the fire doors on the garage deck straight away, the smoke would never have reached the passenger decks
B group-blame | The crew on that ship had never done a real abandon-ship drill together, and it showed.
B sarcasm | Complimenti per la lancia calata con 49 persone a bordo, davvero un'evacuazione da manuale.
B competence | un equipaggio preparato avrebbe aperto la valvola del drencher giusta al primo colpo, non dopo mezz'ora
B hindsight | Col senno di poi, Maristella doveva capire che i camion frigo attaccati alla rete di bordo erano un rischio.
B sanction | the charterer should never be allowed to run that route again, full stop
O system-failure | The fire spread from the garage faster than the drencher could contain it, and the starboard lifeboat was lost to the flames.
O system-should | Le prese elettriche per i camion frigo avrebbero dovuto avere protezioni contro sovraccarico e surriscaldamento.
O actor-neutral | Spyros sent the mayday at 04:47 and gave the ship's position to the coastguard in Bari.
O neutral-fact | A bordo c'erano 443 passeggeri e 56 membri dell'equipaggio, più almeno sei clandestini.
O agentless-passive | 477 persone sono state tratte in salvo in due giorni, in gran parte con gli elicotteri.
O policy-subject | The loading plan Gianpaolo used allowed lorries bumper to bumper on the garage deck with no fire lanes.
O credit | grazie ai piloti degli elicotteri, hanno lavorato di notte con mare forza 7 e vento sopra i 50 nodi
O action-item | Azione per Ermanno: verificare entro marzo che ogni presa frigo del garage abbia un differenziale funzionante.
""",
actions="""
Y Y N PREVENTS | Ufficio tecnico | 2015-06-30 | Fit every reefer socket on the garage decks with an overcurrent and earth-leakage breaker and test each one before departure.
N N N PARTIAL | we | | Migliorare la cultura della sicurezza a bordo.
Y Y Y DETECTS | Spyros Kalogeridakis | 2015-04-30 | Install thermal cameras over the garage decks with an alarm on the bridge above 60 degrees Celsius.
N Y Y PARTIAL | Ermanno | | Rivedere le procedure antincendio.
Y N N PARTIAL | Armatore | 2015-09-30 | Run a full abandon-ship drill with each crew at every crew change and log the time to launch both lifeboats.
N N N DETECTS | | | Stare più attenti nel garage.
Y Y Y PARTIAL | Gianpaolo | | Keep a 60 cm fire lane between lorry rows on every garage deck, checked by the officer of the watch before sailing.
N Y N PREVENTS | Noleggiatore | 2015-03-31 | Scegliere navi più sicure.
Y Y N PARTIAL | | | Label each drencher valve with the deck section it floods and check the labels at every port state inspection.
N Y Y DETECTS | Maristella Berlingieri | 2015-02-28 | Keep an eye on the reefer trucks during the crossing.
N N N PARTIAL | everyone | | Prendere sul serio ogni allarme.
""",
ww="""
C | Merchant ships formed a lee around the ferry, which let the helicopters winch people off in the storm.
C | Il mayday è partito diciassette minuti dopo l'inizio dell'incendio, con la posizione esatta.
V | Un grande lavoro di squadra tra Italia e Grecia.
"""))

# 12. Carolabruecke, Dresden, 11 September 2024 (Germany): at about 3 a.m. a section of about 100 m carrying the tram
# tracks, footpath and cycle path fell into the Elbe; nobody was hurt; an expert report for the city found corrosion
# of the prestressing steel combined with fatigue from traffic, not foreseeable under the inspection rules that had
# been followed; that section had been due for renovation after the other two; the whole bridge is to be demolished.
S.append(dict(url="https://www.mdr.de/nachrichten/sachsen/dresden/dresden-radebeul/carlabruecke-muss-komplett-abgerissen-werden-100.html",
people=["Friedemann Löbschütz", "Irmtraut Gorbitzer", "Rüdiger Pahlowsky", "Elfriedlind Stolpenau"],
blame="""
B failure-verb | Rüdiger hat die Sanierung von Zug C zweimal verschoben und nie gefragt, was das für die Spannglieder bedeutet.
B passive-agent | Die letzte Hauptprüfung wurde von Frau Stolpenau mit Note 3 abgezeichnet, ohne dass jemand eine Spannstahlprobe verlangt hat.
B counterfactual | if the city council had funded section C in 2019 together with the other two, we'd be talking about a renovated bridge, not one lying in the river
B group-blame | Das Straßenbauamt verwaltet seine Brücken seit Jahren nur noch auf dem Papier.
B sarcasm | "Nicht vorhersehbar", sagt das Gutachten. Klar, Spannstahl aus den Siebzigern rostet ja rein zufällig.
B rhetorical-question | Warum hat eigentlich niemand im Amt nach den Rissen am Brückenkopf gefragt, bevor die Straßenbahn nachts noch drüberfuhr?
B competence | any engineer who actually knew GDR-era prestressing steel would have shut the tram section years ago
B nobody-blame | keiner von den Prüfern hat sich die Mühe gemacht, die Chloridwerte am Fahrbahnübergang zu messen
O system-failure | Chloride-induced corrosion had weakened the tendons inside section C until they could no longer carry the load.
O system-should | Das Prüfverfahren hätte für Spannstahl dieses Typs eine zerstörungsfreie Untersuchung der Spannglieder verlangen müssen.
O actor-neutral | Irmtraut was on call and had the tram lines and the district heating feed shut off within the hour.
O neutral-fact | Rund 100 Meter des Brückenzugs mit Straßenbahngleisen, Fuß- und Radweg stürzten gegen 3 Uhr in die Elbe.
O agentless-passive | The remaining sections were closed to all traffic, and it was later decided to demolish the whole bridge.
O policy-subject | Die Prüfvorschrift, nach der Friedemann gearbeitet hat, verlangt bei den Spanngliedern nur eine Sichtprüfung von außen.
O credit | Hut ab vor der Feuerwehr und dem THW, die Trümmer vor dem Hochwasser aus der Elbe zu holen war ein Kraftakt.
O system-counterfactual | Had acoustic monitoring been fitted to the tendons, the wire breaks would have been recorded long before the collapse.
""",
actions="""
Y Y N DETECTS | Brueckenbau | 2025-06-30 | Install acoustic emission monitoring on every remaining prestressed bridge built before 1980 with the same steel type.
N N N PARTIAL | we | | Unsere Brücken besser in Schuss halten.
Y Y Y DETECTS | Elfriedlind Stolpenau | 2024-12-31 | Take chloride samples at every expansion joint of the two neighbouring Elbe bridges and report any value above 0.5% by weight of cement.
N Y Y PARTIAL | Rüdiger | | Die Sanierungsplanung überarbeiten.
Y N N PREVENTS | Stadtrat | 2025-03-31 | Fund the replacement of every bridge section graded 3 or worse within five years and publish the schedule per bridge.
N N N DETECTS | | | Mehr auf Risse achten.
Y Y Y PARTIAL | Friedemann | | Close the tram track on any prestressed bridge with a confirmed tendon break until a load assessment is signed.
N Y N PREVENTS | Strassen- und Tiefbauamt | 2025-01-31 | Die Brückenprüfung modernisieren.
Y Y N DETECTS | | 2024-10-31 | Put laser deflection sensors on the remaining sections of the bridge with an alarm at 10 mm of movement.
N Y Y DETECTS | Irmtraut Gorbitzer | | Die restlichen Brückenzüge im Auge behalten.
Y Y N PARTIAL | everyone | | Every bridge inspector completes the course on stress corrosion of prestressing steel before the next inspection cycle, recorded in the training log.
""",
ww="""
C | The remaining sections were closed within hours and the debris was cleared from the river before the flood peak.
V | Tolle Zusammenarbeit aller Ämter.
V | The city handled the crisis very well.
"""))

# 13. Hospital Badim, Rio de Janeiro, 12 September 2019 (Brazil): a fire started around 18:30 after a short circuit in the
# diesel generator in the basement of the old building; smoke spread to every floor; 103 patients and 224 staff were
# inside; patients were placed on stretchers in the street and moved to other hospitals; 11 died that night (all
# elderly) and the toll later rose to 22; the fire took a little over three hours to control.
S.append(dict(url="https://www.metrojornal.com.br/foco/2019/09/13/incendio-hospital-badim-rio-de-janeiro-mortos.html",
people=["Cleiton Araripe", "Marizete Guaratiba", "Dagoberto Paquetá Lins", "Jussara Itaperuna"],
blame="""
B failure-verb | O Dagoberto deixou a manutenção do gerador atrasar três meses e nunca avisou a diretoria.
B passive-agent | The generator room door was propped open by the maintenance contractor, which is how the smoke got into the stairwell.
B counterfactual | se a equipe de manutenção tivesse trocado o painel do gerador quando pediu orçamento, nada disso teria acontecido
B group-blame | A empresa terceirizada de manutenção só aparecia para assinar a ficha, todo mundo sabia disso.
B sarcasm | Gerador de emergência que vira a própria emergência. Parabéns à engenharia pelo planejamento.
B human-error | Causa provável (rascunho): falha humana na operação do gerador durante a queda de energia.
B character | Dr. Itaperuna never listens when the nurses complain about the diesel smell; she thinks we exaggerate everything.
B rhetorical-question | who approved putting a diesel generator under the ICU of the old building, and did anyone ever question it?
O system-failure | O curto-circuito no gerador do subsolo incendiou o diesel e a fumaça subiu pelos dutos até todos os andares.
O system-should | The generator room should have been sealed from the ventilation ducts by fire dampers that close on smoke.
O actor-neutral | A enfermeira Marizete começou a retirar os pacientes do CTI assim que sentiu o cheiro de diesel.
O neutral-fact | Havia 103 pacientes internados e 224 funcionários no hospital quando o fogo começou, por volta das 18h30.
O agentless-passive | Os pacientes foram levados em macas para a calçada e depois transferidos para outros hospitais da região.
O policy-subject | The evacuation plan Cleiton updated last year assumed a fire on one floor, not smoke on all six at once.
O credit | valeu demais aos bombeiros e ao pessoal da creche vizinha, que abriram o espaço para atender os pacientes
O self-report | Eu estava no plantão do CTI; o alarme de incêndio não tocou no nosso andar, só percebemos pela fumaça.
""",
actions="""
Y Y N PREVENTS | Engenharia | 2019-12-31 | Move the diesel generator and its tanks to a separate building away from the patient wards.
N N N PARTIAL | we | | Garantir a segurança dos pacientes.
Y Y Y DETECTS | Marizete Guaratiba | 2019-11-30 | Instalar detectores de fumaça em cada duto de ventilação, com alarme na central e no posto de enfermagem de cada andar.
N Y Y PARTIAL | Dagoberto | | Cobrar a empresa de manutenção.
Y N N PARTIAL | Manutencao predial | 2020-02-28 | Fit fire dampers on every duct that crosses the generator room wall and test them twice a year.
N N N DETECTS | | | Ficar atento a cheiros estranhos.
Y Y Y DETECTS | Cleiton | | Inspect the generator panel and fuel lines every month with a thermal camera and log each reading.
N Y N PREVENTS | Diretoria | 2020-03-31 | Investir em segurança contra incêndio.
Y Y N PARTIAL | | 2019-10-31 | Run a night evacuation drill of the ICU with stretchers and record the time to clear the floor.
N Y Y DETECTS | Jussara Itaperuna | | Acompanhar os alarmes de perto.
N N N PARTIAL | everyone | | Pensar na segurança o tempo todo.
""",
ww="""
C | A creche vizinha foi aberta como ponto de atendimento em poucos minutos.
C | Patients were moved to seven nearby hospitals the same night, each transfer logged with the patient's name.
V | Equipe maravilhosa, todos deram o seu melhor.
"""))

# 14. San Jose mine, Copiapo, 5 August 2010 (Chile): a collapse around 14:00-14:30 trapped 33 miners about 700 m down;
# the owner alerted the authorities hours later; a first attempt through the ventilation shaft failed (the ladder was
# incomplete) and a second collapse on 7 August closed it; a probe reached them on 22 August with the note "Estamos bien
# en el refugio los 33"; the Plan B drill broke through on 9 October at 623 m; the men were lifted one by one in a
# capsule from 00:10 on 13 October; the owner had a history of safety fines.
S.append(dict(url="https://www.noticiasbarquisimeto.com/hace-siete-anos-se-llevo-a-cabo-el-rescate-de-los-33-mineros-de-chile/",
people=["Ramiro Cachiyuyo", "Anahí Huasquiña", "Eliecer Tocopilla Baeza", "Fresia Llanquihue-Ortúzar"],
blame="""
B failure-verb | Ramiro dejó la escalera de la chimenea sin terminar durante meses y nunca lo reportó.
B passive-agent | La reapertura de la mina fue autorizada por el regulador minero en 2008 sin una sola inspección seria al fondo.
B counterfactual | if the owners had called the authorities at 2pm instead of hours later, the first rescue team would have been in the ventilation shaft before dark
B group-blame | Los dueños de la San Esteban siempre pagaban las multas y seguían igual, eso es todo.
B sarcasm | Qué gran plan de emergencia: una escalera que llega hasta la mitad y un refugio con comida para dos días.
B nobody-blame | nadie en la gerencia se molestó en revisar los crujidos que los mineros venían reportando hace semanas
B mistake-attribution | Mistakes were made by the shift foremen who kept sending crews down after the rock noises that morning.
B sanction | A los dueños deberían quitarles la concesión de por vida, no solo cerrarles la mina.
O system-failure | The only access ramp collapsed above the workings and the ventilation shaft had no complete ladder, so no way out remained.
O system-should | El plan de emergencia debió exigir una segunda salida independiente de la rampa principal.
O actor-neutral | Anahí logged the collapse on the surface radio and started the roll call of the afternoon shift.
O neutral-fact | La sonda llegó al refugio el 22 de agosto, diecisiete días después del derrumbe, y subió con la nota de los 33.
O agentless-passive | The 33 men were brought up one at a time in the capsule, starting just after midnight on 13 October.
O policy-subject | The safety plan Eliecer filed with the regulator listed the ventilation shaft as an escape route, though its ladder had never been finished.
O credit | gracias a los perforistas del Plan B, llegar a los 623 metros en cinco semanas fue increíble
O quoted-question | Fresia's first radio call from the surface was "¿cuántos bajaron en el turno?", and the list said 34.
""",
actions="""
Y Y N PREVENTS | Gerencia de mina | 2010-12-31 | Build a second escape route with a complete ladder from the deepest level to the surface and inspect it monthly.
N N N PARTIAL | we | | Que esto no vuelva a pasar nunca.
Y Y Y DETECTS | Anahí Huasquiña | 2010-11-30 | Install extensometers in the main ramp with an alarm in the surface control room above 5 mm of movement a day.
N Y Y PARTIAL | Ramiro | | Revisar la fortificación de la rampa.
Y N N PARTIAL | Mining regulator | 2011-03-31 | Inspect every underground mine with an approved reopening at least twice a year and publish a report for each visit.
N N N DETECTS | | | Escuchar más a los mineros.
Y Y Y PARTIAL | Eliecer | | Stock the refuge with food and water for 33 people for 14 days and check the stock at each shift change.
N Y N PREVENTS | Empresa minera | 2011-01-31 | Mejorar la cultura de seguridad.
Y Y N DETECTS | | | Keep a tag board at the mine entrance so the count of people underground is always right, checked against the shift list every shift.
N Y Y DETECTS | Fresia Llanquihue-Ortúzar | 2010-10-31 | Estar pendiente de los ruidos de la roca.
Y Y N PARTIAL | everyone | | Every miner walks the escape route from their work area to the surface once a quarter, recorded on the shift sheet.
""",
ww="""
C | The note on the drill bit on 22 August confirmed all 33 were alive and let the rescue focus on one location.
V | Chile entero se unió.
V | Un esfuerzo heroico de todos los rescatistas.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

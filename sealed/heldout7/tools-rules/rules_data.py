"""Data for sealed/heldout7/rules (seventh held-out language set). One dict per public incident.
blame lines: 'B kind | sentence' (BLAME) or 'O kind | sentence' (OK).
actions lines: 'testable bounded owner_is_person recurrence | owner | due | summary'.
ww lines: 'C | entry' (CONCRETE) or 'V | entry' (VAGUE).
All people are invented; facts are paraphrased from the source URL."""
S = []

# 1. Citibank / Revlon wire, 11 Aug 2020 -- exec e-mail + ops ticket comments
S.append(dict(
    url="https://techkee.com/heres-a-play-by-play-of-how-citi-sent-revlon-creditors-900-million-by-mistake",
    people=["Thandiwe Mokoena", "Prashanth Iyengar", "Wilhelmien Oosterhuis", "Ruairí Ó Dálaigh"],
    blame="""
B failure-verb | Prashanth neglected to tick the two extra boxes on the Flexcube screen, and $894m walked out of the building.
B passive-agent | The payment instruction was waved through by Thandiwe and then by Wilhelmien without either of them opening the principal field.
B counterfactual | Had Wilhelmien actually read the warning text instead of clicking approve, we would be discussing a $7.8m interest run and nothing else.
B human-error | Group Operations has classified the August 11 loss as an operator error in the loan agency back office.
B competence | Frankly, anyone with a year on the agency desk knows the wash account field on its own does nothing.
B sanction | Effective immediately, Prashanth's maker rights on Flexcube are withdrawn pending retraining.
B sarcasm | Six pairs of eyes on one payment and not one of them spotted nine hundred million dollars, impressive work, team.
B rhetorical-question | Thandiwe, how exactly does a checker sign off on a payment that is a hundred times the amount in the instruction?
O actor-neutral | Prashanth entered the Revlon interim interest payment in Flexcube at 14:52 using the payoff template the desk had used for earlier partial paydowns.
O system-failure | Flexcube did not route the principal to the wash account unless the FRONT and FUND boxes were also set, and the screen gave no hint of that.
O system-should | The approval screen should have displayed the total cash leaving the bank, not the component amounts one by one.
O neutral-fact | At about 09:00 the next morning Ruairí found the nine-figure gap while reconciling the previous day's outgoing wires.
O policy-subject | The six-eye procedure, as Wilhelmien pointed out, asks each reviewer to confirm the instruction matches the ticket, not what the system will actually send.
O quoted-question | What made the payoff template the only way to pay interim interest on a partially refinanced loan?
O system-counterfactual | If the confirmation step had shown "principal: $894,000,000 to external lenders", Thandiwe would have seen the real amount before approving.
O meta-blameless | We are not going to write "three people clicked the wrong thing" in this review; the question is why the screen made the wrong thing the easy thing.
""",
    actions="""
Y Y Y PREVENTS | Ruairí Ó Dálaigh | 2020-10-15 | Block any Flexcube payoff where principal is set but the FRONT and FUND overrides are empty, with a hard error naming the missing fields
Y Y N PARTIAL | Loan Ops Engineering | 2020-11-30 | Show the total external cash amount and the list of receiving lenders on the approver screen before the approve button is enabled
N Y N PARTIAL | we | | Make the Flexcube payoff workflow more intuitive for the agency desk
N N N PARTIAL | Operations Risk | 2020-12-31 | Review all manual payment processes across the bank
Y Y Y DETECTS | Thandiwe Mokoena | 2020-09-30 | Page the agency desk lead when a single outgoing wire batch exceeds 20x the amount on its payment ticket
N N N PARTIAL | everyone | | Double-check the wash account fields before approving anything in Flexcube
Y Y Y PARTIAL | W. Oosterhuis | 2020-10-31 | Rewrite the six-eye checklist for loan payoffs so the second and third reviewers confirm the cash total shown by the system against the ticket, and record that figure
Y Y N PARTIAL | Legal | 2020-08-28 | Send recall notices to all lenders in the 2016 term loan for the principal paid in error, and log each reply in the recovery tracker
N Y Y PARTIAL | Prashanth Iyengar | | Think about a sandbox where new payment templates can be tried first
Y Y Y PREVENTS | @rodalaigh | 2021-03-31 | Retire the payoff template as the route for interim interest and add a dedicated interim-interest transaction type that cannot move principal
N N N PARTIAL | Technology leadership | 2021-06-30 | Modernise the loan servicing platform
""",
    ww="""
C | The reconciliation run at 09:00 the next day exposed the gap within a day, before most lenders had booked the funds.
V | Everyone on the desk stayed calm and professional under a lot of pressure.
C | Legal had recall letters out to all lenders the same afternoon, which got roughly $400m back.
"""))

# 2. Nasdaq Facebook IPO cross, 18 May 2012 -- regulator order + market ops chat
S.append(dict(
    url="http://www.nasdaqtrader.com/TraderNews.aspx?id=ETA2012-20",
    people=["Florencia Harkavy", "Leocadio Szabo", "Ifeoma Chukwuemeka", "Branimir Vesely"],
    blame="""
B group-blame | The senior leadership on the Code Blue call acted in haste and did not understand the fault they claimed to have fixed.
B character | It was a reckless call by Leocadio to open secondary trading on a matching engine nobody had validated that morning.
B failure-verb | Branimir's team never stress-tested the cross anywhere near the order volume everybody on the Street knew was coming.
B mistake-attribution | Thanks to Leocadio's three-line hotfix, twenty minutes of orders simply vanished from the opening cross.
B hindsight | Anyone could see the cancel loop coming; Ifeoma just chose not to look at the validation logs.
B counterfactual | If Florencia had insisted on a halt, nobody would have been trading blind on Facebook for two hours.
B human-error | The exchange's internal review attributed the stuck orders to judgement errors by market operations staff.
B implicit | Let's just say the person who pushed for "open now, understand later" still has a corner office.
O system-failure | The validation check kept failing because cancellations arrived while the cross was being recalculated, so the opening print never happened.
O actor-neutral | At 11:30:09 Ifeoma cut over to the secondary instance of the matching engine, which completed the cross at $42.00.
O agentless-passive | Orders entered between 11:11:00 and 11:30:09 were not included in the cross, because the secondary instance held the book as of 11:11.
O org-subject | The SEC found that the exchange's systems and decisions breached its own price/time priority rule and fined it $10 million.
O system-should | The cross application should have capped the number of recalculations and dropped to a defined fallback rather than loop indefinitely.
O quoted-question | Why did the pre-IPO test use 40,000 orders when the book on the day held close to half a million?
O neutral-fact | Florencia opened the Code Blue bridge at 11:17 and Leocadio, Ifeoma and Branimir joined within four minutes.
O meta-blameless | Writing "management rushed it" explains nothing; the record should show what the bridge knew at 11:25 and what it could not see.
""",
    actions="""
Y Y Y PREVENTS | Ifeoma Chukwuemeka | 2012-08-31 | Freeze the IPO order book for cancels during the final cross calculation so the validation check cannot loop
Y Y N PARTIAL | Market Operations | 2012-09-30 | Add a maximum of three cross recalculations, after which the IPO halts and the issuer and underwriters are notified
Y Y Y PARTIAL | Branimir Vesely | 2012-10-31 | Replay the full 18 May order flow (about 496,000 messages) against the cross before every IPO expected to exceed 100,000 orders, and attach the timing report to the go/no-go
N N N PARTIAL | Leadership | | Be more cautious about opening trading when systems are unstable
N Y Y PARTIAL | Leocadio Szabo | 2012-07-15 | Evaluate the failover procedure for the matching engine
Y Y Y DETECTS | @fharkavy | 2012-08-15 | Alert the Code Blue chair when the matching engine and cross application books differ by more than 100 orders for over 10 seconds
Y N N PARTIAL | Market Operations | | Before any cut-over to a secondary engine during an IPO, record in the Code Blue log the book timestamp it will use and the orders that will be excluded, ongoing
N N N PARTIAL | TBD | | Look into whether our systems can handle the next big listing
Y Y N PARTIAL | Member Services | 2012-06-15 | Publish a member notice listing every FB order affected by the cut-over, with its execution or cancellation time
N N Y DETECTS | Florencia Harkavy | | Keep a closer eye on the order book during large IPOs
Y Y Y PREVENTS | B. Vesely | 2012-11-30 | Require a passing run of the IPO cross regression suite on the secondary engine before it can be promoted during a live cross
""",
    ww="""
C | The bridge was open twelve minutes after the 11:05 cross failed to print, with all four product owners on it.
V | Communication with members was good given the circumstances.
C | The secondary matching engine was already warm, so the cut-over itself took under a minute.
"""))

# 3. Maersk NotPetya, 27 Jun 2017 -- global IT Teams chat, non-native English
S.append(dict(
    url="https://www.phishingforanswers.com/blog/how-ghana-saved-a-conglomerate-from-cyberattack",
    people=["Sigrún Vilhjálmsdóttir", "Kasimir Thygesen", "Ogechi Okonkwo", "Ludovít Hrebenár"],
    blame="""
B group-blame | the Odesa office people installed every tax software update without asking anybody, this is how it came in
B failure-verb | Kasimir never patched the domain controllers for MS17-010 even it was out since March
B passive-agent | The flat network was designed by Ludovít's architecture group and they ignored the segmentation proposal two years in a row.
B competence | In a serious company, people who run 4000 servers would know that one domain for the whole world is suicide.
B self-blame | I am the one who postponed the AD hardening project to Q4, so honestly this is on me.
B rhetorical-question | who decided that all domain controllers can talk to all laptops in all countries, Ludovít?
B repeat-offender | Kasimir's infra team again, same people who left the backup domain controller offline-sync broken last winter.
B nobody-blame | Nobody bothered to keep one offline copy of Active Directory, we got it only because Ghana had a power cut.
O actor-neutral | Ogechi flew the Ghana domain controller disk to Lagos, where a colleague took it on to the UK office.
O system-failure | The malware used stolen admin credentials to move between machines, and the domain controllers did not stop it because they trusted those credentials.
O neutral-fact | 27 Jun 14:10 CEST Sigrún pinged Kasimir and Ludovít in the crisis channel, at 14:25 the network was disconnected office by office.
O policy-subject | The patch policy, according to Kasimir, let server owners defer security updates for up to six months without any sign-off.
O system-should | Active Directory should have had one copy that was offline and tested for restore, independent of the production network.
O self-report | I disconnected the Copenhagen core switches at 14:25 after I saw the ransom screens on the second floor; at that moment I did not know the DCs were already wiped.
O credit | Big thanks to Ogechi for getting the Ghana disk out in one piece, the whole rebuild of the domain started from that copy.
O error-term | The accounting update in Ukraine carried the payload, and on every infected PC the boot error screen showed the fake ransom note.
""",
    actions="""
Y Y Y PREVENTS | Kasimir Thygesen | 2017-09-30 | Apply MS17-010 to all 4,000 rebuilt servers and block SMBv1 at every site firewall, verified by a weekly scan report with zero findings
Y Y N PARTIAL | Identity team | 2017-12-15 | Create three offline Active Directory backups in three regions and run one restore test from each, recording the time to first logon
N N N PARTIAL | we | | Become more secure than average
Y Y Y PARTIAL | Ludovít Hrebenár | 2018-03-31 | Split the global network into regional segments so workstations cannot reach domain controllers outside their region, except on ports 88, 389 and 445 from the named jump hosts
N Y Y PARTIAL | Sigrún Vilhjálmsdóttir | 2017-08-31 | Assess the security of the Ukraine office
Y Y N PREVENTS | Group IT | 2017-10-31 | Remove the tax accounting software from all machines on the corporate domain and run it only on an isolated terminal server in Kyiv
N N N PARTIAL | all country IT managers | | Remind staff not to install updates from unknown sources
Y Y Y PARTIAL | @ogechi.o | 2017-11-30 | Write the terminal manual-operations runbook with the booking fields, paper forms and phone tree for all 76 terminals, and drill it once in Rotterdam
Y Y N DETECTS | SOC | 2017-10-15 | Alert on any account authenticating to more than 50 hosts within 10 minutes
N Y N PARTIAL | | | Strengthen the Active Directory design
Y N Y PARTIAL | K. Thygesen | | Every month, restore one domain controller from offline backup into a lab and report the restore time, ongoing
""",
    ww="""
C | The Ghana domain controller, offline because of a local power cut, gave us an intact copy of Active Directory to rebuild from.
C | About 4,000 servers and 45,000 PCs were reinstalled in roughly ten days.
V | Amazing spirit from everybody, real heroes.
"""))

# 4. Norsk Hydro LockerGoga, 19 Mar 2019 -- board briefing + plant shift notes
S.append(dict(
    url="https://news.microsoft.com/transform/hackers-hit-norsk-hydro-ransomware-company-responded-transparency/",
    people=["Henrike Solbakken", "Valdemar Hammarsten", "Amund Rørvik", "Vesna Kovačević"],
    blame="""
B role-blame | The employee who opened that attachment in December is, in plain terms, why forty countries were on paper for weeks.
B counterfactual | If Amund had rolled out the macro blocking he was asked for, the email would have been harmless.
B human-error | The preliminary board briefing describes the initial compromise as a human error in handling e-mail.
B sarcasm | Nice of the extrusion IT lads to give the hackers three whole months of quiet before anyone looked.
B character | The attitude in group IT was complacent: "we have good backups" was treated as a security strategy.
B failure-verb | Valdemar missed the alerts from the domain controllers in the week before encryption.
B timeline-blame | 18 Mar 23:50 Amund leaves the admin share wide open for the night again
B group-blame | Extruded Solutions' local IT crew clearly didn't have a clue how to isolate their plants.
O actor-neutral | At 04:00 Valdemar phoned Henrike, who called the emergency preparedness lead and set up the crisis meeting for later that morning.
O system-failure | LockerGoga changed local account passwords and disabled the network interface on each machine, so remote recovery tools could not reach them.
O policy-subject | The group's e-mail policy, as Vesna noted, treated mail from known customers as trusted and skipped attachment sandboxing.
O neutral-fact | Shift B at the Karmøy smelter ran the potlines on manual control from 06:30, using printed order lists from the previous week.
O org-subject | The national security authority said the attack used the LockerGoga ransomware and shared indicators the same day.
O system-should | The backup system should have been on a separate identity domain so that the stolen administrator accounts could not reach it.
O quoted-question | How did an infected mail from a trusted customer stay invisible in our network for three months?
O meta-blameless | Please leave the person who opened the attachment out of the report; opening customer mail is their job, and the design let one click reach everything.
""",
    actions="""
Y Y N PREVENTS | Group IT | 2019-06-30 | Block Office macros from the internet for all users and allow only signed macros from the finance template store
Y Y Y PARTIAL | Vesna Kovačević | 2019-09-30 | Move backup servers into a separate identity domain with no trust to the corporate domain, and prove it with a restore done using only backup-domain accounts
N N N PARTIAL | everyone | | Be careful with attachments, even from customers
Y Y Y DETECTS | Valdemar Hammarsten | 2019-05-31 | Page the security on-call when any domain admin account logs on outside the four named admin workstations
N Y Y PARTIAL | Amund Rørvik | 2019-07-01 | Look at options for better endpoint protection at Extruded Solutions
Y N N PARTIAL | Plant managers, Extruded Solutions | 2019-10-31 | Keep a printed 72-hour order and recipe pack at each extrusion plant, refreshed every Friday, and run one shift per year on it
Y Y Y PARTIAL | H. Solbakken | 2019-04-30 | Publish a partner notice saying Hydro will never ask for bank account changes by e-mail, with the phone number to verify
N N N PARTIAL | management | | Improve cyber resilience across the group
Y Y N PARTIAL | Group IT | 2019-12-31 | Replace the local administrator passwords on all Windows machines with per-machine random passwords managed by LAPS
N Y N PARTIAL | me | | Follow up with the insurers about cyber cover
Y Y Y PREVENTS | @valdemarh | 2019-08-31 | Disable SMB and WinRM between workstations on every plant network, allowing them only from the two management subnets
""",
    ww="""
C | Plants switched to manual operation within hours and most production kept running on paper orders.
C | Daily webcasts from the first day gave staff, customers and press the same facts at the same time.
V | Great transparency from the company.
"""))

# 5. Colonial Pipeline, May 2021 -- Senate testimony register + angry public posts
S.append(dict(
    url="https://www.darkreading.com/cyberattacks-data-breaches/colonial-pipeline-ceo-ransomware-attack-started-via-pilfered-legacy-vpn-account",
    people=["Dwayne Thistlewood", "Rosalind Achebe", "Tomasz Wierzbicki", "Keisha Loveridge"],
    blame="""
B failure-verb | Tomasz left a VPN profile nobody used switched on for years and never bothered to put MFA on it.
B sarcasm | Congrats to whoever reused their work password on some random site, half the East Coast is now queueing for gas.
B passive-agent | The legacy profile was kept alive by Tomasz's network team long after the new VPN went in.
B human-error | Cable news is calling the whole shutdown a case of human error by one employee with a weak password.
B competence | A competent IT department does not have single-factor remote access into a pipeline operator in 2021.
B rhetorical-question | Keisha, why was nobody on your team reviewing which VPN accounts were still active?
B mistake-attribution | The breach happened because of Tomasz's sloppy account housekeeping.
B sanction | The employee whose credentials were used has been put on leave and their remote access revoked.
O actor-neutral | Rosalind decided at 05:30 ET to shut down pipeline operations to keep the malware off the operational network.
O system-failure | The legacy VPN profile accepted a password alone, so the leaked credential was enough to get in.
O neutral-fact | A control room employee found the ransom note on an IT system at about 05:00 ET on 7 May and called the operations supervisor.
O agentless-passive | The password was found in a batch of leaked credentials, but how the attackers tied it to our username is still unknown.
O org-subject | The Justice Department recovered 63.7 of the bitcoins paid in ransom from the attackers' wallet.
O system-should | The VPN concentrator should have refused any profile that was not enrolled in multi-factor authentication.
O meta-blameless | Whoever reused that password is not the root cause; a disabled account or a second factor would have stopped it regardless.
O system-counterfactual | If the account review had flagged profiles with no logins in 90 days, Tomasz would have disabled this one months earlier.
""",
    actions="""
Y Y Y PREVENTS | Tomasz Wierzbicki | 2021-06-15 | Decommission the legacy VPN concentrator and disable every profile on it
Y Y N PREVENTS | Network Engineering | 2021-07-31 | Enforce MFA on all remote access profiles, with a config check that rejects any profile without a second factor
Y N Y PARTIAL | Keisha Loveridge | | Disable any VPN or domain account with no successful login in 60 days, by a nightly job, ongoing
N N N PARTIAL | we | 2021-09-30 | Harden our IT environment
Y Y Y PARTIAL | Dwayne Thistlewood | 2021-08-31 | Document which billing and scheduling systems the pipeline needs to run and how to operate them manually for 72 hours, and test it with Operations
N N N PARTIAL | IT Security | | Train employees on password hygiene
Y Y N DETECTS | SOC | 2021-06-30 | Alert on VPN logins from IPs never seen for that user in the past 90 days
Y Y Y PARTIAL | R. Achebe | 2021-06-01 | File the cyber incident report with CISA within the TSA directive's 12-hour window and record the submission time
N Y Y PARTIAL | Rosalind Achebe | | Consider whether we need to shut down the pipeline next time
Y Y Y PARTIAL | @kloveridge | 2021-07-15 | Subscribe the corporate domain to a leaked-credential feed and force a reset within 24 hours of any match
N N N PARTIAL | | | Investigate more secure remote access options
""",
    ww="""
C | The pipeline was shut down within about an hour of the ransom note being found, before anything reached the OT network.
V | Strong cooperation with federal partners.
C | Product was moving again on 12 May after the phased restart plan brought the main lines back first.
"""))

# 6. Kaseya VSA / REvil, 2 Jul 2021 -- MSP community thread + vendor customer e-mail
S.append(dict(
    url="https://safeguard.sh/resources/blog/kaseya-vsa-ransomware-supply-chain-analysis",
    people=["Brannagh Culhane", "Oyinkansola Adeyemi-Hart", "Tevita Fifita", "Mireille Delacroix-Baines"],
    blame="""
B group-blame | Kaseya's dev team sat on a reported auth bypass for three months; that is on them, not on REvil.
B failure-verb | Tevita didn't bother to take our VSA box off the internet after the first warning e-mail at 12:30.
B counterfactual | None of our clients would be encrypted if Mireille had restricted the VSA web console to our office IPs like I asked in May.
B rhetorical-question | Brannagh, who exactly thought exposing the RMM server that can push code to 3,000 endpoints was fine?
B sarcasm | Great timing by our on-call, Tevita, to switch his phone off for the Fourth of July weekend.
B timeline-blame | 12:47 ET Tevita ignores the Kaseya shutdown notice and goes to lunch
B human-error | Our client letter puts the dental practices' outage down to technician error at the MSP.
B implicit | some of us read the DIVD disclosure back in April and some of us apparently didn't 🙃
O system-failure | The VSA procedure pushed a PowerShell script that disabled Defender on every managed agent before it dropped agent.crt.
O actor-neutral | Oyinkansola powered off our on-prem VSA server at 13:05 ET, about twenty minutes after the vendor's notice reached the shared inbox.
O org-subject | Kaseya told on-premises customers by e-mail, in-product notice and phone to shut their VSA servers down immediately.
O neutral-fact | Tevita paged Oyinkansola at 12:58 ET; Brannagh and Mireille joined the bridge at 13:20.
O system-should | The agent should have required a signed procedure before running anything as SYSTEM, whoever had access to the console.
O quoted-question | What stopped the VSA patch for the April report from shipping before the holiday weekend?
O policy-subject | Per Mireille, our hardening standard only covered client endpoints and never listed the RMM server itself.
O credit | Shout-out to Oyinkansola for scripting the compromise detection tool across all 40 client tenants by Saturday morning.
""",
    actions="""
Y Y Y PREVENTS | Mireille Delacroix-Baines | 2021-07-20 | Restrict the VSA web console and agent API to the MSP office range and the VPN pool at the firewall, verified by an external scan
Y Y N DETECTS | NOC | 2021-07-31 | Alert when any VSA procedure targets more than 25 agents within 5 minutes
N N N PARTIAL | we | | Rethink our dependence on the vendor
Y Y Y PARTIAL | Oyinkansola Adeyemi-Hart | 2021-08-15 | Keep an offline, per-client list of administrator credentials and restore steps so each of the 40 tenants can be rebuilt without VSA
N Y Y PARTIAL | Tevita Fifita | | Review the holiday on-call schedule
Y N N PARTIAL | Service desk | | Forward every vendor security advisory to the on-call phone within 15 minutes of arrival, ongoing
N Y N PARTIAL | Security | 2021-09-30 | Audit the VSA server configuration
Y Y Y PARTIAL | B. Culhane | 2021-07-12 | Apply the VSA 9.5.7a patch and the vendor's on-premises hardening runbook before reconnecting the server, with the checklist attached to the change
N N N PARTIAL | everyone | | Stay alert to supply-chain attacks
Y Y Y PARTIAL | @tfifita | 2021-08-31 | Enable tamper protection on Defender for all managed endpoints so scripts cannot switch real-time protection off
Y Y N PARTIAL | Account management | 2021-07-09 | Send each affected client a written status with the systems restored, data lost and the next update time, by 17:00 on the ninth
""",
    ww="""
C | Our VSA server was powered off about twenty minutes after the vendor notice, and only four client sites were encrypted.
V | The community shared information well.
C | The vendor's detection tool, run across every tenant by Saturday morning, confirmed which 36 clients were clean.
"""))

# 7. MOVEit Transfer / Cl0p, May-Jun 2023 -- customer security team Jira + lowercase Slack
S.append(dict(
    url="https://www.stateward.com/fr/vulnerabilities/SC-MOVEIT-CLOP-2023",
    people=["Zsófia Vogt-Rahman", "Kwasi Asamoah", "Dorcas Mbeki-Lund", "Bronisław Zamfir"],
    blame="""
B failure-verb | @kasamoah skipped the hardening ticket to take MOVEit off the public internet and left it open over the long weekend.
B passive-agent | The file-transfer server was exposed to the whole internet by Bronisław's team for a partner who stopped using it in 2021.
B repeat-offender | this is the same infra squad that left GoAnywhere unpatched in january, twice in one year is a pattern
B self-blame | I signed off the exception keeping MOVEit public-facing; that was a bad call on my part.
B nobody-blame | Nobody could be bothered to check whether human2.aspx was a file we ever deployed.
B character | Honestly the app team has been lazy about internet-facing stuff for years.
B mistake-attribution | We are in the leak-site list courtesy of Dorcas's "temporary" firewall rule.
B human-error | The regulator notification draft lists the root cause as human error in server configuration.
O system-failure | The MOVEit web interface passed unsanitised input into a SQL query, which let the attackers create an admin session without logging in.
O actor-neutral | Dorcas disabled HTTP and HTTPS to the MOVEit host on 1 June at 09:40 UTC, following the vendor's mitigation advice.
O agentless-passive | A web shell named human2.aspx was placed in the wwwroot folder on 28 May and used to list and download stored files.
O neutral-fact | @zvogt opened SEC-4471 on 1 Jun after the vendor advisory; @kasamoah and @bzamfir were added as assignees.
O system-counterfactual | If the file-integrity monitor had covered wwwroot, Kwasi would have had an alert on the new .aspx file on Sunday.
O org-subject | Progress released a patch on 31 May and a second one on 9 June after a code review found more injection points.
O system-should | The MOVEit database account should have been limited to the tables the web tier needs, not the whole file store.
O action-item | Bronisław to confirm by Friday which partner connections still need the public endpoint.
""",
    actions="""
Y Y Y PREVENTS | Bronisław Zamfir | 2023-06-30 | Move MOVEit behind the partner VPN and remove the public listener on 443, confirmed by an external scan showing the port closed
Y Y N PARTIAL | Security Operations | 2023-06-09 | Delete human2.aspx and any unknown .aspx files from wwwroot, remove unknown admin accounts, and rotate the MOVEit service account and database credentials
Y Y Y DETECTS | Kwasi Asamoah | 2023-07-14 | Add wwwroot of the MOVEit host to the file-integrity monitor and page security on any new executable file
N N N PARTIAL | IT | | Patch faster
Y N Y PARTIAL | Dorcas Mbeki-Lund | | Apply vendor patches listed in the CISA KEV catalogue to internet-facing systems within 72 hours of publication, ongoing
N Y Y PARTIAL | Zsófia Vogt-Rahman | 2023-08-31 | Evaluate alternatives to MOVEit
Y Y N PARTIAL | Privacy office | 2023-07-31 | Notify every affected data subject by letter, using the file-level list of the 312 exfiltrated files
N N N PARTIAL | TBD | | Reduce the data we keep on file-transfer servers
Y Y Y PARTIAL | @dmbekilund | 2023-09-15 | Purge files older than 30 days from MOVEit by a nightly job and report the count removed to the security channel
N N N PARTIAL | Procurement | | Ask vendors about their secure development practices
Y Y N PARTIAL | DBA team | 2023-07-31 | Grant the MOVEit web tier database login only read and insert rights on its own schema, and deny it access to the file-store tables
""",
    ww="""
C | The vendor advisory reached the security inbox at 15:10 and the public listener was off the next morning.
C | The web server logs kept 30 days of requests, enough to list every file downloaded through the shell.
V | The team pulled together really well over a holiday week.
"""))

# 8. Sony PlayStation Network, Apr-May 2011 -- gamer forum + corporate notices
S.append(dict(
    url="https://en.wikipedia.org/wiki/2011_PlayStation_Network_outage",
    people=["Chiaki Yoshimura", "Desmond Abernathy", "Priyamvada Rao", "Cosimo Mulcahy"],
    blame="""
B group-blame | Sony's network people couldn't secure a lemonade stand, never mind 77 million accounts.
B hindsight | Desmond was warned in the pentest summary; he just filed it and moved on.
B counterfactual | If Cosimo had told players on day one, people could have cancelled their cards a week earlier.
B sarcasm | well done to the PSN security guys, 23 days offline is a new personal best
B passive-agent | The warning to users was held back by Chiaki's comms group for almost a week.
B competence | Only amateurs keep an application server on unpatched software in front of that much personal data.
B rhetorical-question | so priya, what was your team actually monitoring while someone walked out with the user database?
B role-blame | The firewall admin let the attacker's traffic straight through and nobody noticed for two days.
O actor-neutral | Desmond turned the PlayStation Network and Qriocity off on 20 April while the intrusion was investigated.
O system-failure | The intrusion detection setup raised no alert while data was copied out between 17 and 19 April.
O neutral-fact | Credit card data was stored encrypted; names, addresses, e-mail and dates of birth were not.
O agentless-passive | Users were told on 26 April that personal information had been taken, six days after the network went offline.
O policy-subject | The disclosure process, Priyamvada explained, required forensic confirmation of what was taken before any public statement.
O system-should | The account store should have separated personal data from the game services so one breached server could not expose it all.
O quoted-question | Why did our process need forensic certainty before telling users their data might be out?
O actor-neutral | Chiaki shipped firmware 3.61 on 14 May, which made every user change their password at the first sign-in.
""",
    actions="""
Y Y Y PREVENTS | Desmond Abernathy | 2011-06-30 | Patch the application servers to the current release and put a web application firewall in front of them, with a scan report showing no known critical findings
Y Y N PARTIAL | Network Security | 2011-07-31 | Move the account database behind a second firewall reachable only from the authentication service
Y Y Y PARTIAL | Cosimo Mulcahy | 2011-06-15 | Adopt a notification rule: tell users within 72 hours when personal data may have been accessed, even if the forensics are unfinished
N N N PARTIAL | we | | Restore customer trust
Y Y Y DETECTS | Priyamvada Rao | 2011-08-31 | Alert the security on-call when outbound traffic from any database server exceeds 1 GB in an hour
N Y N PARTIAL | Security | 2011-06-30 | Investigate how the intruders got in
Y Y N PARTIAL | Customer Services | 2011-05-31 | Offer all US account holders 12 months of identity theft protection and publish the sign-up steps
N N Y PARTIAL | Chiaki Yoshimura | | Improve communication with the community
Y Y Y PARTIAL | @pyrao | 2011-07-15 | Hire a chief information security officer with authority over all online services, reporting to the CEO
N N N PARTIAL | everyone | | Treat security as everyone's job
Y Y N PARTIAL | Platform Engineering | 2011-09-30 | Hash all stored account passwords with a salted algorithm and delete the legacy password column
""",
    ww="""
C | Switching off PSN on 20 April stopped any further data leaving while forensics ran.
C | Firmware 3.61 forced a password reset for every account at the first sign-in after restoration.
V | Fans showed great patience.
"""))

# 9. OVHcloud Strasbourg fire, 10 Mar 2021 -- French/English status updates + customer forum
S.append(dict(
    url="https://cloud7.news/data-center/firefighters-report-reveals-ovhcloud-data-center-fire-details/",
    people=["Gaëlle Perrichon", "Bastien Lemercier", "Aurélien Kessler", "Noor Benslimane"],
    blame="""
B role-blame | The maintenance technician forgot to check the inverter after changing the parts, and a few hours later the building was in fire.
B counterfactual | Si Bastien avait vérifié le câblage de l'onduleur, we would not be here; if he checked, no fire.
B group-blame | The UPS subcontractor crew did a botched job that morning and everybody in Strasbourg paid for it.
B human-error | Some articles already say the cause is human error during the UPS maintenance.
B sanction | Aurélien is taken off all electrical work at the Strasbourg campus until the investigation is finished.
B competence | A serious datacenter engineer would never build a room without a power cutoff, c'est du bricolage.
B sarcasm | bravo to whoever put our backups in SBG1 right next to prod in SBG2, really clever disaster recovery
B rhetorical-question | Noor, how can you sell "backup" that sits in the same campus as the server?
O system-failure | The building had no electrical cutoff for the energy room, so it took firefighters about two hours to stop the power.
O actor-neutral | Gaëlle posted the first status update at 03:00 asking customers in Strasbourg to activate their disaster recovery plan.
O neutral-fact | The fire started around 00:47 in the energy room of SBG2; at 02:54 the whole site was isolated by the firefighters.
O agentless-passive | One of the two UPS units that burned had been serviced the morning before, and many parts were replaced.
O system-should | The backup product should have placed copies in another region by default, not on the same site as the server.
O policy-subject | The building design, Aurélien said, used a wooden ceiling rated for one hour of fire and no automatic extinguishing system.
O org-subject | The fire service report says the building had no automatic fire extinguishing and no general electrical cutoff.
O self-report | I restarted the UPS after the maintenance at 11:30 and the readings were normal; I left the site at 13:00.
""",
    actions="""
Y Y N PARTIAL | Datacenter Engineering | 2021-12-31 | Install an emergency electrical cutoff for each energy room at Strasbourg that firefighters can operate from outside the building
Y Y Y PARTIAL | Aurélien Kessler | 2021-09-30 | Fit automatic gas extinguishing in SBG1, SBG3 and SBG4 energy rooms, with a signed commissioning test for each room
Y Y Y PARTIAL | Noor Benslimane | 2021-06-30 | Make the backup option store copies in a different region from the server by default, and show the region on the order page
N N N PARTIAL | we | | Make our datacenters safer
N Y Y PARTIAL | Bastien Lemercier | 2021-05-31 | Look into the UPS maintenance procedure
Y N N PARTIAL | Maintenance team | | Run a thermal camera check on every UPS 2 hours and 24 hours after any part replacement, and log the readings, ongoing
Y Y Y DETECTS | @gperrichon | 2021-07-31 | Add smoke and temperature sensors in each energy room that page the site manager directly, not only the building alarm panel
N N N PARTIAL | Customers | | Activate their disaster recovery plans
Y Y Y PARTIAL | G. Perrichon | 2021-03-31 | Deliver 10,000 replacement servers in Roubaix and Gravelines and publish per-customer migration status on the status page
N N N PARTIAL | | | Learn from this fire
Y Y N PARTIAL | Construction | 2022-06-30 | Rebuild SBG2 without wooden ceilings, using materials rated for two hours of fire
""",
    ww="""
C | Everybody on site was evacuated and nobody was hurt.
C | Replacement servers in Roubaix and Gravelines were offered to affected customers within days.
V | The founder and the team were very transparent.
"""))

# 10. Toyota production order system, 28-29 Aug 2023 -- translated Japanese report register + plant e-mail
S.append(dict(
    url="https://www.tomshardware.com/news/toyota-shut-down-14-factories-due-to-insufficient-disk-space",
    people=["Shinobu Arakawa", "Takumi Enomoto", "Reiko Tsujimura", "Hilario Belmonte"],
    blame="""
B failure-verb | Enomoto-san did not confirm the free disk capacity before starting the data reorganisation on 27 August.
B human-error | The preliminary report from the systems division gives the cause as a careless mistake by the maintenance operator.
B passive-agent | The maintenance work was carried out by Takumi's subcontracted team without the capacity check being executed.
B group-blame | The infrastructure group in Nagoya underestimated the database growth for years; it is their responsibility.
B implicit | Everybody in the plant knows which department "cleaned up" the order database on Sunday.
B counterfactual | If Reiko had kept the backup on a different server as was planned in 2021, the lines would not have stopped.
B sarcasm | Fourteen plants stopped because somebody could not count gigabytes, excellent engineering, truly.
B sanction | Maintenance privileges for the parts-order database are suspended for the night team until they finish retraining.
O system-failure | The reorganisation job stopped with an insufficient disk space error and the parts-order servers became unavailable.
O system-failure | The backup function ran on the same system as the primary, so it hit the same error and no switch-over was possible.
O actor-neutral | Shinobu moved the database to a server with larger capacity on 29 August and the system came back that evening.
O neutral-fact | Production at 14 plants and 28 lines stopped on 29 August; all plants resumed from the first shift on 30 August.
O system-should | The maintenance tool should have calculated the space needed for the reorganisation and refused to start without it.
O policy-subject | The maintenance procedure, as Hilario explained, listed the data deletion steps but had no step for checking free space.
O meta-blameless | "Operator mistake" is not a cause that we can fix; please write what the procedure and the capacity monitoring allowed.
O error-term | The same disk space error appeared on the standby server at 06:12, a few minutes after the primary.
""",
    actions="""
Y Y Y PREVENTS | Takumi Enomoto | 2023-10-31 | Add a pre-check to the database reorganisation script that aborts when free space is below 1.5 times the table size being rebuilt
Y Y N PARTIAL | Infrastructure group | 2023-12-31 | Place the standby parts-order database on separate servers and storage from the primary, and test a switch-over during a planned stop
N N N PARTIAL | Systems division | | Review maintenance procedures and strengthen efforts to prevent a recurrence
Y Y Y DETECTS | Reiko Tsujimura | 2023-09-30 | Alert the on-call engineer when the parts-order database volume is more than 80% full
N N N PARTIAL | everyone | | Be more careful during weekend maintenance
N Y Y PARTIAL | Hilario Belmonte | | Consider the capacity plan for the order system
N N N PARTIAL | we | 2024-03-31 | Improve the reliability of production systems
Y Y Y PARTIAL | S. Arakawa | 2023-11-30 | Write a fallback procedure for issuing parts orders to the top 50 suppliers by fax or portal for up to 24 hours, and rehearse it at one plant
N N N PARTIAL | Plant IT | 2023-10-15 | Double-check disk space before each maintenance on the order servers
N N Y PARTIAL | @rtsujimura | | Learn more about database capacity management
Y Y N PARTIAL | Purchasing | 2023-09-15 | Send each affected supplier a written schedule for the recovered orders of 29-30 August
""",
    ww="""
C | The cause was found and the database moved to a larger server within a day, so plants restarted on the 30th.
V | Good cooperation between plants and suppliers.
C | The team confirmed on day one that there was no cyberattack, which stopped the security escalation.
"""))

# 11. Post Office Horizon IT inquiry, 1999-2024 -- inquiry/court register + internal memos
S.append(dict(
    url="https://www.computerweekly.com/news/252495079/IT-scandal-exposes-legal-rule-that-made-it-easy-for-Post-Office-to-prosecute-the-innocent",
    people=["Eilidh Fenwick", "Barnaby Cresswell", "Naveen Sethuraman", "Philippa Ormerod"],
    blame="""
B human-error | The investigations team recorded the branch shortfall as the result of the subpostmistress's own errors at the counter.
B character | The individual concerned was plainly dishonest and the figures speak for themselves.
B group-blame | Certain subpostmasters have been helping themselves and blaming the computer.
B passive-agent | The known bugs were kept out of the witness statements by Barnaby and the Fujitsu support staff he briefed.
B failure-verb | Philippa failed to disclose the remote-access capability to the defence, although she knew of it from 2008.
B rhetorical-question | Naveen, how many more prosecutions were you prepared to sign off before asking whether the system was at fault?
B hindsight | Any reasonable reader of the helpdesk logs would have seen the pattern; Eilidh simply chose not to read them.
B repeat-offender | This is the fortieth branch that Mrs Fenwick's team has written up as "theft" without a single reference to the system logs.
O neutral-fact | Between 1999 and 2015 more than 900 subpostmasters were convicted on the basis of Horizon data.
O policy-subject | The legal presumption that a computer was working correctly, as Naveen told the committee, put the burden of proof on the defendants.
O org-subject | In 2019 the High Court found that Horizon contained bugs, errors and defects capable of causing branch shortfalls.
O system-failure | Horizon produced shortfalls in branch accounts that did not correspond to any cash or stock missing from the counter.
O system-should | Horizon should have recorded every remote change to branch data in a log that the branch itself could see.
O quoted-question | Why did the contracts make subpostmasters liable for shortfalls that only the system could explain?
O meta-blameless | The phrase "the subpostmaster's own errors" appears in 214 investigation reports; the inquiry treats it as the question, not the answer.
O actor-neutral | Eilidh opened the Second Sight engagement in 2012 and gave the accountants access to the case files.
""",
    actions="""
Y Y N PREVENTS | Post Office Legal | 2024-06-30 | Require an independent expert report on Horizon data integrity for the period in question before any prosecution based on Horizon figures
Y Y Y PARTIAL | Philippa Ormerod | 2024-09-30 | Disclose the full list of known Horizon defects, the KEL entries and the remote-access logs to every appellant's solicitors
N N N PARTIAL | Post Office | | Rebuild trust with subpostmasters
Y Y Y DETECTS | Naveen Sethuraman | 2024-12-31 | Show subpostmasters every remote change made to their branch data, with who, when and what, on the branch screen within 24 hours
N N N PARTIAL | the board | | Change the culture of the organisation
N Y Y PARTIAL | Barnaby Cresswell | 2024-05-31 | Look at the contract terms on shortfall liability
Y Y N PREVENTS | Contracts team | 2024-10-31 | Remove the clause making subpostmasters liable for unexplained shortfalls from the standard contract and from all 11,500 existing contracts
N N N PARTIAL | everyone | | Listen to subpostmasters
N N N PARTIAL | | | Learn the lessons of Horizon
Y Y Y PARTIAL | E. Fenwick | 2024-07-31 | Pay the interim compensation of every claimant already accepted into the scheme and publish the monthly paid/outstanding count
N Y N PARTIAL | Fujitsu account team | | Audit Horizon
""",
    ww="""
C | The 2019 judgment on Horizon's bugs gave 555 claimants a documented basis for appeals.
V | The inquiry has been thorough.
V | Campaigners never gave up.
"""))

# 12. Boeing 737 MAX MCAS -- House committee report register + engineers' forum
S.append(dict(
    url="https://www.asisonline.org/security-management-magazine/latest-news/today-in-security/2020/september/congressional-report-on-737s/",
    people=["Imogen Hargreave", "Anselm Ruiz-Tan", "Obiageli Ekwueme", "Thorvald Engstrom"],
    blame="""
B group-blame | The flight controls engineers made a string of faulty assumptions and the managers above them concealed it.
B counterfactual | Had Anselm classified MCAS as safety-critical, the single-sensor design would never have passed review.
B failure-verb | Thorvald never told the airlines that the AOA Disagree alert did not work on most of the fleet.
B competence | Engineers who understood flight dynamics would not have let one vane drive the stabiliser.
B human-error | Early statements from the manufacturer pointed to pilot error by the Lion Air crew.
B sarcasm | Great job by program management: schedule met, cost met, 346 people dead.
B role-blame | The test pilot who found the 10-second reaction time "catastrophic" in the simulator sat on it.
B passive-agent | The MCAS description was removed from the pilot manual by Imogen's training team to avoid simulator training.
O system-failure | MCAS took input from only one angle-of-attack sensor, so a single faulty vane could command repeated nose-down trim.
O system-should | The design should have compared both angle-of-attack sensors and disabled MCAS when they disagreed.
O org-subject | The committee found that the regulator's oversight of the certification was grossly insufficient.
O policy-subject | The delegation rules, Obiageli pointed out, let manufacturer employees sign off on parts of the certification on the regulator's behalf.
O neutral-fact | Lion Air 610 crashed on 29 October 2018 and Ethiopian 302 on 10 March 2019, both within minutes of take-off.
O system-counterfactual | If the flight manual had described MCAS and its trim cut-out, crews would have known what the repeated nose-down trim was.
O quoted-question | What made keeping MCAS out of the differences training worth more than the simulator hours it saved?
O actor-neutral | Thorvald presented the revised MCAS logic to the regulator's technical board in November 2019.
""",
    actions="""
Y Y Y PREVENTS | Anselm Ruiz-Tan | 2020-06-30 | Change MCAS to use both angle-of-attack sensors, inhibit it when they differ by more than 5.5 degrees, and limit it to one activation per event
Y Y N PARTIAL | Flight Training | 2020-09-30 | Add MCAS failure scenarios to the 737 MAX simulator syllabus and require them before return to service
N N N PARTIAL | Leadership | | Put safety ahead of schedule
Y Y Y DETECTS | Obiageli Ekwueme | 2020-05-31 | Make the AOA Disagree alert standard and working on every 737 MAX, verified on each aircraft before delivery
N Y Y PARTIAL | Thorvald Engstrom | | Reassess the system safety analysis for MCAS
N N N PARTIAL | the regulator | | Strengthen oversight of delegated certification
N N N PARTIAL | we | | Be more transparent with customers
Y Y Y PARTIAL | I. Hargreave | 2020-07-31 | Publish the MCAS description and the runaway stabiliser procedure in the flight crew operations manual of all operators
N N Y PARTIAL | @oekwueme | | Think about how to raise safety concerns more openly
N Y N PARTIAL | Engineering | 2020-12-31 | Review all flight control functions on the 737 MAX
Y N N PARTIAL | Certification office | | Classify any new function that can move a primary flight control without pilot input as safety-critical, ongoing
""",
    ww="""
V | Investigators worked hard.
C | The Ethiopian flight data recorder was read within days and showed the same nose-down trim pattern as Lion Air.
C | The fleet was grounded worldwide within three days of the second crash.
"""))

# 13. Therac-25 overdoses, 1985-1987 -- 1980s hospital incident memos + vendor correspondence
S.append(dict(
    url="https://hackaday.com/2015/10/26/killed-by-a-machine-the-therac-25/",
    people=["Wilhelmina Castellanos", "Rosario Benavídez", "Clement Wainwright", "Eulalia Strömberg"],
    blame="""
B failure-verb | The operator, Ms Benavídez, overrode the Malfunction 54 message and pressed P to proceed without calling the physicist.
B human-error | The manufacturer's first response to our report attributed the overdose to operator error in entering the prescription.
B passive-agent | The hardware interlocks were taken out of the design by Clement's engineering group to save cost.
B competence | A properly trained therapist would have known that a second treatment after a malfunction was dangerous.
B counterfactual | If Clement had tested the editing sequence at the speed real therapists type, the race would have been found in 1983.
B rhetorical-question | Mr Wainwright, how could your company tell us an overdose was "impossible" while patients were being burned?
B character | Their attitude to our complaints was arrogant from the first letter to the last.
B timeline-blame | 11 April 1986, 10:12: R. Benavídez edits the mode from X to E and fires anyway
O system-failure | The software did not notice when the mode was changed from X-ray to electron within about eight seconds, and the turntable stayed in the wrong position.
O system-failure | The console showed "Malfunction 54" with no explanation of what had gone wrong or how serious it was.
O actor-neutral | Wilhelmina and Rosario reproduced the Malfunction 54 message in the afternoon by entering the prescription and editing it quickly.
O system-should | The machine should have had a hardware interlock that blocked the beam whenever the turntable was not in the expected position.
O neutral-fact | Eulalia phoned the manufacturer's service line at 16:30 and sent the printed treatment log by courier the same evening.
O policy-subject | The user manual, as Wilhelmina noted, did not explain any of the malfunction codes or say which ones could be safely overridden.
O credit | Credit to Wilhelmina for timing the operator's keystrokes until she found the exact sequence that triggered the fault.
O meta-blameless | Our report says nothing about how fast the therapist typed; typing fast is what the machine was sold for.
""",
    actions="""
Y Y N PREVENTS | Manufacturer engineering | 1987-06-30 | Fit a hardware interlock on every Therac-25 that cuts the beam unless the turntable position switch confirms the selected mode
Y Y Y PREVENTS | Clement Wainwright | 1986-12-31 | Fix the data-entry race so that any edit to the mode restarts the full setup, with a test that edits within 8 seconds a hundred times
N N N PARTIAL | we | | Take complaints from hospitals more seriously
Y Y Y PARTIAL | Wilhelmina Castellanos | 1986-06-30 | Stop all treatments on the unit after any malfunction message until the physicist clears it, written into the department procedure
N N N PARTIAL | operators | | Be careful when editing treatment data
Y Y N DETECTS | Physics | 1986-09-30 | Add an independent radiation monitor in the treatment room that alarms when a single pulse exceeds the prescribed dose
N Y Y PARTIAL | Eulalia Strömberg | | Look into the safety of the software
N N N PARTIAL | | | Improve the user interface
N Y N PARTIAL | Hospital administration | 1986-08-31 | Evaluate whether to keep using the Therac-25
Y Y Y PARTIAL | R. Benavídez | 1986-05-31 | Write a one-page card listing each malfunction code, its meaning and whether treatment may continue, and fix it next to the console
N N Y PARTIAL | @ecastellanos | | Remind therapists to report every malfunction
""",
    ww="""
C | The physicist and the operator reproduced the fault on the same day, which proved it was the machine.
V | Staff cared deeply about their patients.
C | The printed treatment log kept the exact sequence of entries, so the race could be timed.
"""))

# 14. RBS / NatWest / Ulster Bank batch failure, June 2012 -- FCA notice register + branch staff WhatsApp
S.append(dict(
    url="https://www.computerweekly.com/news/2240235066/FCA-fines-Royal-Bank-of-Scotland-42m-for-IT-failure",
    people=["Isla Mackintosh", "Ravindran Kumaraswamy", "Seamus Quigley", "Moira Fettes"],
    blame="""
B group-blame | The batch support team in Edinburgh made a mess of the scheduler upgrade and twelve million accounts froze.
B mistake-attribution | The whole fiasco comes down to Ravindran's botched back-out of the CA-7 upgrade.
B human-error | Tabloid reporting put the failure down to a blunder by an inexperienced operator.
B failure-verb | Seamus ignored the warnings from the overnight run and let the next day's batch start on a corrupted schedule.
B sarcasm | Cheers to IT for a lovely week of explaining to pensioners why their pension "hasn't arrived", really appreciated x
B implicit | Put it this way, someone in the scheduler team won't be doing another upgrade any time soon 👀
B sanction | Ravindran has been moved off production change work pending the outcome of the disciplinary review.
B counterfactual | Had Isla's team tested the back-out path before the upgrade, we would have lost one night, not three weeks.
O system-failure | The upgraded batch scheduler was not compatible with the previous version, so the back-out left the job schedule in a state the old version could not run.
O neutral-fact | On 20 June customers could not see accurate balances at ATMs or online, and some could not make payments.
O org-subject | The FCA fined the banks £42 million and the PRA a further £14 million for weak IT risk controls between 2010 and 2012.
O actor-neutral | Moira extended opening hours at 1,200 branches from 22 June so customers could get emergency cash.
O system-should | The scheduler change process should have required a tested back-out before the upgrade could go ahead.
O quoted-question | Why did the change approval treat a scheduler upgrade as low risk when every overnight job depended on it?
O agentless-passive | The job schedule was rebuilt by hand and the backlog of transactions was processed in sequence over the following days.
O self-report | I approved the back-out at about 02:00 on the 20th; the information I had was that the upgraded version was failing and the old one was safe.
""",
    actions="""
Y Y N PREVENTS | Batch Engineering | 2012-12-31 | Require a rehearsed back-out of every CA-7 upgrade on a full copy of production schedules before the change can be approved
Y Y Y PARTIAL | Isla Mackintosh | 2013-03-31 | Separate the batch schedules of RBS, NatWest and Ulster Bank so one failed schedule cannot stop the other two
N N N PARTIAL | Technology | | Invest in IT resilience
Y Y Y DETECTS | Seamus Quigley | 2012-09-30 | Page the batch on-call when the overnight run finishes more than 60 minutes late against its baseline
N Y Y PARTIAL | Ravindran Kumaraswamy | | Review the CA-7 upgrade procedure
N N N PARTIAL | everyone | | Double-check before any change to the batch
Y Y Y PARTIAL | M. Fettes | 2012-07-31 | Refund every customer charge and interest error caused by the incident and publish the count of refunds paid each week until zero remain
N N N PARTIAL | the bank | 2013-06-30 | Put customers at the centre of IT decisions
N Y N PARTIAL | Risk | 2012-10-31 | Assess the risk rating of the batch scheduler
Y N N PARTIAL | Change Advisory Board | | Rate any change to the batch scheduler as high risk with a named executive approver, ongoing
N N Y PARTIAL | @isla.m | | Figure out how to communicate better with branches
""",
    ww="""
C | Extended branch opening from 22 June let customers take out emergency cash while balances were wrong.
V | Branch staff were brilliant with customers.
C | The manual rebuild of the job schedule cleared the RBS and NatWest backlog by early July.
"""))

# heldout47 rules data (see ../rules/SOURCES-heldout47.md). All people invented; no real person is named; the
# organisations are described generically ("the vendor", "the bank", "the health board").
# 14 incidents from the themes databases and data loss, payments and fintech, healthcare records IT, railways and
# metros, building fires and structural failures, pharmaceuticals, automotive recalls.
# 7 software / IT: supercomputer backup-script deletion 2021, Teams chat retention deletion 2020, health board
# ransomware 2021, claims clearinghouse ransomware 2024, military health backup tapes theft 2011, options orders
# configuration error 2013, unreported international transfer instructions 2013-2018.
# 7 outside software: Tempi head-on collision 2023, Daegu subway fire 2003, Plasco building fire and collapse 2017,
# Takata inflator recalls 2008-2019, GM ignition switch recalls 2014, valsartan NDMA recall 2018, TGN1412 trial 2006.
# Written as training text: responders' chat, terse notes, timeline rows, review-draft stickies and report prose; some
# rows in French, German and Spanish.
S = []

U_KYOTO = "https://www.outlookseries.com/A0772/Infrastructure/3643_Kyoto_University_Loses_77TB_Research_Data.htm"
U_TEAMS = "https://office365itpros.com/2020/08/26/teams-retention-error-removes-data/"
U_WAIKATO = "https://en.wikipedia.org/wiki/Waikato_District_Health_Board_ransomware_attack"
U_CHANGE = "https://thisweekhealth.com/news_story/change-healthcare-hacked-using-stolen-citrix-account-with-no-mfa/"
U_TAPES = "https://www.databreaches.net/confirmed-the-saictricare-breach-was-due-to-theft-of-tapes-left-in-an-unattended-vehicle/"
U_OPTIONS = "https://wallstreet.no/2015/07/01/goldman-to-pay-7m-over-2013-options-trading-glitch"
U_IFTI = "https://thenewdaily.com.au/money/finance-news/2019/11/20/money-laundering-watchdog-targets-westpac/"
U_TEMPI = "https://mx-schroeder.medium.com/new-guy-old-problems-the-2023-tempi-greece-train-collision-f227ac194b57"
U_DAEGU = "https://en.wikipedia.org/wiki/Daegu_subway_fire"
U_PLASCO = "http://www.rferl.org/a/tehran-iran-tower-collapse-firefighters-feared-dead/28243636.html"
U_TAKATA = "https://www.washingtonpost.com/business/nhtsa-opens-new-investigation-into-takata-airbags/2021/09/20/e7c9768e-1a3c-11ec-bea8-308ea134594f_story.html"
U_GM = "https://en.wikipedia.org/wiki/General_Motors_ignition_switch_recalls"
U_SARTAN = "https://nation.com.pk/19-Jul-2018/chinese-firm-recalls-bp-drug-as-us-eu-raise-concerns"
U_TGN = "https://en.wikipedia.org/wiki/Theralizumab"

SOFTWARE = [U_KYOTO, U_TEAMS, U_WAIKATO, U_CHANGE, U_TAPES, U_OPTIONS, U_IFTI]

# 1. Supercomputer backup-script deletion, 14-16 December 2021: the vendor replaced a backup/cleanup script while it
# was running; the new version deleted files under /LARGE0 instead of old logs; about 77 TB, 34 million files, 14
# groups, 4 with no backup; found after a user asked about missing files.
S.append(dict(url=U_KYOTO,
people=["Tsunemasu Ishizawane", "Rieka Montobashi", "Gustl Prandtauer-Vey", "Ynes Calduvar"],
blame="""
B failure-verb | tsunemasu pushed the reworked backup script while the old one was still running and never checked what bash would make of it
B passive-agent | The modified cleanup script was applied to the live system by Rieka without a dry run on a copy of /LARGE0.
B counterfactual | If Gustl had bothered to read the diff before the overnight run, 34 million files would still be there.
B group-blame | the vendor's maintenance crew treat a production supercomputer like a lab toy, this is what you get
B sarcasm | great, a "readability improvement" that wiped 77 TB. very readable now, nothing left to read
B human-error | Cause racine (brouillon) : erreur humaine de l'ingénieur du fournisseur lors de la mise à jour du script.
B self-blame | I signed off that change window without asking for a test log, that one is on me
B implicit | 14 Dec 17:32 script swapped on the storage nodes (Tsunemasu). 16 Dec 12:43 deletions stop after a user complaint.
O system-failure | The backup job failed to confine its delete step to the log directory once a variable in the new version came up empty.
O system-should | The storage layer should have refused a recursive delete outside the configured log path.
O actor-neutral | Ynes saw the empty directories after a research group asked where their results had gone and stopped the job at 12:43.
O neutral-fact | About 77 TB in roughly 34 million files across 14 groups were removed; four groups had no copy to restore from.
O agentless-passive | Backups were suspended and the script was pulled from all nodes the same afternoon.
O policy-subject | The change procedure Rieka followed allowed a script to be overwritten in place while an instance of it was executing.
O credit | thanks @gustl for building the per-group restore list overnight, every lab knew by morning where it stood
O meta-blameless | Notiz zum Entwurf: "unvorsichtiger Techniker" streichen und beschreiben, warum der Austausch im laufenden Betrieb möglich war.
""",
actions="""
Y Y N PREVENTS | Storage team | 2022-02-28 | Deploy maintenance scripts as a new file swapped in atomically, so a version is never overwritten while a run is in progress.
N N N PARTIAL | we | | Treat vendor script updates with more caution.
Y Y Y PREVENTS | Gustl Prandtauer-Vey | 2022-01-31 | Make the cleanup script abort when its target path is empty or outside /LARGE0/backup-logs, proven by a test that passes an empty variable.
N Y Y DETECTS | Rieka | | Review the backup logs more often.
Y Y N PARTIAL | Research computing | 2022-03-31 | Keep an incremental backup of /LARGE0 next to the full mirror and restore one sampled group each month to show it works.
N N N PREVENTS | | | Guarantee the research data is always safe.
Y Y Y DETECTS | Ynes Calduvar | | Page the on-call admin when more than 100,000 files are deleted from /LARGE0 within one hour.
N Y N PARTIAL | Vendor liaison | 2022-02-15 | Have a conversation with the supplier about quality.
Y Y Y PREVENTS | Tsunemasu | | Run every vendor change to the backup programs against a copy of the file system first and attach the test output to the change ticket.
Y Y N DETECTS | everyone | 2022-01-20 | Publish on the user portal which groups lost files and which could be restored, updated daily until the restore is finished.
N Y Y PARTIAL | Rieka Montobashi | 2022-04-30 | Audit the storage maintenance process.
""",
ww="""
C | The job was stopped within an hour of the first user report, which capped the loss at two days of deletions.
C | Each affected research group got an individual e-mail listing its lost paths before the public notice went out.
V | The centre handled a difficult situation professionally.
"""))

# 2. Teams personal-chat retention deletion, August 2020: an admin edit meant to exclude one user from a retention
# policy applied it to the whole tenant; personal chats of about 145,000 users were deleted.
S.append(dict(url=U_TEAMS,
people=["Haldis Vorrekamp", "Zsombrik Szalontay-Ruhl", "Ysmay Pendragast", "Itziarne Achucarro"],
blame="""
B failure-verb | Haldis skipped the scope preview on the retention policy and hit save for the entire tenant.
B passive-agent | The org-wide scope was selected by Zsombrik when all he had to do was take one leaver out.
B counterfactual | none of this would have happened if ysmay had asked for a second pair of eyes before touching a compliance policy
B competence | Any admin who actually understood retention policies would know that dialog defaults to everyone.
B sarcasm | 145k people lost their chat history so one leaver could be excluded. efficient, I'll give him that
B rhetorical-question | ¿Quién le dio a Itziarne permisos de administradora global para tocar la retención sin revisión?
B role-blame | The M365 admins broke it, so the M365 admins get to explain it to the partners.
B timeline-blame | 14:05 Zsombrik edits the chat retention policy scope; tenant-wide deletion begins. His change, his outage.
O system-failure | The admin centre failed to warn that editing the exclusion list would widen the policy to all users.
O system-should | The retention tool should have shown how many mailboxes a change touches and asked for confirmation above a threshold.
O actor-neutral | Itziarne raised the alarm after three partners reported empty chat panes on Monday morning.
O neutral-fact | Personal chats for about 145,000 users were removed; channel posts and files shared in chats were not affected.
O agentless-passive | The policy change was reverted within the hour, but items already processed could not be brought back.
O policy-subject | The change process Haldis used had no step for a peer review of compliance policy edits.
O self-report | I changed the policy scope at 14:05 and only saw the deletion count the next morning; the screenshot of the dialog is attached.
O error-term | The vendor's note calls the trigger a "configuration error" in the retention policy; this draft explains what made that error easy.
""",
actions="""
Y Y Y PREVENTS | Ysmay Pendragast | 2020-10-31 | Require a second administrator to approve any retention policy change affecting more than 50 users, enforced in the privileged access workflow.
N N N PARTIAL | we | | Take compliance settings more seriously.
Y Y N DETECTS | Collaboration platform team | 2020-09-30 | Alert the on-call admin when the daily count of deleted chat items exceeds three times the 30-day average.
N Y Y PREVENTS | Zsombrik | | Double-check retention scopes before saving.
Y Y N PREVENTS | | 2020-11-15 | Move leaver exclusions into a dedicated adaptive scope so that excluding one user never requires editing the org-wide policy.
N N N DETECTS | IT | | Improve monitoring of the collaboration suite.
Y Y Y PARTIAL | Haldis Vorrekamp | 2020-09-15 | Write the runbook for retention policy edits with screenshots of the scope dialog and walk the six tenant admins through it.
N Y N PARTIAL | Legal | 2020-10-01 | Look into whether chat retention rules need revisiting.
Y Y N DETECTS | Service desk | | Add a "missing chat history" ticket category and page the collaboration on-call when five such tickets arrive within an hour.
Y N Y PARTIAL | Itziarne | | Keep a weekly compliance export of personal chats for regulated staff until the platform offers restore for chat items.
N Y Y PREVENTS | Zsombrik Szalontay-Ruhl | 2020-12-01 | Rethink admin roles.
""",
ww="""
C | The scope change was spotted and reverted within an hour, which stopped further mailboxes from being processed.
C | The staff notice said exactly which data was gone (personal chats) and which was safe (channel posts and files).
V | IT pulled together really well under pressure.
"""))

# 3. Health board ransomware, 18 May 2021: all IT except e-mail down at five hospitals; working hypothesis an e-mail
# attachment; patient and staff data later published; recovery over weeks; an earlier security purchase abandoned.
S.append(dict(url=U_WAIKATO,
people=["Hinerau Potakeiti", "Fennimoor Frewstanley", "Ngaio Ketemarae", "Desma Oberlund-Kite"],
blame="""
B failure-verb | Desma opened the zipped "invoice" and ignored the external-sender banner, and that's how they got in.
B passive-agent | The 2019 security upgrade was shelved by Fennimoor's budget committee even after the risk register showed it red.
B counterfactual | if Hinerau had patched the remote access gateway when she was told to, we'd be seeing patients today instead of writing on paper
B group-blame | IT here has been held together with duct tape for years and everyone on the wards knows it
B human-error | Root cause: human error (staff member opened a malicious attachment).
B hindsight | Jeder, der die Berichte über Angriffe auf Kliniknetze gelesen hat, hätte Ngaio sagen können, dass Backups offline gehören.
B sarcasm | love that the backups sat on the same domain as everything else. real defence in depth there, Fennimoor
B nobody-blame | nobody in infrastructure ever bothered to check whether the backups could be restored offline
O system-failure | The mail gateway failed to hold the attachment because its rule covered office documents but not password-protected archives.
O system-should | Backups should have been kept on storage that the domain admin account could neither reach nor delete.
O actor-neutral | Hinerau switched the emergency department to paper triage at 07:40 and set up runners for lab results.
O neutral-fact | Every IT service except e-mail was down at five hospitals; elective surgery was postponed and some cancer patients were treated elsewhere.
O agentless-passive | Patient and staff files were later published online and the affected patients were contacted.
O policy-subject | The restore plan Ngaio inherited listed clinical systems by server name, not by clinical priority.
O credit | huge thanks to @desma.ok for setting up the laptop pool so the wards could see records again on day three
O quoted-question | The review asks "what made one mailbox enough to reach the domain controllers?" rather than who clicked.
""",
actions="""
Y Y N PREVENTS | Infrastructure team | 2021-09-30 | Keep one copy of every clinical system backup on immutable storage outside the domain and restore one system from it each month.
N N N PARTIAL | everyone | | Be vigilant about suspicious emails.
Y Y Y PREVENTS | Ngaio Ketemarae | 2021-08-31 | Enforce MFA on all remote access accounts and show in the monthly report that no account without MFA can log in.
N Y Y DETECTS | Fennimoor | | Get a better handle on what moves across the hospital network.
Y Y N DETECTS | Security operations | | Alert within 5 minutes on any domain admin login from a machine that is not on the admin workstation list.
N Y N PARTIAL | Clinical leadership | 2021-07-15 | Review downtime procedures.
Y Y Y PARTIAL | Hinerau Potakeiti | 2021-10-31 | Put a paper downtime kit (forms, lab request slips, contact list) on each ward and run one four-hour downtime drill per hospital.
N N N PREVENTS | | | Invest properly in cyber security.
Y N N PARTIAL | we | 2022-03-31 | Replace every server still on an unsupported operating system and list the remaining ones in the board report until none are left.
Y Y Y PARTIAL | Desma Oberlund-Kite | 2021-08-15 | Block password-protected archive attachments from outside senders and report weekly how many were held.
N Y Y PARTIAL | Hinerau | | Make the restore plan better.
""",
ww="""
C | Wards switched to paper within the first hour because downtime forms were already kept at each nurses' station.
C | Clinical systems came back in priority order, with the emergency department and lab systems restored first.
V | Amazing resilience from our people.
"""))

# 4. Claims clearinghouse ransomware, February 2024: stolen credentials on a remote access portal without MFA (12
# February), ransomware on 21 February; claims, eligibility and pharmacy payments disrupted for weeks; ransom paid.
S.append(dict(url=U_CHANGE,
people=["Averill Dunsmoor-Pratt", "Kwadwoh Amankwah-Leiter", "Zorana Vukelich", "Ilvessa Haskamp"],
blame="""
B failure-verb | Averill never put the acquired remote access portal on the MFA rollout list, and that is the whole story.
B passive-agent | The legacy portal was left outside the identity project by Kwadwoh's integration team.
B counterfactual | If Zorana had forced MFA on that portal in 2022 like the policy said, there is no ransom to pay.
B role-blame | the integration PMO owns this one, they signed off an acquisition with a wide-open front door
B rhetorical-question | nine days inside the network and not one person in the SOC noticed?? what are we paying them for
B character | Ilvessa is careless about access reviews, always has been, and this proves it.
B mistake-attribution | L'erreur vient de Kwadwoh, qui a laissé des identifiants partagés sur le portail hérité.
B human-error | Contributing factor (v1): human error by the employee whose credentials were stolen.
O system-failure | The remote access portal failed to require a second factor because it predated the group's identity platform.
O system-should | The asset inventory should have listed the portal as external-facing so that the MFA policy could reach it.
O actor-neutral | Zorana cut the data centres off from the group network at 08:30 on 21 February once the encryption alerts came in.
O neutral-fact | Claims, eligibility checks and pharmacy payments across the country were disrupted for weeks, and data on a very large share of the population was taken.
O agentless-passive | Temporary funding was offered to providers whose payments were stuck in the clearinghouse.
O org-subject | The clearinghouse restored pharmacy claims first and rebuilt its network on clean infrastructure.
O policy-subject | The access policy Averill wrote required MFA on every external system but had no check for systems missing from the inventory.
O credit | shout-out to @ilvessa for standing up the manual claims workaround list for pharmacies over the first weekend
""",
actions="""
Y Y N PREVENTS | Identity team | 2024-06-30 | Block login to any external-facing application that is not behind the central MFA policy, with each exception listed and given an expiry date.
N N N PREVENTS | we | | Tighten up security after acquisitions.
Y Y Y DETECTS | Zorana Vukelich | 2024-05-15 | Scan all internet-facing addresses weekly and open a ticket for any login page that is not in the asset inventory.
N Y Y PARTIAL | Averill | | Check acquired companies for risks.
Y Y N DETECTS | SOC | | Alert on any account reading more than 10 GB from file servers in a day and page the on-call analyst.
N Y N PARTIAL | M&A integration office | 2024-09-30 | Do a security assessment of recent acquisitions.
Y N Y PREVENTS | Kwadwoh Amankwah-Leiter | | Bring every acquired company's remote access under the group identity platform before its network is connected to the group network.
N N N DETECTS | | | Stay ahead of ransomware groups.
Y Y Y PARTIAL | Ilvessa Haskamp | 2024-04-30 | Document the manual claims submission path for the top 50 payers and test it end to end with one pharmacy chain.
Y Y N PARTIAL | Business continuity | 2024-07-31 | Rebuild backups for the claims platform on isolated infrastructure and prove a full restore within 72 hours in a test.
N Y Y DETECTS | Zorana | 2024-06-01 | Improve threat hunting.
""",
ww="""
C | Pharmacies received a documented manual submission route within four days.
C | Disconnecting the clearinghouse from the group network early kept the other group systems from being encrypted.
V | Everybody went above and beyond.
"""))

# 5. Military health backup tapes theft, September 2011: a contractor's employee left backup tapes (records 1992 to
# September 2011, about 4.9 million patients, mostly unencrypted) in a car for a working day; stolen with a GPS and a
# stereo; call centre first told callers the data was encrypted.
S.append(dict(url=U_TAPES,
people=["Velmorra Barfoed", "Lucanor Ambrovitch", "Sveinhildra Ruelsby", "Bartolf Wendelcombe"],
blame="""
B failure-verb | Velmorra left the backup tapes in her car for a whole working day, full stop.
B passive-agent | The unencrypted tapes were packed for transport by Lucanor with no lockbox and no courier.
B counterfactual | Si Sveinhildra hubiera cifrado las cintas como pedía el contrato, el robo habría sido una anécdota.
B sarcasm | oh good, 4.9 million patient records valued at "$100" on the police report. solid risk assessment
B group-blame | The call centre staff told people the data was encrypted because none of them can be trusted to read a brief.
B hindsight | Any first-year security analyst could have told Bartolf that backup tapes riding around in a private car are a breach waiting to happen.
B repeat-offender | This is the second time Lucanor's site has lost backup media in about a year.
B sanction | Whoever packed those tapes should be off the contract by Friday.
O system-failure | The backup system failed to encrypt most of the tapes because encryption was switched on for only one of the data sets.
O system-should | The transfer procedure should have required a locked container and a courier with chain-of-custody forms.
O actor-neutral | Bartolf reported the theft to the programme office the next morning and filed the police report the same day.
O neutral-fact | The tapes held records from 1992 to September 2011 for about 4.9 million patients, including lab results and clinical notes.
O agentless-passive | Letters went to all affected beneficiaries and credit monitoring was offered about six weeks later.
O policy-subject | The contract Sveinhildra managed required tapes to move between federal sites but did not say how.
O meta-blameless | Comment on draft: replace "careless employee" with the missing courier and encryption controls.
O action-item | Action from Velmorra's review: move off-site copies to encrypted network replication by the end of the quarter.
""",
actions="""
Y Y N PREVENTS | Data centre operations | 2012-03-31 | Replace physical tape transport between the two sites with encrypted replication over the network and stop tape shipments.
N N N PARTIAL | we | | Handle backup media more responsibly.
Y Y Y PREVENTS | Sveinhildra Ruelsby | 2011-12-31 | Turn on hardware encryption for every backup job and show in the job report that no unencrypted tape was written after cutover.
N Y Y DETECTS | Lucanor | | Keep better track of tapes.
Y Y N DETECTS | | 2011-11-30 | Scan each tape's barcode on leaving and on arrival and alert the site manager if a tape is not scanned in within 4 hours.
N Y N PARTIAL | Call centre | 2011-10-15 | Improve messaging to patients.
Y Y Y PARTIAL | Bartolf Wendelcombe | 2011-10-31 | Issue a corrected call centre script stating that most data was not encrypted and check 20 recorded calls a week for a month.
N N N PREVENTS | Security office | | Raise awareness of data protection.
Y N N PREVENTS | Programme office | 2012-06-30 | Add a clause to every data-handling contract requiring encrypted backups and a yearly audit of media handling.
Y Y Y DETECTS | Velmorra Barfoed | | Reconcile the tape inventory against the vault list every Monday and report any mismatch.
N Y Y PARTIAL | Bartolf | 2012-01-31 | Review the breach notification process.
""",
ww="""
C | The theft was reported to police and to the programme office within a day.
C | A dedicated call centre number was open within two weeks of the theft.
V | Strong partnership between contractor and programme office.
"""))

# 6. Options orders configuration error, 20 August 2013: contingent orders became live orders priced at $1; about
# 16,000 orders before the open, about 1.5 million contracts executed; wide pre-market price checks; an employee
# lifted circuit breaker blocks without authorisation; most trades cancelled or adjusted, loss about $38 million.
S.append(dict(url=U_OPTIONS,
people=["Corvinal Kirwen-Moss", "Orlaithe Ellindale", "Bohumir Prokopec", "Blodwen Faraquet"],
blame="""
B failure-verb | Bohumir lifted the circuit breaker blocks without asking anyone, which let 16,000 bad orders out the door.
B passive-agent | The config for the new matching feature was pushed by Orlaithe with no pre-market price band check.
B counterfactual | if Corvinal had kept the regular-hours price bands for pre-market, the $1 orders never leave the building
B competence | a competent mission control operator doesn't override a breaker just because the alerts are annoying
B mistake-attribution | Blodwen's config mistake turned contingent orders into live ones at one dollar.
B rhetorical-question | Wie kann Bohumir einfach die Sicherung aufheben, ohne vorher die Technik zu fragen?
B sanction | The people on the desk that morning should be put on leave until the regulator is done.
B sarcasm | $1 options on half the alphabet. great pricing model guys, really disruptive
O system-failure | The order system failed to tell contingent orders from live ones after the configuration change.
O system-should | The pre-market price check should have used the same bands as regular trading.
O actor-neutral | Orlaithe noticed the fills at 09:31 and called the exchanges to ask for trade reviews.
O neutral-fact | About 16,000 mispriced orders went out before the open and roughly 1.5 million contracts executed in the first minutes.
O agentless-passive | Most of the trades were cancelled or price-adjusted by the exchanges, which cut the loss to about $38 million.
O policy-subject | The circuit breaker policy Corvinal's team relied on was not written down anywhere the operators could find it.
O system-counterfactual | Had the message-rate breaker stayed on, the outgoing order stream would have been cut within seconds.
O error-term | The regulator's order speaks of a "configuration error"; this review traces how the change reached production untested.
""",
actions="""
Y Y N PREVENTS | Options technology | 2013-10-31 | Apply the regular-hours price bands to pre-market orders and reject any options order priced outside them.
N N N PARTIAL | we | | Handle trading configuration with greater care.
Y Y Y PREVENTS | Blodwen Faraquet | 2013-09-30 | Require a second engineer's approval and a replay test against the previous day's order log for every config change to the options system.
N Y Y DETECTS | Bohumir | | Pay attention to circuit breaker alerts.
Y Y N PARTIAL | Mission Control | | Require a logged sign-off from the technology on-call in the breaker console before any circuit breaker block is lifted.
N Y N PARTIAL | Compliance | 2013-12-31 | Review market access controls.
Y Y Y DETECTS | Corvinal Kirwen-Moss | 2013-09-15 | Page the desk head when more than 500 options orders are sent in one minute before 09:30.
N N N PREVENTS | | | Avoid a repeat of the August open.
Y N Y PARTIAL | Orlaithe | | Put the circuit breaker policy on the console start page and quiz each operator on it before they are rostered.
Y Y N DETECTS | Trading desk | 2013-09-01 | Compare the first 5 minutes of fills with expected volume at each open for the next 30 trading days and report anomalies.
N Y Y PARTIAL | Orlaithe Ellindale | 2013-11-15 | Look at the deployment process for the trading system.
""",
ww="""
C | The exchanges were called within minutes, which got most trades reviewed under the erroneous-trade rules.
C | The system was stopped before the open had run 15 minutes.
V | Good teamwork across technology and trading.
"""))

# 7. Unreported international funds transfer instructions, 2013-2018: about 19.5 million instructions through a
# correspondent/batch channel were not reported to the regulator over nearly five years; self-reported in 2018;
# regulator alleged over 23 million contraventions in November 2019.
S.append(dict(url=U_IFTI,
people=["Rowenna Corrandale", "Oskar Valtonheim", "Ambrette Aygunlowe", "Ekwutosi Nwachukwu-Brack"],
blame="""
B failure-verb | Oskar forgot to add the new correspondent channel to the reporting feed in 2013 and nobody caught it for five years.
B passive-agent | The reporting gap was rated "low" by Rowenna's risk team in three annual reviews running.
B counterfactual | had Ambrette read the regulator's reporting guide properly, the incoming instructions would have been reported from day one
B group-blame | Compliance at this bank is a box-ticking club, that's why 19.5 million reports went missing.
B nobody-blame | Nobody in payments operations ever looked at whether the batch channel actually produced reports.
B human-error | Causa raíz (borrador): error humano en la configuración del canal de pagos.
B self-blame | I owned the reporting rules back then and I didn't test the new channel. I should have.
B implicit | 2013-11 channel go-live, reporting config by Ekwutosi. 2018-09 19.5M unreported instructions found.
O system-failure | The payments platform failed to generate reports for incoming instructions routed through the batch channel.
O system-should | The reporting system should have reconciled each day the count of instructions received with the count of reports filed.
O actor-neutral | Ekwutosi found the gap in 2018 while reconciling channel volumes and raised it with regulatory affairs.
O neutral-fact | About 19.5 million international funds transfer instructions were not reported over nearly five years.
O agentless-passive | The failure was self-reported to the regulator and the missing reports were lodged later that year.
O policy-subject | The product approval process Rowenna chaired had no step to confirm regulatory reporting for a new channel.
O org-subject | The bank settled with the regulator for a record penalty and set up a multi-year remediation programme.
O meta-blameless | Reviewer note: the draft says "negligent staff" twice; name the missing reconciliation instead.
""",
actions="""
Y Y N DETECTS | Regulatory reporting | 2019-03-31 | Reconcile daily, per channel, the number of international instructions with the number of reports lodged and alert on any gap above 0.1%.
N N N PARTIAL | we | | Take our reporting obligations more seriously.
Y Y Y PREVENTS | Ambrette Aygunlowe | 2019-06-30 | Add a mandatory reporting-impact sign-off to the product approval checklist that blocks launch of any payment channel without it.
N Y Y DETECTS | Oskar | | Keep an eye on reporting volumes.
Y N N PREVENTS | Payments engineering | 2019-12-31 | Map every payment channel to its reporting feed and show in the register that each has an automated test producing a report.
N Y N PARTIAL | Board risk committee | 2019-09-30 | Strengthen the culture around financial crime.
Y Y Y PARTIAL | Rowenna Corrandale | 2019-02-28 | Lodge all 19.5 million overdue reports and confirm the accepted counts with the regulator in writing.
N N N PREVENTS | | | Fix AML compliance.
Y Y N DETECTS | Internal audit | | Trace a random sample of 200 instructions per quarter from receipt to lodged report and publish the result.
Y Y Y PARTIAL | Ekwutosi Nwachukwu-Brack | 2019-04-30 | Write the procedure for switching on reporting when a correspondent bank relationship changes and walk the four operations leads through it.
N Y Y PARTIAL | Ekwutosi | 2019-05-31 | Review correspondent banking relationships.
""",
ww="""
C | The gap was found by a channel volume reconciliation and self-reported before the regulator asked.
C | The overdue reports were lodged in batches, each with a count confirmation from the regulator.
V | Management showed strong leadership throughout.
"""))

# 8. Tempi head-on collision, 28 February 2023: a passenger train was routed onto the track of an oncoming freight
# train north of Larissa; remote signalling and train protection were not in service; 57 died; the station master,
# recently assigned, was on duty alone; the transport minister resigned.
S.append(dict(url=U_TEMPI,
people=["Aristeidis Kolovrekas", "Zoitsa Pharmakidou-Rell", "Efstratios Vlachoudes", "Eleftheria Makrynikou"],
blame="""
B failure-verb | Aristeidis set the points for the down line and never looked at the panel again before clearing the passenger train.
B passive-agent | The passenger train was sent onto the freight train's track by Zoitsa on her own, with no second person in the box.
B counterfactual | if Efstratios had just radioed the freight driver, 57 people would be alive
B hindsight | anyone who has done a night shift at that box could have told Eleftheria one person on the panel is not enough
B human-error | Première conclusion du ministère : une « tragique erreur humaine » du chef de gare.
B competence | Aristeidis simply wasn't up to the job; a competent station master reads his own panel.
B sarcasm | Tolle Sache: Zoitsa gibt einem Zug grün aufs Gegengleis und alle tun überrascht.
B rhetorical-question | how do you not notice two trains on one track for twelve minutes, Aristeidis?
O system-failure | The remote signalling and train protection on the section had not worked for years, so movements were cleared by radio and verbal orders.
O system-should | The interlocking should have refused to clear a route onto a track already occupied by an opposing train.
O actor-neutral | Eleftheria called the emergency services at 23:24 after losing radio contact with both trains.
O neutral-fact | The passenger train and the freight train met head-on north of Larissa at high speed and 57 people died.
O agentless-passive | The station master was arrested the next day and the transport minister resigned.
O policy-subject | The staffing rule Efstratios applied let a single station master cover the Larissa box alone on a night shift.
O system-counterfactual | With train protection in service, the passenger train would have been braked automatically at the red signal.
O quoted-question | The safety board asks "why was a single verbal order enough to send a train onto the opposing line?"
""",
actions="""
Y Y N PREVENTS | Infrastructure manager | 2024-12-31 | Put ETCS train protection into service on the Athens-Thessaloniki line and show that no train runs the section under verbal orders alone.
N N N PARTIAL | we | | Make the railway safe.
Y Y Y PARTIAL | Efstratios Vlachoudes | 2023-06-30 | Roster two qualified staff in every staffed main-line signal box at night and publish the weekly roster compliance.
N Y Y DETECTS | Aristeidis | | Concentrate harder on the signal box display.
Y Y N DETECTS | Traffic control | 2023-09-30 | Show GPS train positions on the station panel and sound an alarm when two trains occupy the same block in opposite directions.
N Y N PREVENTS | Ministry | 2023-12-31 | Review railway safety governance.
Y N Y PARTIAL | Eleftheria Makrynikou | | Require each new station master to log 200 supervised hours on a main-line box before working alone, recorded in the training file.
N N N DETECTS | | | Strengthen radio discipline on the line.
Y Y N PARTIAL | Rail operator | 2023-05-31 | Record all radio orders between station masters and drivers and replay 20 a month against the route that was set.
N Y Y PREVENTS | Zoitsa | 2023-07-31 | Retrain on procedures.
N Y N PARTIAL | everyone | | Learn from Tempi.
""",
ww="""
C | Passengers in the rear carriages were brought out by local residents and firefighters within the first hour.
V | The emergency response was heroic.
V | Everybody did their best on a terrible night.
"""))

# 9. Daegu subway fire, 18 February 2003: an arsonist set fire to train 1079 at Jungangno; train 1080 entered the
# station minutes later; its driver left with the master key, which kept the doors shut; 192 died; flammable car
# interiors; no sprinklers on the platform.
S.append(dict(url=U_DAEGU,
people=["Gwangryeol Maengsa", "Seoyul Pyeonggang", "Yeonwha Dokgoryong", "Minjae Sakyeongbuk"],
blame="""
B failure-verb | Gwangryeol pulled the master key and walked off train 1080 without opening the doors.
B passive-agent | Train 1080 was waved into a burning station by Seoyul at control with "proceed carefully".
B counterfactual | if Yeonwha had cut the line at 09:53, the second train never arrives
B group-blame | the control room crew panicked and froze, simple as that
B timeline-blame | 09:55 control (Minjae) tells 1080 to continue into Jungangno. 09:57 1080 stops in the smoke.
B sanction | Los conductores y los del centro de control deberían ir a la cárcel, y punto.
B character | Seoyul is the kind of controller who reads the manual after the emergency.
B hindsight | Anyone could see on the platform cameras that the station was full of smoke; Minjae just didn't look.
O system-failure | Removing the master key shut down the train's systems, door controls included, which trapped passengers in 1080.
O system-should | Each car should have had an inside manual door release that works without power.
O actor-neutral | Yeonwha ordered the power cut to the section after the second train stopped and asked the fire service for support at 09:56.
O neutral-fact | The fire spread to all six cars of the first train within minutes; 192 people died, most of them on the second train.
O agentless-passive | Seat covers and flooring were later replaced with non-combustible materials across the network.
O policy-subject | The emergency manual Gwangryeol was trained on told drivers to take the master key when leaving the cab.
O credit | credit to @minjae for rebuilding the radio log minute by minute for the inquiry
O self-report | I told 1080 to proceed at 09:55 because the panel showed a fire alarm but no smoke reading; the screen log is attached.
""",
actions="""
Y Y N PREVENTS | Rolling stock | 2004-12-31 | Replace seat, floor and wall materials in every car with materials that pass the non-combustibility test, tracked car by car in the fleet register.
N N N PARTIAL | we | | Raise the metro's emergency readiness.
Y Y N PREVENTS | Operations control | 2003-06-30 | Change the emergency rule so no train is admitted to a station with an active fire alarm, and block the route automatically.
N Y Y DETECTS | Seoyul | | Look at the platform monitors more.
Y Y Y PARTIAL | Minjae Sakyeongbuk | 2003-09-30 | Fit a manual door release in each car that works without power and mark it with photoluminescent signs.
N Y N PARTIAL | Training centre | | Train drivers better.
Y N Y PARTIAL | Yeonwha Dokgoryong | | Run a full-scale smoke evacuation drill with the fire service in every underground station once a year.
N N N PREVENTS | | | Improve station safety.
Y Y N DETECTS | Station services | 2003-12-31 | Install smoke detectors linked to the control room in every station and test each one monthly.
N Y Y DETECTS | Gwangryeol Maengsa | 2003-08-31 | Review the radio protocol.
N Y N PARTIAL | everyone | | Honour the memory of those lost through our safety work.
""",
ww="""
C | The fire service was called within three minutes of the first alarm.
V | Staff and passengers showed great courage.
V | The city's response was swift.
"""))

# 10. Plasco building fire and collapse, Tehran, 19 January 2017: fire in the upper floors of a 1960s 17-storey
# commercial building with clothing workshops; collapse after a few hours while firefighters were inside; 16
# firefighters among the dead; managers had been warned about fire safety.
S.append(dict(url=U_PLASCO,
people=["Farzaneh Kalantarzadeh", "Behrouz Zarrinkolah", "Golnesa Dastmalchi-Orr", "Ardavan Nourbakhshan"],
blame="""
B failure-verb | Behrouz ignored the fire department's warning letters for years and kept the workshops stacked with fabric.
B passive-agent | The sprinkler upgrade was blocked by Ardavan's management board twice, in 2014 and again in 2016.
B counterfactual | If Farzaneh had pulled the crews out when the floors started sagging, the firefighters would be alive.
B group-blame | the tenants turned the stairwells into storerooms and now everyone acts shocked
B rhetorical-question | who let a crowd of onlookers and TV crews stand at the foot of a burning tower for three hours??
B human-error | Rapport préliminaire : la cause est une erreur humaine des occupants, un branchement électrique illégal.
B repeat-offender | Same management that got a warning in 2015 and another in 2016, and Golnesa's office never answered either.
B mistake-attribution | Sending the crews back up after 11:00 was Farzaneh's mistake.
O system-failure | The steel frame lost strength in the long fire because its fire protection had degraded or was missing.
O system-should | The building should have had working sprinklers and fire doors on every workshop floor.
O actor-neutral | Golnesa cleared the ground-floor shops at 08:10 and kept the entrance free for the first crews.
O neutral-fact | The 17-storey building from the 1960s collapsed in the late morning after burning for hours; 16 firefighters were among the dead.
O agentless-passive | Warnings about fire safety had been issued to the building's managers before the fire.
O policy-subject | The inspection regime Ardavan's office worked under could warn owners but had no power to close a building.
O org-subject | The fire department later changed its rules on how long crews may work inside a burning steel-frame building.
O meta-blameless | Note on draft: "stubborn owners" is not a cause; describe what the inspection rules could and could not enforce.
""",
actions="""
Y Y N PREVENTS | Municipal inspections | 2018-12-31 | Give inspectors the power to close a building after two unanswered fire safety notices, and track every open notice in a public register.
N N N PARTIAL | we | | Take fire safety seriously.
Y Y Y PARTIAL | Farzaneh Kalantarzadeh | 2017-06-30 | Write into the incident command card that crews withdraw from a steel-frame building after 60 minutes of free burning unless a structural officer signs off.
N Y Y DETECTS | Behrouz | | Stay on top of the tower's condition.
Y N N PREVENTS | Building owners association | | Fit sprinklers to every commercial high-rise built before 1980 and file the commissioning certificate with the city.
N Y N PARTIAL | Fire department | 2017-12-31 | Improve crowd control at fires.
Y Y N DETECTS | Police | 2017-09-30 | Set a 200-metre cordon at every high-rise fire within 30 minutes of the first engine and record the time it was set.
N N N PREVENTS | | | Modernise the city's old buildings.
Y Y Y PARTIAL | Ardavan Nourbakhshan | 2017-08-31 | Survey the remaining 1960s high-rises for missing fire protection and publish the list with the date each was inspected.
N Y Y PARTIAL | Golnesa | 2017-05-31 | Talk to tenants about storage.
N Y N DETECTS | everyone | | Report fire hazards.
""",
ww="""
C | The shops and workshops were evacuated before the collapse.
V | Firefighters showed incredible bravery.
V | The whole neighbourhood rallied round the families.
"""))

# 11. Takata inflator recalls, 2008-2019: ammonium nitrate propellant without desiccant degraded in heat and humidity
# and ruptured inflators; first rupture 2004; recalls of tens of millions of inflators; supplier pleaded guilty to
# fraud over test data in 2017 and agreed to pay about $1 billion.
S.append(dict(url=U_TAKATA,
people=["Isentrude Stollwerk", "Haruomi Tsugikawa", "Blessing Okonjo-Vane", "Dobroslavek Hruskovec"],
blame="""
B failure-verb | Haruomi's lab group skipped the humidity cycling tests because they were "taking too long".
B passive-agent | The inflator test reports were edited by Dobroslavek before they went out to the automakers.
B counterfactual | if Isentrude had escalated the 2004 rupture instead of calling it an anomaly, the recall starts four years earlier
B group-blame | the supplier's engineers knew that propellant was unstable and picked it because it was cheap
B sanction | Everybody who touched the manipulated test data should be prosecuted, not just the company.
B competence | Ein halbwegs fähiger Chemiker hätte Blessing gesagt, dass Ammoniumnitrat ohne Trockenmittel Feuchtigkeit zieht.
B sarcasm | "anomaly" number twelve. at what point does Isentrude call it a pattern
B nobody-blame | no one in the automaker's quality office bothered to ask why the supplier kept changing the test wording
O system-failure | The propellant degraded after years of heat and humidity and burned too fast, so the inflator casing ruptured.
O system-should | The inflator design should have included a desiccant to keep the propellant dry over the vehicle's life.
O actor-neutral | Blessing matched the field rupture reports to the high-humidity regions and sent the map to the regulator.
O neutral-fact | Tens of millions of inflators were recalled in the US alone, the largest automotive recall in the country's history.
O agentless-passive | The remaining inflators without desiccant were recalled in phases, oldest vehicles in the most humid regions first.
O policy-subject | The supply contract Dobroslavek negotiated let the supplier send summaries of test results instead of the raw data.
O org-subject | The supplier pleaded guilty to fraud and agreed to pay about one billion dollars.
O error-term | Early filings called the first rupture a manufacturing error; the review asks which test would have shown it was a design issue.
""",
actions="""
Y Y N PREVENTS | Supplier quality | 2016-12-31 | Require raw test data, not summaries, for every safety-critical component and reject any part approval submission without it.
N N N PARTIAL | we | | Trust suppliers less.
Y Y Y PREVENTS | Haruomi Tsugikawa | 2015-12-31 | Add a 3,000-cycle heat and humidity ageing test to the inflator validation plan and fail any design whose burn rate changes by more than 10%.
N Y Y DETECTS | Isentrude | | Look at field reports more often.
Y Y N DETECTS | Recall office | | Send a letter and a text message every quarter to each owner with an unrepaired inflator until the vehicle is fixed or scrapped.
N Y N PARTIAL | Legal | 2015-06-30 | Review the supply contract.
Y N Y DETECTS | Blessing Okonjo-Vane | | Investigate every field rupture within 30 days and log vehicle age, region and humidity band in the defect database.
N N N PREVENTS | | | Build a safety culture.
Y Y N PARTIAL | Dealer network | 2017-06-30 | Stock replacement inflators for the highest-risk vehicles at every dealer in the Gulf states and report the repair completion rate weekly.
N Y Y PARTIAL | Dobroslavek Hruskovec | 2016-03-31 | Go over the inflator test paperwork again.
N Y N DETECTS | everyone | | Raise concerns about inflators faster.
""",
ww="""
C | The humidity map tied ruptures to hot, humid regions and let the recall start with the riskiest cars.
V | The industry rallied together.
V | Regulators and automakers worked hand in hand.
"""))

# 12. GM ignition switch recalls, 2014: a switch needing too little torque could leave "run" and disable airbags; a
# 2006 change to a stronger switch kept the old part number; recalls from February 2014, about 2.6 million small cars
# for the switch; compensation for 124 deaths; $900 million forfeited.
S.append(dict(url=U_GM,
people=["Desiree Ambleworth", "Bozivoj Straszewicz", "Corisande Lutwyche", "Quillibert Stirrupwell"],
blame="""
B failure-verb | Bozivoj changed the switch spring without changing the part number and never told the investigators.
B passive-agent | The stronger switch was approved by Corisande in 2006 under the old part number, which hid the change for years.
B counterfactual | if Quillibert had treated the stalls as a safety defect in 2005, the first recall comes nine years sooner
B group-blame | the engineering committees did the famous nod: everyone agreed, nobody acted
B self-blame | I chaired the 2005 review that called it a customer convenience issue. I got that badly wrong.
B role-blame | Product investigations sat on this for a decade; that's on them, full stop.
B hindsight | Cualquiera que condujera uno de esos coches con un llavero pesado le habría dicho a Desiree que el motor se apagaba.
B rhetorical-question | how many engineers does it take to notice that airbags don't fire when the engine is off?
O system-failure | The switch needed too little torque to leave the run position, so a heavy key ring or a bump could stop the engine and disable the airbags.
O system-should | The airbag system should have stayed armed for a few seconds after the ignition left the run position.
O actor-neutral | Desiree compared the torque of switches from scrapped cars with the new part and found the silent change.
O neutral-fact | About 2.6 million small cars were recalled for the switch in 2014, and compensation was paid for 124 deaths.
O agentless-passive | Der Rückruf wurde 2014 mehrmals ausgeweitet, weil weitere Modelljahre den schwachen Schalter hatten.
O policy-subject | The review process Quillibert followed classed stalling as a customer satisfaction issue rather than a safety issue.
O org-subject | The carmaker agreed to forfeit $900 million under a deferred prosecution agreement.
O system-counterfactual | With a new part number, the investigators would have seen at once why later cars stopped stalling.
""",
actions="""
Y Y N PREVENTS | Engineering release | 2014-09-30 | Block release of any changed part drawing in the product data system unless the part number changes too.
N N N PARTIAL | we | | Make safety the top priority at the carmaker.
Y Y Y DETECTS | Desiree Ambleworth | 2014-07-31 | Route every warranty or field report that mentions a stall together with an airbag non-deployment to the safety committee within 10 days.
N Y Y PARTIAL | Bozivoj | | Be more transparent about part changes.
Y N N PREVENTS | Product safety | | Write into the review charter that any defect able to disable airbags, brakes or steering is a safety defect whatever the cost of the fix.
N Y N DETECTS | Field investigations | 2014-12-31 | Notice stall complaints earlier.
Y Y Y PARTIAL | Corisande Lutwyche | 2014-06-30 | Replace the key with a hole-type key on every recalled car and report the completion rate by model each month.
N N N PREVENTS | | | Change the culture.
Y Y N DETECTS | Speak-up office | 2014-08-31 | Open a safety hotline and report to the board each quarter how many reports came in and how fast each was closed.
N Y Y DETECTS | Quillibert Stirrupwell | 2014-10-31 | Monitor the switch issue.
N Y N PARTIAL | everyone | | Speak up.
""",
ww="""
C | Comparing the torque of switches from scrapped cars found the undocumented change within days.
V | Leadership took ownership.
V | Very open and honest discussions in the review.
"""))

# 13. Valsartan NDMA recall, 2018: a manufacturing process change at an ingredient maker (around 2012) produced the
# impurity NDMA; found in 2018; recalls in many countries from July 2018; the US regulator later issued a warning
# letter over the investigation of the impurity.
S.append(dict(url=U_SARTAN,
people=["Orvandel Hardacre", "Xiuying Tanbeirong", "Ottavina Brambillari", "Aurelius Gwenddor"],
blame="""
B failure-verb | Xiuying ignored the unknown peak in the 2017 chromatograms and released the batches anyway.
B passive-agent | The new solvent route was approved by Orvandel in 2012 without any assessment of nitrosamine formation.
B counterfactual | If Ottavina had followed up the customer complaint about the odd smell, we'd have found NDMA a year earlier.
B group-blame | the QC lab over there just signs whatever the production people hand them
B mistake-attribution | The contamination was Aurelius's mistake: he chose the DMF and nitrite quench without asking the chemists.
B human-error | First draft root cause: human error in the process development department.
B sarcasm | Super Idee, das Verfahren zu ändern und die Verunreinigungsanalyse einfach wegzulassen, Orvandel.
B implicit | 2012 process change: Orvandel. 2017 impurity complaint closed: Xiuying. 2018 NDMA found in released batches.
O system-failure | The routine impurity test failed to detect NDMA because the method was never designed to look for nitrosamines.
O system-should | The change control system should have triggered a genotoxic impurity assessment for a new solvent and reagent combination.
O actor-neutral | Ottavina ran the first targeted NDMA test on retained samples and reported the result to the regulators that week.
O neutral-fact | The impurity came from a process change around 2012 and was found in 2018, so affected tablets had been sold for years.
O agentless-passive | Les comprimés fabriqués avec le principe actif concerné ont été rappelés dans des dizaines de pays à partir de juillet 2018.
O policy-subject | The quality agreement Aurelius signed with the customers did not require notice of solvent changes.
O org-subject | The regulator stopped imports from the plant and later issued a warning letter about the investigation.
O credit | thanks @ottavina for turning the retained-sample test round in 48 hours, it sized the recall
""",
actions="""
Y Y N PREVENTS | Quality assurance | 2018-12-31 | Add a nitrosamine risk assessment to change control for any change of solvent, reagent or quench step, signed off before validation batches.
N N N PARTIAL | we | | Watch our suppliers more closely.
Y Y Y DETECTS | Ottavina Brambillari | 2018-10-31 | Validate an NDMA and NDEA test method with a limit of 0.03 ppm and test every released batch of the ingredient.
N Y Y DETECTS | Xiuying | | Look harder at unknown peaks.
Y Y N PARTIAL | Supplier management | | Require ingredient suppliers to give notice within 30 days of any process change, written into every quality agreement.
N Y N PARTIAL | Regulatory affairs | 2019-03-31 | Review the regulatory strategy for sartans.
Y N Y DETECTS | Orvandel Hardacre | | Investigate every unidentified chromatography peak above 0.10% and record its identity or the reason it could not be identified.
N N N PREVENTS | | | Ensure drug safety.
Y Y N PARTIAL | Pharmacovigilance | 2018-08-31 | Send each pharmacy the list of recalled batch numbers and a replacement product, and report the share of stock returned weekly.
N Y Y PARTIAL | Aurelius Gwenddor | 2018-11-30 | Improve process development practices.
N Y N PARTIAL | everyone | | Be quality minded.
""",
ww="""
C | Retained samples of each batch let the recall be sized by batch number within days.
V | QA went the extra mile.
V | Partners were kept well informed.
"""))

# 14. TGN1412 first-in-human trial, 13 March 2006: six healthy volunteers given a CD28 superagonist antibody minutes
# apart developed a cytokine storm and needed intensive care; all survived; the animal model did not predict it; an
# expert group recommended sequential dosing and a minimal-effect starting dose.
S.append(dict(url=U_TGN,
people=["Domitilla Donnachie", "Aldwyth Holmwood-Blin", "Ingeborga Arkelstrom", "Jedrick Ranganekar"],
blame="""
B failure-verb | Aldwyth dosed all six active-arm volunteers ten minutes apart and didn't stop when the first ones got headaches.
B passive-agent | The starting dose was picked by Domitilla from the monkey data without any human-cell assay.
B counterfactual | If Ingeborga had staggered the doses by a day, only one man would have ended up in intensive care.
B group-blame | the sponsor's scientists were so sure of their antibody they didn't bother with the obvious precautions
B hindsight | Any immunologist could have told Jedrick that a CD28 superagonist is not something you give to six people at once.
B competence | Une équipe compétente n'aurait jamais injecté la molécule à six volontaires dans la même heure.
B character | Domitilla has always been reckless with first-in-human schedules.
B rhetorical-question | why was nobody on the ward trained for a cytokine storm when the whole drug is an immune activator, Aldwyth?
O system-failure | The animal model failed to predict the human reaction because the monkeys' memory T cells did not carry the target receptor the same way.
O system-should | The protocol should have required one volunteer to be dosed and watched before the next for a first-in-human immune agonist.
O actor-neutral | Ingeborga called the intensive care team at 08:50 when the first volunteer's blood pressure fell.
O neutral-fact | Six healthy volunteers developed a cytokine storm within about 90 minutes and were moved to intensive care; all survived.
O agentless-passive | The trial was stopped that morning and the unit was inspected by the regulator within days.
O policy-subject | The dosing guidance Jedrick used set the starting dose from the animal no-effect level, not from the minimal biological effect level.
O org-subject | The regulator's expert group recommended sequential dosing and a minimal-effect starting dose for high-risk agents.
O meta-blameless | Comment on draft: "negligent investigators" is not a finding; say which rule allowed six doses within the hour.
""",
actions="""
Y Y N PREVENTS | Trial unit | 2006-09-30 | Dose first-in-human immune agonists one volunteer at a time, with at least 24 hours between the first and second subject, written into the unit SOP.
N N N PARTIAL | we | | Be more cautious with new drugs.
Y Y Y PREVENTS | Domitilla Donnachie | 2006-12-31 | Set the starting dose from the minimal anticipated biological effect level and put the calculation in the protocol for review.
N Y Y DETECTS | Aldwyth | | Monitor volunteers more closely.
Y Y N DETECTS | Clinical pharmacology | | Measure cytokines every 30 minutes for 6 hours after each first-in-human immune agonist dose and stop dosing at a threefold rise.
N Y N PARTIAL | Sponsor | 2006-08-31 | Review the preclinical package.
Y N Y PARTIAL | Ingeborga Arkelstrom | | Sign an agreement with the host hospital's intensive care unit for every phase I study so a bed and team can be called within 15 minutes.
N N N PREVENTS | | | Make phase I trials safer.
Y Y N PARTIAL | Ethics committee | 2006-10-31 | Require an outside expert review before approving any first-in-human biologic with an agonist mechanism.
N Y Y PARTIAL | Jedrick Ranganekar | 2006-07-31 | Update the training.
N Y N DETECTS | everyone | | Stay watchful during first-in-human studies.
""",
ww="""
C | Intensive care took over all six volunteers within hours, and all of them survived.
V | The staff were fantastic.
V | A real team effort.
"""))

# heldout43 rules data (see ../rules/SOURCES-heldout43.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (World of Warcraft Corrupted Blood 2005, node-ipc protestware 2022, Duesseldorf
# University Hospital ransomware 2020, Vastaamo psychotherapy records breach 2018-2020, PowerSchool support-portal
# breach 2024, Newegg checkout skimmer 2018, Click Frenzy launch outage 2012) and 7 outside software (Alaska Airlines
# 261 jackscrew 2000, Continental Express 2574 de-ice boot screws 1991, Bretigny-sur-Orge fishplate derailment 2013,
# Balasore / Bahanaga Bazar signalling collision 2023, Seongsu Bridge collapse 1994, Charleston Sofa Super Store fire
# 2007, Manchester Arena fire-service response 2017).
# Written as training text for a learned blame classifier: mostly responders' drafts (chat lines, terse notes, timeline
# rows, review sticky notes, half sentences, a few lines in German or French), some report prose.
S = []

# 1. World of Warcraft, Corrupted Blood, 13 September - early October 2005: patch 1.7 opened Zul'Gurub; the boss
# Hakkar cast a contagious damage-over-time debuff meant to stay inside the raid; hunter pets dismissed while infected
# kept it and were resummoned in cities; town NPCs carried it without dying; low-level characters died in the
# capitals; hotfixes failed; some players spread it on purpose; realms were hard-reset and a patch made pets immune.
S.append(dict(url="https://en.wikipedia.org/wiki/Corrupted_Blood_incident",
people=["Yrsabel Varnacott", "Priamo Szendrei", "Zelinde Kettleborne", "Caius Wrenfield-Amaro"],
blame="""
B failure-verb | yrsabel forgot pets keep their debuffs when you dismiss them, that's literally the whole bug
B passive-agent | The spread radius on the Hakkar debuff was signed off by Priamo with no test outside the instance.
B counterfactual | if QA had tried one hunter zoning out with an infected pet we'd never have had skeletons all over Ironforge
B sarcasm | congrats encounter design, you shipped a free pandemic simulator
B group-blame | the raid team never think past the boss room, classic
B human-error | RCA v0: designer error in scoping the Hakkar debuff.
B rhetorical-question | who approves a DoT that jumps player to player and doesn't ask where those players go next??
B hindsight | anybody who's played a hunter for a week knew the pet would carry it out of there
O system-failure | The zone boundary check failed to strip Corrupted Blood from pets that were dismissed inside Zul'Gurub.
O system-should | The aura system should have expired zone-scoped debuffs on any unit leaving the zone, pets and NPCs included.
O actor-neutral | Zelinde spotted the first death spike in Ironforge on the realm telemetry around 21:40 server time and paged the live team.
O credit | big thanks to caius for the GM macro that ported infected players out of the capitals while the hotfix built
O neutral-fact | Town NPCs carried the debuff without dying, so the cities kept reinfecting players.
O policy-subject | The live-patch checklist Priamo maintains had no step for effects that can travel between zones.
O agentless-passive | the realms were hard-reset and a later patch made pets immune to the debuff
O quoted-question | On the bridge Zelinde asked "can a unit that isn't a player hold this aura?" and that is where the NPC carriers came up.
""",
actions="""
Y Y N PREVENTS | Encounter design | 2005-10-15 | Flag every boss debuff as zone-only in data and add an automated test that a pet dismissed and resummoned outside the zone carries no boss debuff.
N N N PARTIAL | we | | Be more careful with contagious spells.
Y Y Y DETECTS | Zelinde Kettleborne | 2005-10-01 | Alert the live team when deaths per minute in any capital city exceed three times the weekly baseline for 5 minutes.
N Y Y PARTIAL | Priamo | | Double-check the Hakkar fight before the next patch.
Y Y N PREVENTS | Server team | | Strip all zone-only auras from NPCs on every realm restart and log how many were removed.
N N N DETECTS | | | Watch the forums more closely after patches.
Y N N PARTIAL | QA | 2005-11-30 | Before any raid patch ships, run a public test realm pass where infected players, pets and minions are carried into a capital city.
N Y N PARTIAL | GM team | | Deal with the griefers spreading it on purpose.
Y Y Y PREVENTS | Caius Wrenfield-Amaro | 2005-10-20 | Ship the patch that makes hunter pets and warlock minions immune to Corrupted Blood and confirm it on every realm.
Y Y Y DETECTS | Yrsabel | | Add a deaths-per-zone-per-hour panel to the live dashboard and read it out at each post-patch standup for the first week.
N Y N PARTIAL | everyone | | Think about the wider world when designing raid mechanics.
""",
ww="""
C | The GM teleport macro got infected players out of Ironforge and Orgrimmar on the first evening.
V | The live team really pulled together.
V | Great community spirit from the players.
"""))

# 2. node-ipc protestware, March 2022: the maintainer published node-ipc 10.1.1 and 10.1.2 with obfuscated code that,
# on machines whose IP geolocated to Russia or Belarus, overwrote files with a heart emoji; 10.1.3 removed it; later
# versions pulled in peacenotwar, which wrote a message file; @vue/cli depended on node-ipc through a version range;
# tracked as CVE-2022-23812. Seen here from an invented downstream company.
S.append(dict(url="https://notes.ekzhang.com/software/node-ipc",
people=["Bastrin Brankovich-Lume", "Aoibhe Fennimarsh", "Imre Vasquez-Tolland", "Zaphira Pellucci"],
blame="""
B failure-verb | bastrin merged the renovate PR with the node-ipc bump without opening the diff, again
B passive-agent | The caret range on node-ipc was added by Imre years ago and nobody ever questioned it.
B counterfactual | if aoibhe had made CI respect the lockfile like we asked, the bad version never lands on the build agents
B character | that maintainer has always been a loose cannon, anyone depending on his packages was asking for it
B sarcasm | love how our "dependency policy" is basically vibes plus whoever clicks approve first
B human-error | Root cause: developer oversight when accepting a dependency update.
B competence | a competent reviewer would have spotted a base64 blob in an IPC library, it's not subtle
B self-blame | my bad, I approved the bot PR at 11pm on my phone, should've waited till morning
O system-failure | The CI install step resolved dependencies fresh on every run and ignored the lockfile, so 10.1.2 arrived with no diff to review.
O system-should | The registry proxy should have held new versions of deep transitive packages for a few days before builds could use them.
O actor-neutral | Zaphira saw the heart-emoji files on the Minsk contractor's build box and opened the incident at 10:05.
O credit | kudos @imre for the grep that found every service with node-ipc in its tree in under an hour
O neutral-fact | The destructive code only ran when the machine's IP address geolocated to Russia or Belarus.
O policy-subject | Our dependency policy, which Bastrin drafted, let minor and patch updates merge automatically with one reviewer.
O agentless-passive | node-ipc was pinned to 9.2.1 across all repos by end of day and the affected agent was reimaged from backup.
O meta-blameless | Sticky from the review: swap "Bastrin waved it through" for "the bot PR had no required check for install scripts or obfuscated code".
""",
actions="""
Y Y N PREVENTS | Platform | 2022-04-15 | Make every CI job install with npm ci from the committed lockfile and fail the build if the lockfile would change.
N N N PARTIAL | we | | Trust open source a bit less.
Y Y Y PREVENTS | Imre Vasquez-Tolland | 2022-04-01 | Pin node-ipc to 9.2.1 in every repository and add an override so no transitive path can resolve 10.1.1 to 10.1.3 or 11.x.
N Y Y DETECTS | Aoibhe | | Review dependency bumps more carefully.
Y Y N DETECTS | Security | | Scan all lockfiles daily against the advisory feed and open a ticket within 24 hours for any critical match.
N N N PARTIAL | | | Audit the whole supply chain.
Y N N PARTIAL | Build infra | 2022-05-31 | Snapshot every build agent and developer laptop nightly and test one restore each month.
N Y N PREVENTS | Frontend guild | 2022-04-30 | Look into alternatives to vue-cli.
Y Y Y PARTIAL | Zaphira Pellucci | 2022-03-31 | Restore the wiped files on the affected build agent from the last snapshot and confirm the build reproduces byte for byte.
N Y Y DETECTS | Bastrin | | Be on the lookout for protestware.
N Y N PARTIAL | everyone | | Stop approving bot PRs from your phone.
""",
ww="""
C | The lockfile from the last good build showed exactly which transitive version had changed, so the cause was found in the first hour.
C | The build agent had a snapshot from the night before, so nothing was lost for good.
V | Solid teamwork across the squads.
"""))

# 3. Duesseldorf University Hospital, 10 September 2020: ransomware encrypted about 30 servers from the early hours;
# entry through a Citrix VPN flaw (CVE-2019-19781) patched in January, but a backdoor planted earlier stayed; the
# ransom note was addressed to the university; after police contact the attackers handed over a key; the emergency
# department stopped taking ambulances; a critically ill woman was taken to Wuppertal and died; prosecutors looked
# into negligent homicide.
S.append(dict(url="https://www.silicon.co.uk/workspace/ransomware-attack-hospital-347839",
people=["Irmtrud Dallmayr-Oseni", "Lorenz Tavakoli", "Gesche Marmorstein", "Lothmar Aaltonen-Roux"],
blame="""
B failure-verb | the IT ops lot patched the Citrix box in January and never bothered to check whether someone was already in
B passive-agent | The NetScaler compromise check was skipped by Lorenz because the patch "looked clean".
B counterfactual | Had Gesche run the BSI indicator script in January, the backdoor is found eight months earlier.
B group-blame | hospital IT treats security as a side project, this was always going to happen
B sanction | whoever owns the VPN appliance should be moved off that job, full stop
B human-error | Ursache (Entwurf): Bedienfehler, i.e. operator error in handling the VPN patch.
B rhetorical-question | how do you run an ER on servers nobody has looked at since the January advisory?
B nobody-blame | nobody in the IT department read past the first paragraph of the vendor bulletin
O system-failure | The Citrix patch closed the hole but did not remove the web shell that had been planted before it was applied.
O system-should | The emergency department's systems should have had a downtime mode that kept admissions running without the central servers.
O actor-neutral | Irmtrud, the night charge nurse, switched the ED to paper triage at 03:10 after the order screens froze.
O credit | danke Lothmar — you got the control centre to take us off the ambulance roster within the hour
O neutral-fact | About thirty servers were encrypted, and the ransom note was addressed to the university, not the hospital.
O policy-subject | The patch procedure Lorenz works from covered installing fixes, not checking the appliance for an earlier compromise.
O agentless-passive | A decryption key was handed over after the police told the attackers they had hit a hospital.
O system-counterfactual | With a rehearsed paper downtime plan for admissions, the ED might have stayed open for the most urgent cases.
""",
actions="""
Y Y N DETECTS | Clinic IT security | 2020-10-15 | Run the published indicator-of-compromise check on every internet-facing appliance after each critical patch and attach the result to the change ticket.
N N N PARTIAL | we | | Take cyber security seriously from now on.
Y Y Y PREVENTS | Lorenz Tavakoli | 2020-10-31 | Rebuild the VPN gateway from a clean image, rotate every credential it stored, and require MFA for all remote logins.
N Y Y PARTIAL | Gesche | | Have a look at the other Citrix boxes.
Y N N PARTIAL | Emergency department | 2020-12-31 | Write a paper downtime procedure for ED admissions and rehearse it with every shift twice a year.
N N N DETECTS | | | Improve network monitoring across the clinic.
Y Y N PARTIAL | Control centre liaison | | Agree in writing with the regional ambulance control centre which patients still come to the ED during an IT outage, signed by both sides.
Y Y Y PREVENTS | Lothmar Aaltonen-Roux | 2020-11-30 | Segment the clinical network so the VPN zone cannot reach the ED order-entry servers, and prove it with a blocked-connection test.
N Y N PREVENTS | Hospital management | | Get more budget for IT.
Y Y N DETECTS | | 2020-10-31 | Alert the on-call admin when any server writes more than 1,000 files with a new extension within 10 minutes.
N Y Y DETECTS | Irmtrud | | Tell IT sooner when the screens freeze.
""",
ww="""
C | The ED moved to paper triage within minutes of the order screens freezing.
V | Nobody panicked, which was lovely to see.
V | All things considered, a solid response.
"""))

# 4. Vastaamo psychotherapy centre, Finland: the in-house patient record database was broken into in November 2018
# with further access until March 2019; the company was extorted in autumn 2020; data was posted on a Tor forum on
# 21 October 2020 and from 24 October patients received individual ransom demands (about 200 euros in bitcoin);
# tens of thousands of patients were affected; the company was later liquidated.
S.append(dict(url="https://vastaamo.fi/en.html",
people=["Veikka Salmenhaara", "Ilmatar Kujansuu", "Otso Brannbacka", "Pihla Vahteristo"],
blame="""
B failure-verb | The dev team left the patient database reachable from the internet with a root account that had no password.
B passive-agent | The 2018 break-in was kept quiet by management instead of being reported to the ombudsman.
B counterfactual | if otso had reported the 2018 intrusion when he found it, patients hear it from us and not from a blackmailer
B character | Veikka always cut corners on security to hit the next feature date, this is just the bill arriving
B mistake-attribution | mistakes were made by the people running the record system, and the patients paid for them
B sarcasm | "state of the art patient system", sure, if the art is leaving the door wide open
B repeat-offender | same admin, same shortcuts, second break-in within months. surprised?
B human-error | Cause (first draft to the board): human error by IT staff in the database configuration.
O system-failure | The record system stored therapists' session notes unencrypted next to patients' names and ID numbers.
O system-should | The database should have accepted connections only from the application servers, never from the open internet.
O actor-neutral | Ilmatar took the extortion email to the police and the Data Protection Ombudsman the next morning.
O credit | Pihla wrote the patient helpline script in one evening and it's what kept the phones manageable
O neutral-fact | Patients started getting individual ransom demands on 24 October, about 200 euros in bitcoin each.
O policy-subject | The incident reporting rule Otso inherited did not say who decides whether a break-in goes to the authorities.
O agentless-passive | The data was taken in late 2018 and part of it was posted on a Tor forum in October 2020.
O self-report | I patched the server after the 2019 alert with what I knew then; nobody told me data had already left.
""",
actions="""
Y Y N PREVENTS | Platform | 2020-11-30 | Move the patient database to a private network that accepts connections only from the two application servers, confirmed by an external port scan.
N N N PARTIAL | we | | Protect patient data better.
Y Y Y PREVENTS | Ilmatar Kujansuu | 2020-12-15 | Encrypt session notes per field with keys held outside the database host, and show the stored ciphertext to the auditor.
N Y Y PARTIAL | Otso | | Sort out the security of the record system.
Y N N DETECTS | Security | | Log and alert on any database login from an address outside the application subnet, paging within 15 minutes.
N N N DETECTS | | | Be more open with patients.
N Y N PREVENTS | Board | 2020-11-15 | Review the incident reporting culture.
Y Y Y PARTIAL | Pihla Vahteristo | 2020-11-01 | Send every patient whose record was in the 2018 copy the helpline number and a written do-not-pay guide.
N Y N PARTIAL | everyone | | Remember that therapy notes are sensitive.
Y Y N PREVENTS | | 2020-12-31 | Adopt a rule that any suspected breach is reported to the Data Protection Ombudsman within 72 hours, naming who sends the report.
N Y Y DETECTS | Veikka | | Check the server logs from time to time.
""",
ww="""
C | The helpline script gave every caller the same do-not-pay advice from the first evening.
C | The police and the ombudsman had the extortion email the morning after it arrived.
V | We showed real resilience as a company.
"""))

# 5. PowerSchool, December 2024: a compromised credential gave access to the PowerSource customer support portal
# between 19 and 28 December; its export data manager tool exported Students and Teachers tables of many districts;
# discovered 28 December, districts told 7 January 2025; the company paid the attackers for a promised deletion;
# passwords were rotated and portal access tightened. Seen here from an invented school district.
S.append(dict(url="https://cybersecuritydive.com/news/powerschool-data-breach/737024",
people=["Merisande Marchbanks-Ude", "Orwyn Tengbergen", "Wietske Spee-Harwood", "Thessaly Altamirano"],
blame="""
B failure-verb | the vendor's support contractor reused a password and skipped MFA on a portal that can export every kid in the district
B passive-agent | Our SIS export permission was granted to vendor support by Orwyn and never reviewed after that.
B counterfactual | If Wietske had switched off remote support access after the August upgrade, our tables aren't in that CSV.
B group-blame | district IT just clicks accept on whatever the vendor sends, nobody reads the access terms
B competence | any half-decent sysadmin would have asked why a support portal needs a bulk export button
B sarcasm | "the data has been deleted, here's a video" — wow, very reassuring, thanks guys
B hindsight | it was obvious that maintenance tool was a loaded gun the day support staff got access to it
B timeline-blame | Dec 19 - support login from a new IP, Orwyn ignores the portal alert email
O system-failure | The support portal let a single credential run the export tool against any customer's Students and Teachers tables.
O system-should | The export tool should have required a second approval and a confirmation from the district before any bulk export.
O actor-neutral | Thessaly read the vendor notice on 7 January and had our December export logs pulled within two hours.
O credit | thanks Merisande for the parent letter in five languages, it went out before local news picked the story up
O neutral-fact | The access ran from 19 to 28 December and used the portal's own maintenance tool.
O policy-subject | The vendor contract Orwyn negotiated did not require MFA for the vendor's own support staff.
O agentless-passive | All support portal passwords were reset and remote support access was switched off for our district.
O quoted-question | At the board meeting a parent asked "which fields about my kid were in that table?" and we could answer from the export log.
""",
actions="""
Y Y N PREVENTS | District IT | 2025-02-15 | Turn vendor remote support access off by default and enable it per ticket for at most 48 hours, with each grant logged.
N N N PARTIAL | we | | Vendors need watching more closely.
Y Y Y DETECTS | Thessaly Altamirano | 2025-01-31 | Get a weekly export log from the vendor and alert the data officer on any bulk export of more than 500 student rows.
N Y Y PARTIAL | Orwyn | | Clean up vendor permissions.
Y Y N PREVENTS | Procurement | 2025-06-30 | Add to the SIS contract renewal a clause requiring MFA on every vendor account that can read district data, with a yearly attestation.
N N N DETECTS | | | Keep track of who can see student data.
Y N N PARTIAL | | | Delete student records older than the retention schedule from the SIS every summer and report the count deleted.
Y Y Y PARTIAL | Merisande Marchbanks-Ude | 2025-01-20 | Send every affected family and staff member a notice listing the fields exposed and how to claim the credit monitoring offer.
N Y N PREVENTS | Vendor management | | Hold PowerSchool accountable.
Y Y N DETECTS | Security team | 2025-03-01 | Feed the SIS export log into the SIEM and alert on exports run without a change ticket.
N Y N DETECTS | everyone | | Report anything suspicious in the SIS.
""",
ww="""
C | The district could answer parents field by field because the December export log was pulled within two hours of the notice.
V | Communication with families was great.
V | The vendor relationship really held up.
"""))

# 6. Newegg checkout skimmer, 14 August - 18 September 2018: attackers registered the lookalike domain neweggstats.com
# with a TLS certificate and added about 15 lines of JavaScript to the checkout payment page that sent card data
# there; found by outside researchers and removed; customers who checked out in the window were warned.
S.append(dict(url="https://scamicide.com/2018/09/20/scam-of-the-day-september-21-2018-massive-data-breach-at-newegg-discovered/",
people=["Wenlan Thorsby", "Achille Dunmore-Vey", "Ulvhild Sobieska", "Quintrel Tranquada"],
blame="""
B failure-verb | whoever deployed the checkout bundle in August didn't diff it against the repo, so the skimmer rode along for five weeks
B passive-agent | Tag manager access to the payment page was handed out by Achille to half the marketing contractors.
B counterfactual | if the web team had put a CSP on checkout, those 15 lines go nowhere
B group-blame | the front-end folks never treat the payment page as special, it's just another template to them
B rhetorical-question | how does nobody on the SRE rota notice a brand-new domain getting every card number for a month?
B character | Quintrel has never cared about security reviews, he thinks they slow down sales
B sanction | the person who signed off checkout changes without review should lose prod access
B human-error | draft RCA: human error during the checkout page deployment.
O system-failure | The checkout page loaded a script that posted card fields to neweggstats.com, and nothing compared the served page with the built one.
O system-should | The payment page should have had a content security policy allowing form posts only to our own payment endpoint.
O actor-neutral | Ulvhild got the outside researchers' report on 18 September and had the injected lines out of the checkout template that evening.
O credit | props to @wenlan for pulling the CDN logs that dated the first injected version to 14 August
O neutral-fact | The lookalike domain was registered the day before the skimmer went live and had its own TLS certificate.
O policy-subject | The change process Achille owns treated checkout templates like marketing pages, with a single approver.
O agentless-passive | Customers who checked out during the window were emailed and told to contact their card issuer.
O meta-blameless | Review note: "careless devs" is out — the question is why a checkout file could change with no alert.
""",
actions="""
Y Y N PREVENTS | Web platform | 2018-10-31 | Ship a content security policy on checkout that allows scripts and form posts only to our own domains, with violation reports sent to security.
N N N PARTIAL | we | | Lock down the website.
Y Y Y DETECTS | Wenlan Thorsby | 2018-10-15 | Hash the served checkout page every 10 minutes from outside and page on-call when it differs from the hash of the last release.
N Y Y PARTIAL | Achille | | Tighten up who can edit checkout.
Y Y N PARTIAL | Payments | | Move card entry into the payment processor's hosted iframe so card numbers never pass through our page scripts.
N N N DETECTS | | | Stay alert to Magecart.
N Y N PREVENTS | Marketing ops | 2018-11-30 | Rethink our third-party tags.
Y Y Y DETECTS | Ulvhild Sobieska | 2018-10-01 | Alert on any newly registered domain containing "newegg" and send the list to the fraud team every day.
N Y N DETECTS | everyone | | Check the checkout page now and then.
Y Y N PARTIAL | | 2018-12-31 | Require two approvers for every change to a page that handles payment data, enforced in the repository settings.
N Y Y PARTIAL | Quintrel | | Do security reviews properly.
""",
ww="""
C | The CDN logs kept every version of the checkout template, so the exposure window could be dated to the day.
C | The injected lines were out of production the same evening the report came in.
V | Proud of how the company rallied.
"""))

# 7. Click Frenzy, Australia, 20 November 2012: a 24-hour national online sale opened at 7 pm; the landing site failed
# at launch and was down about three hours; the organisers had planned for about a million visitors over the day
# (the estimate had grown from 200,000), nearly two million came at once; several retailers' own sites also slowed or
# failed; database credentials were reported exposed for some hours; the event was mocked as #clickfail.
S.append(dict(url="http://www.theage.com.au/digital-life/digital-life-news/click-frenzy-returns-after-harsh-lessons-learned-20130404-2h8yp.html",
people=["Brodie Hallinan-Koa", "Ilvane Ebbesen", "Yindi Tallarook", "Corvan Nuttall-Reyes"],
blame="""
B failure-verb | brodie sized the servers for a million a day and ignored the launch-minute spike completely
B passive-agent | The 7pm-sharp go-live was locked in by Ilvane, against the hosting company's advice.
B counterfactual | if ops had load-tested at the real peak instead of the daily average, we're not trending as #clickfail
B group-blame | the marketing crew hyped it to the moon and nobody in that room thought about capacity once
B sarcasm | "the sale that stops the nation" — well, they nailed that bit
B competence | a serious dev shop does not leave the db password in a public config file on launch night
B mistake-attribution | Mistakes were made by the hosting partner and they own this outage.
B rhetorical-question | why is Corvan still blaming "a tsunami of users" when the tsunami was the entire marketing plan?
O system-failure | The landing site could not serve the launch spike; requests timed out from about 7:01 pm.
O system-should | The landing page should have been static and served from a CDN, with the deals revealed without a database call.
O actor-neutral | Yindi put up a holding page with the deal list at about 8:30 and posted the link on the Facebook page.
O credit | Shout-out to Corvan for talking the retailers through the restart plan one by one while the site was down.
O neutral-fact | The traffic estimate had grown from 200,000 to about a million in the last week; close to two million arrived at once.
O policy-subject | The partner agreement Ilvane wrote had no load-test requirement for the retailers' own sites.
O agentless-passive | The site came back around 10 pm and stayed slow for hours after that.
O system-counterfactual | With a queue page in front of the site, shoppers would have waited in line instead of staring at errors.
""",
actions="""
Y Y N PREVENTS | Web team | 2013-03-31 | Serve the landing page as static files from a CDN and load-test it at 2 million visitors in the first 10 minutes before the next sale.
N N N PARTIAL | we | | Be ready for the crowds next time.
Y Y Y PREVENTS | Brodie Hallinan-Koa | 2013-02-28 | Put a waiting-room queue in front of the site that admits users at the rate the last load test sustained.
N Y Y PARTIAL | Ilvane | | Manage expectations better.
Y Y N DETECTS | Hosting partner | | Page the on-call engineer when p95 response time on the landing page passes 3 seconds for 2 minutes.
N N N DETECTS | | | Monitor the site harder during launches.
Y N N PARTIAL | Retail partnerships | 2013-04-15 | Require each participating retailer to pass a load test at 10 times its normal peak before its deals are listed.
N Y N PARTIAL | Marketing | | Tone down the hype.
Y Y Y PREVENTS | Yindi Tallarook | 2012-12-14 | Move the database credentials out of the public web root and rotate the database password.
Y Y N PARTIAL | | 2012-11-23 | Post a public apology and the timeline of the outage on the sale site and its social pages.
N Y N DETECTS | everyone | | Watch Twitter during the launch.
""",
ww="""
C | The holding page with the deal list let some shoppers buy from retailers directly while the main site was down.
V | Everyone went above and beyond on the night.
V | Partners were super understanding.
"""))

# 8. Alaska Airlines 261, 31 January 2000: an MD-83 lost pitch control off Point Mugu, California, and 88 people died;
# the horizontal stabilizer trim jackscrew's acme nut threads had worn away for lack of lubrication; the airline had
# stretched the lubrication interval and the end-play check interval with the regulator's approval; a 1997 end-play
# reading at the limit did not lead to replacement after a recheck.
S.append(dict(url="https://en.wikipedia.org/wiki/Alaska_Airlines_Flight_261",
people=["Garvath Oyelaran-Staub", "Ysmaire Castellanos-Frey", "Eskildor Ostlecott", "Pilar Oostenbrink"],
blame="""
B failure-verb | the Oakland night crew skipped the grease on that jackscrew more than once and signed the card anyway
B passive-agent | Replacement of the acme nut was overruled by the shift supervisor after a second end-play reading.
B counterfactual | If Eskildor had stuck with his first end-play reading, that nut comes off the aircraft in 1997.
B group-blame | maintenance planning cared about hours between checks, not about what the checks were for
B hindsight | anybody with a grease gun could see that interval stretch was going to bite eventually
B human-error | Probable cause (draft): maintenance error in lubricating the stabilizer trim jackscrew.
B competence | a better mechanic would have spotted the metal flakes in the old grease
B nobody-blame | Nobody at the FAA field office bothered to question the longer lube interval.
O system-failure | The end-play check measured wear, but the time between checks was longer than the time the nut needed to wear out.
O system-should | The trim system should have had a second load path, or some way to show the nut was failing before it stripped.
O actor-neutral | Pilar, the maintenance records analyst, pulled every lube card for the aircraft within a day of the accident.
O credit | Thanks to Garvath for the fleet-wide jackscrew inspections, done in under a week.
O neutral-fact | The lubrication interval had been extended in steps to about 2,550 flight hours.
O policy-subject | The interval extension process Ysmaire ran relied on fleet averages and had no test of wear on single aircraft.
O agentless-passive | Worn nuts were found on several other aircraft in the inspections after the crash.
O quoted-question | In the teardown review Ysmaire asked "what does the grease card actually prove was done?" and the answer was: a signature.
""",
actions="""
Y Y N PREVENTS | Maintenance planning | 2000-06-30 | Return the jackscrew lubrication interval to 500 flight hours for the MD-80 fleet and show it in the maintenance programme.
N N N PARTIAL | we | | Lubrication needs more focus.
Y Y Y DETECTS | Garvath Oyelaran-Staub | 2000-03-31 | Do an end-play check on every MD-80 jackscrew and replace any nut at or above 0.040 inch.
N Y Y PARTIAL | Eskildor | | Be firmer about end-play readings.
Y N N PARTIAL | Engineering | | Require a wear-rate study before any future extension of an inspection or lubrication interval on flight controls.
N N N DETECTS | | | Watch the tail trim closely.
N Y N PREVENTS | Quality assurance | 2000-09-30 | Review the maintenance culture at Oakland.
Y Y Y PARTIAL | Ysmaire Castellanos-Frey | 2000-05-15 | Add a step to the lube task card where the mechanic records the grease type and photographs the purged grease.
N Y N PARTIAL | everyone | | Follow the task cards.
Y Y N PARTIAL | | 2000-12-31 | Add a checklist item for crews: land as soon as practical after any stabilizer trim jam, with no further trim troubleshooting in flight.
N Y Y DETECTS | Pilar | | Look over the records more often.
""",
ww="""
C | The fleet-wide end-play checks found the other worn nuts within a week.
C | Records for the aircraft were pulled and preserved within a day, which helped the investigators.
V | Hangar staff were very professional.
"""))

# 9. Continental Express 2574, 11 September 1991: an Embraer EMB-120 broke up over Eagle Lake, Texas, and 14 people
# died; during overnight work to replace the left horizontal stabilizer de-ice boot, the upper leading-edge screws had
# been removed on one shift and the removal was not passed on at the shift change; the aircraft was released with the
# screws missing and the leading edge separated in flight.
S.append(dict(url="https://en.wikipedia.org/wiki/Continental_Express_Flight_2574",
people=["Ottilde Brakkesund", "Thorvane Munthe-Lowe", "Amarande Tollgrieve", "Cassivar Nakagawa-Hale"],
blame="""
B failure-verb | The evening shift inspector forgot to tell anyone he'd already pulled the top screws.
B passive-agent | The aircraft was released for the morning flight by Thorvane without a walkaround of the tail.
B counterfactual | if the incoming supervisor had climbed the stand and looked, he'd have seen 47 screws missing
B sarcasm | nice handover, guys — "boot's started" and off home
B group-blame | night shift at that hangar always half-finished jobs and left the mess for mornings
B human-error | Cause as written in the station report: mechanic error during de-ice boot replacement.
B timeline-blame | 21:30 - Amarande leaves the removed screws off the turnover sheet, goes home
B self-blame | i should've written it on the sheet, i told the guy verbally and figured that was enough
O system-failure | The turnover form had no field for partly removed fasteners, so the missing screws were on no record at all.
O system-should | The work card should have required an inspector's sign-off on the upper leading edge before the aircraft could be released.
O actor-neutral | Cassivar rebuilt the shift timeline from the time clock and the parts log on the morning after the crash.
O credit | good call by Ottilde to hold the other Brasilia that had its boots done the same week
O neutral-fact | The upper leading edge of the left horizontal stabilizer separated in flight with its screws missing.
O policy-subject | The station's turnover procedure, which Thorvane had trained everyone on, relied on a verbal report between supervisors.
O agentless-passive | The aircraft was flown on one earlier leg that morning before the accident flight.
O meta-blameless | Sticky: not "Amarande forgot" — why could a tail leave the hangar with its work card still open?
""",
actions="""
Y Y N PREVENTS | Maintenance control | 1991-11-30 | Add a written turnover form listing every open task and every removed fastener, signed by both the outgoing and the incoming supervisor.
N N N PARTIAL | we | | Communicate better between shifts.
Y Y Y PREVENTS | Ottilde Brakkesund | 1991-10-31 | Put a red work-in-progress tag on any control surface with removed fasteners, which only an inspector may take off.
N Y Y PARTIAL | Amarande | | Make sure to hand over properly next time.
Y Y N DETECTS | Quality assurance | 1991-12-31 | Require an inspector to check every task card for open steps before an aircraft is released from heavy maintenance.
N N N DETECTS | | | Look at the tails before departure.
Y N N PARTIAL | Training | 1992-03-31 | Train every mechanic and supervisor at the station in the new turnover procedure and record attendance.
N Y N PREVENTS | Station management | | Fix the culture on night shift.
Y Y Y DETECTS | Cassivar Nakagawa-Hale | 1991-10-15 | Inspect all Brasilia horizontal stabilizers in the fleet for missing or loose leading-edge screws and report the result.
Y Y N PARTIAL | | | Add the stabilizer leading edges as a walkaround item on the pre-flight checklist.
N Y N DETECTS | everyone | | Speak up when something looks off.
""",
ww="""
C | The fleet check of the other Brasilia tails started the next morning and found no more missing screws.
V | The station pulled together after the accident.
V | People were really honest in the interviews.
"""))

# 10. Bretigny-sur-Orge, France, 12 July 2013: Intercites train 3657 Paris - Limoges, not stopping, at 137 km/h (limit
# 150) derailed on a double slip north of the station when a bolted fishplate that had lost its bolts swung into the
# flangeway; seven people died; about 5,000 similar switches were inspected across the network afterwards; the
# investigation found maintenance and organisational shortcomings.
S.append(dict(url="https://en.wikipedia.org/wiki/Br%C3%A9tigny-sur-Orge_train_crash",
people=["Clervie Courtaud", "Aurevin Niemczyk", "Ombeline Fourastie", "Sylvain Hakimi-Dorne"],
blame="""
B failure-verb | the track patrol on 4 July walked straight past the loose bolts on the slip
B passive-agent | The fishplate repair was put off by the sector maintenance team until the next possession.
B counterfactual | si Aurevin avait resserré les boulons pendant sa tournée, sept personnes seraient encore en vie
B group-blame | the Brétigny maintenance gang stopped caring about that junction years ago
B human-error | Root cause (draft): human error by the track inspector on the 4 July round.
B character | Ombeline is known for signing off rounds without ever kneeling down to look
B rhetorical-question | how many loose fishplates does a patrol have to miss before someone asks what they're actually looking at?
B sanction | the sector manager should answer for this personally, not hide behind "workload"
O system-failure | The bolted fishplate on the double slip lost its bolts and swung into the path of the wheels.
O system-should | The track recording train should have been able to flag loose joint bolts on switches, not only rail geometry.
O actor-neutral | Sylvain, the station agent, set all signals at Brétigny to danger at 17:12 and called the regional control centre.
O credit | Merci Clervie for getting the national switch inspection list out by Saturday night.
O neutral-fact | The train was running at 137 km/h, under the 150 km/h limit, when the rear carriages derailed.
O policy-subject | The inspection standard Aurevin worked to asked for a visual check of joints, with no torque check of the bolts.
O agentless-passive | About 5,000 similar switches were inspected across the network in the following weeks.
O system-counterfactual | With welded joints instead of bolted fishplates on that slip, there would have been no bolts to lose.
""",
actions="""
Y Y N PREVENTS | Infrastructure maintenance | 2013-09-30 | Replace the bolted fishplates on the Brétigny double slip with welded joints and file the weld inspection record.
N N N PARTIAL | we | | Maintain the track better.
Y Y Y DETECTS | Clervie Courtaud | 2013-08-15 | Torque-check every fishplate bolt on switches of lines above 120 km/h and log each value in the maintenance system.
N Y Y PARTIAL | Aurevin | | Be more thorough on the rounds.
Y N N DETECTS | Track inspection | | Add a torque check of joint bolts to every switch inspection round, with the wrench readings logged.
N N N DETECTS | | | Stay vigilant about fishplates.
N Y N PREVENTS | Regional direction | 2013-12-31 | Address the workload of the maintenance teams.
Y Y Y PARTIAL | Sylvain Hakimi-Dorne | 2013-10-31 | Write the procedure for the station agent to set all signals to danger after a derailment and drill it once with each shift.
N Y N PARTIAL | everyone | | Report anything odd on the track.
Y Y N PREVENTS | | 2014-06-30 | Fit locking nuts to all remaining bolted fishplates on switches in Île-de-France.
N Y Y DETECTS | Ombeline | | Look harder at the joints.
""",
ww="""
C | The train on the neighbouring line was stopped before it reached the wreckage.
C | The national switch inspection list was ready within two days of the crash.
V | Staff showed incredible dedication.
"""))

# 11. Balasore (Bahanaga Bazar), Odisha, India, 2 June 2023: the Coromandel Express at about 128 km/h (limit 130) had
# a green signal for the main line but the points lay for the up loop, where an iron-ore freight train stood; its
# derailed coaches struck the Yesvantpur - Howrah express on the down line; about 296 people died; the safety
# commission found lapses in a signalling circuit alteration linked to level-crossing work and an earlier wiring
# change; trains ran again after about 51 hours.
S.append(dict(url="https://en.wikipedia.org/wiki/2023_Odisha_train_collision",
people=["Anirudh Velankar-Soto", "Mrinalini Thakkarwal", "Sourish Bhattamishra", "Tanvika Rebello-Nair"],
blame="""
B failure-verb | The signal maintainer rewired the level crossing circuit and never tested the point detection afterwards.
B passive-agent | The wiring change at the north goomty was done by the S&T gang without an approved circuit diagram.
B counterfactual | if Sourish had checked the point indication before reconnecting, the Coromandel gets the main line and not the loop
B group-blame | S&T staff in that division have been cutting corners on circuit alterations for years
B human-error | Root cause (draft): human error by signalling staff during the LC gate work.
B sarcasm | "electronic interlocking makes human error impossible", said every brochure ever
B hindsight | the 2018 miswiring sat there for five years, anyone could have seen this coming
B rhetorical-question | how did the station master not notice the route indication was wrong before the green was given?
O system-failure | The interlocking showed the main line set while the crossover points actually lay for the up loop.
O system-should | The point detection circuit should have held the signal at danger when the points and the set route disagreed.
O actor-neutral | Tanvika, the section controller, stopped all movements through Bahanaga Bazar at 19:02 and called for the relief trains.
O credit | huge thanks to Mrinalini's team for getting the down line restored and the first train through in about 51 hours.
O neutral-fact | The Coromandel Express was running at about 128 km/h, within the 130 km/h limit for the section.
O policy-subject | The circuit alteration procedure Anirudh followed did not require a completion test signed by a second person.
O agentless-passive | The up loop had been occupied by an iron-ore freight train that was waiting for the two expresses to pass.
O self-report | I reconnected the barrier circuit from the diagram I had; that diagram did not show the 2018 change.
""",
actions="""
Y Y N PREVENTS | Signal and telecom | 2023-09-30 | Re-test point detection and route indication at every station where a level crossing circuit was altered since 2018, with signed test sheets.
N N N PARTIAL | we | | Make signalling work safer.
Y Y Y PREVENTS | Anirudh Velankar-Soto | 2023-08-31 | Require a disconnection and reconnection test by a second qualified person before any altered signalling circuit goes back into use.
N Y Y PARTIAL | Sourish | | Be careful with circuit changes.
Y Y N PREVENTS | Drawings office | | Update the Bahanaga Bazar circuit diagrams to show the 2018 change and issue them to every maintainer on the section.
N N N DETECTS | | | Monitor the interlocking.
Y N N PARTIAL | Kavach project | 2025-03-31 | Fit the Kavach train protection system on the Kharagpur - Bhadrak section.
N Y N PREVENTS | Divisional office | | Review staffing in S&T.
Y Y Y DETECTS | Tanvika Rebello-Nair | 2023-07-15 | Add a data-logger alarm when a point's detected position disagrees with the set route for more than 2 seconds.
Y Y N PARTIAL | | 2023-06-30 | Publish the list of stations re-tested and the faults found at each.
N Y N DETECTS | everyone | | Stay alert on signalling.
""",
ww="""
C | The down line was restored and trains were running again about 51 hours after the crash.
V | Local people showed amazing courage.
V | All departments worked like one family.
"""))

# 12. Seongsu Bridge, Seoul, 21 October 1994, 7:38 am: a 48 m suspended span of the truss fell into the Han River;
# 32 people died, many of them students on a bus; faulty welds (only partly fused), rusted pins and hinges, weak
# inspection and overweight trucks; radiography later found 110 of 111 joints defective; rebuilt and reopened 1997.
S.append(dict(url="https://en.wikipedia.org/wiki/Seongsu_Bridge_disaster",
people=["Haeun Brightling", "Taegyun Mbariwe", "Soomin Varetto", "Seungrak Kittredge-Lim"],
blame="""
B failure-verb | The welders at the fabrication yard skipped the full-penetration welds and ground the joints to look finished.
B passive-agent | Repairs to the hinge pins were postponed by the city's bridge office three budget cycles running.
B counterfactual | If Taegyun had sent the cracked-pin photos up the chain in 1993, the span is closed before it falls.
B group-blame | the contractor's people only ever cared about finishing early for the bonus
B competence | a proper inspector would've seen the rust on those hinges from the walkway with a torch
B character | Soomin has always treated inspections as paperwork, and everyone at the office knew it
B nobody-blame | nobody in the transport department lifted a finger about the overweight gravel trucks
B human-error | Finding 1 (draft): inspection personnel error allowed the fatigue cracks to grow.
O system-failure | The pin connection of the suspended span failed after fatigue cracks grew from welds that were only partly fused.
O system-should | The bridge should have had a load limit enforced by weigh stations at both ends.
O actor-neutral | Haeun, on the morning traffic shift, closed both approaches at 7:45 and radioed the river police.
O credit | credit to Seungrak for pushing the radiographic tests that showed 110 of the 111 joints were defective
O neutral-fact | The bus crossing the span that morning was carrying students to school; 32 people died.
O policy-subject | The inspection manual Soomin used had no rule for checking the hidden truss pins and hinges.
O agentless-passive | The bridge was rebuilt to a new design and reopened in 1997.
O system-counterfactual | With an inspection walkway under the truss, the cracked pins would have been visible years earlier.
""",
actions="""
Y Y N PREVENTS | Bridge maintenance office | 1995-06-30 | Radiographically test every welded truss joint on the Han River bridges and repair any joint without full penetration.
N N N PARTIAL | we | | Build things properly.
Y Y Y DETECTS | Seungrak Kittredge-Lim | 1995-03-31 | Fit strain gauges to the pins of every suspended span and report readings above the design limit to the duty engineer within an hour.
N Y Y PARTIAL | Soomin | | Take inspections more seriously.
Y N N PREVENTS | Traffic enforcement | | Weigh every truck at the bridge approaches and turn back any over 32 tonnes.
N N N DETECTS | | | Keep checking the bridges.
N Y N PREVENTS | Construction contractors | 1995-12-31 | Improve welding quality.
Y Y Y PARTIAL | Haeun Brightling | 1994-12-31 | Write a procedure for closing a river bridge within 10 minutes of a reported crack or sag, with radio codes for the police and fire units.
N Y N DETECTS | everyone | | Report cracks if you see them.
Y Y N PREVENTS | | 1996-06-30 | Add an inspection walkway under each truss span so the pins and hinges can be reached by hand.
N Y Y PARTIAL | Taegyun | | Speak up about defects.
""",
ww="""
C | Both approaches were closed within minutes, so no more cars drove onto the gap.
C | The radiographic tests gave the investigators hard numbers on the welds within weeks.
V | The city responded heroically.
"""))

# 13. Charleston Sofa Super Store fire, South Carolina, 18 June 2007: a fire that began at the loading dock spread into
# a large showroom with no sprinklers; nine firefighters died inside; an employee trapped at the back was reached by
# firefighters breaching a wall; the review found weak incident command, no accountability system, poor radio
# discipline and outdated tactics and equipment.
S.append(dict(url="https://en.wikipedia.org/wiki/Charleston_Sofa_Super_Store_fire",
people=["Beaumont Kittering", "Quessa Fitzhugh-Okoro", "Delmar Vossbrink", "Abiola Strand-Mercer"],
blame="""
B failure-verb | The first-in captain never set up command, he just went inside with a booster line.
B passive-agent | The order to push deeper into the showroom was given by the battalion chief with nobody reading the smoke.
B counterfactual | if Delmar had called for ventilation before sending crews in, the flashover doesn't catch nine men inside
B group-blame | the department's old guard thought accountability boards were for big-city crews
B sarcasm | "aggressive interior attack", yeah, that worked out great
B hindsight | everybody could see the black smoke rolling out of the eaves, you didn't need a training course for that
B sanction | the chief should have been gone the week after, not months later
B mistake-attribution | Mistakes were made by the command staff on the fireground that night.
O system-failure | The showroom had no sprinklers, so the fire grew unchecked in a large open space full of furniture.
O system-should | Fireground radio traffic should have gone on a dedicated tactical channel so Mayday calls were not buried under routine messages.
O actor-neutral | Abiola, on the second engine, cut through the wall to reach the trapped employee in the back workshop.
O credit | Quessa kept the dispatch log going minute by minute, which is the only reason we have a timeline.
O neutral-fact | Nine firefighters died inside the showroom after the fire spread in from the loading dock.
O policy-subject | The department's standard procedures, which Beaumont had last updated in 2003, had no personnel accountability system.
O agentless-passive | The showroom roof came down shortly after the flashover.
O quoted-question | At the review Delmar asked "who knew how many of ours were inside at 7:30?" — nobody on the fireground could answer.
""",
actions="""
Y Y N PREVENTS | Training division | 2007-12-31 | Adopt a written incident command procedure requiring the first-arriving officer to announce command and the mode of attack on the radio.
N N N PARTIAL | we | | Be smarter on the fireground.
Y Y Y DETECTS | Quessa Fitzhugh-Okoro | 2007-10-31 | Put a tag-in accountability board on every engine and check at each working fire, every 10 minutes, that the count matches the crews inside.
N Y Y PARTIAL | Delmar | | Think before sending crews in.
Y N N PREVENTS | Fire marshal | | Require sprinklers in every retail building in the city over 15,000 square feet, new or existing.
N N N DETECTS | | | Watch the smoke.
Y Y N PARTIAL | Communications | 2008-03-31 | Assign a separate tactical radio channel to each working fire and train dispatchers to move units onto it.
N Y N PREVENTS | Command staff | | Modernise the department.
Y Y Y PARTIAL | Abiola Strand-Mercer | 2007-09-30 | Replace booster-line first attacks with 1¾-inch handlines on all engine companies and confirm it on each rig.
Y Y N DETECTS | | 2008-06-30 | Buy a thermal imaging camera for every engine and truck company.
N Y N DETECTS | everyone | | Stay safe out there.
""",
ww="""
C | The employee trapped in the back workshop was reached by cutting through the wall and survived.
V | Mutual aid companies were fantastic.
V | Brotherhood at its best.
"""))

# 14. Manchester Arena, 22 May 2017: after the bombing at 22:31 the fire and rescue service reached the scene only about
# two hours and six minutes later; the police declaration of a possible marauding attack was not shared with fire
# control; fire crews were sent to a rendezvous point about three miles away; the independent review found no single
# person to blame but poor communication and poor procedures, and made 50 recommendations.
S.append(dict(url="https://www.itv.com/news/2018-03-27/kerslake-report-manchester-arena-terror-attack-greater-manchester-fire-and-rescue-service-gmfrs",
people=["Aldmere Dandridge", "Tegwedd Sallis-Abara", "Ivo Pennycuick", "Shiloh Thistlemoor"],
blame="""
B failure-verb | The fire duty officer sat on the "wait at the RVP" decision and never rang the police to check.
B passive-agent | The crews were held back at the rendezvous point by the officer in charge for nearly two hours.
B counterfactual | if Ivo had just sent the two pumps from the city centre station, we're on scene in minutes not hours
B group-blame | fire control and the senior officers froze, nobody upstairs would make a call
B competence | a more experienced liaison officer would have driven to the scene and found out for himself
B rhetorical-question | why did nobody in fire control pick up the phone to the police loggist for two hours?
B human-error | Summary line (draft): command error by the fire service duty officer on the night.
B self-blame | I was the one who kept saying wait for the police. I'll carry that for a long time.
O system-failure | The police declaration of a possible marauding attack was not passed to fire control, so the fire service planned around a threat it could not see.
O system-should | The joint protocol should have put a fire officer in the police control room as soon as a major incident was declared.
O actor-neutral | Tegwedd, on watch at the city centre station, logged the blast at 22:31 and asked control whether to mobilise.
O credit | Shiloh kept ringing ambulance control and got the first real picture of the foyer.
O neutral-fact | The first fire engines reached the arena about two hours and six minutes after the explosion.
O policy-subject | The rendezvous-point procedure Aldmere wrote assumed a shared radio talk group that did not exist that night.
O agentless-passive | The independent review made 50 recommendations, several of them about how control rooms share information.
O meta-blameless | Review note: the report says no one person caused the delay; drop "Ivo froze" and describe what information reached fire control, and when.
""",
actions="""
Y Y N PREVENTS | Fire control | 2018-06-30 | Add a step to the major incident procedure: fire control calls police control within 10 minutes of any declared major incident and logs the answer.
N N N PARTIAL | we | | Work more closely with the other services.
Y Y Y PREVENTS | Aldmere Dandridge | 2018-09-30 | Rewrite the rendezvous-point procedure so the first officer sends a liaison to the scene within 15 minutes, and exercise it with police and ambulance.
N Y Y PARTIAL | Ivo | | Be more decisive next time.
Y N N PARTIAL | Training | | Run a joint marauding-attack exercise with police and ambulance every year, with fire crews deployed into the warm zone.
N N N DETECTS | | | Improve situational awareness.
N Y N PREVENTS | Senior leadership | 2018-12-31 | Restore trust with the crews.
Y Y Y DETECTS | Shiloh Thistlemoor | 2018-05-31 | Give fire control a direct line to the police force duty officer and test it every week.
N Y N DETECTS | everyone | | Keep talking to each other.
Y Y N PARTIAL | | 2018-07-31 | Issue every fire officer who can act as a liaison officer a radio on the shared inter-agency talk group.
N Y Y DETECTS | Tegwedd | | Chase control for updates.
""",
ww="""
C | Crews at the city centre station logged the blast within a minute and asked to mobilise.
C | The ambulance control room gave the fire service its first clear picture of the foyer by phone.
V | Everyone's hearts were in the right place.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

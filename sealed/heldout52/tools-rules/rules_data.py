# heldout52 rules data (see ../rules/SOURCES-heldout52.md). All people invented; no real private person is named.
# 14 incidents: 7 software / IT (Costco.com Thanksgiving outage 2019, Western Digital My Cloud outage 2023, CCleaner
# 5.33 build compromise 2017, Final Fantasy XIV: A Realm Reborn launch 2013, ING Romania data-centre fire-suppression
# test 2016, Wyze camera thumbnail mix-up 2024, UK "Register to vote" crash 2016) and 7 outside software (Queen of the
# North ferry sinking 2006, Moscow blackout 2005, Emily Jerry pharmacy compounding error 2006, Crandall Canyon mine
# collapse 2007, Hillsborough stadium crush 1989, Toddbrook reservoir spillway 2019, Woodmore school bus crash 2016).
# Written as training text: responders' chat lines, ticket comments, review notes, board-summary prose and timeline
# rows; some rows in Spanish, Swedish, German, Japanese (romanised and in kana/kanji), French and Polish.
S = []

# 1. Costco.com, Thanksgiving 28 November 2019 (e-commerce checkout, US): the website failed on and off for more than 16
# hours on Thanksgiving Day; estimated lost online sales about 11 million dollars; afterwards a virtual queue was put in
# front of search and login. Internal times (11:05 page etc.) are invented.
S.append(dict(url="https://img1-cdn.newser.com/story/283702/costco-pays-dearly-for-shopping-snafu.html",
people=["Branvick Feldspire", "Ilvanette Quarrenfeld", "Marlowen Trebizarde", "Eskeline Parvenhoff"],
blame="""
B failure-verb | Branvick pushed the new product-page build on Wednesday night and never ran the holiday load profile against it
B passive-agent | The decision to send the Thanksgiving deals e-mail to the whole member list at once was made by the VP of e-commerce, over the objections of the web team.
B sarcasm | sixteen hours of "Oops, something went wrong" on the biggest online day of the year. eleven million well spent
B group-blame | El equipo de plataforma web pasó todo noviembre pensando en la app nueva y se olvidó de que el checkout tenía que aguantar Acción de Gracias.
B counterfactual | if Ilvanette had turned on the waiting room at the first 500s instead of waiting for approval, we'd have lost an hour, not the day
B competence | honestly whoever sized the checkout pool for this year has clearly never lived through a Black Friday
B role-blame | the hosting contractor's on-call guy sat on our P1 for 40 minutes because "it's a holiday", that one is on him
B human-error | RCA v0.1: root cause - operator error during the pre-holiday config change.
O system-failure | The checkout service ran out of database connections under the Thanksgiving peak and returned errors to most members trying to pay.
O system-should | The site should have switched to the queue page automatically once checkout latency passed its limit, without anyone having to approve it.
O actor-neutral | Ilvanette paged the web platform bridge at 11:05 after the add-to-cart error rate jumped above 30%.
O neutral-fact | Press estimates put the lost online sales at about 11 million dollars, with the site failing on and off for more than 16 hours.
O agentless-passive | Una cola de espera virtual se activó para las búsquedas y el inicio de sesión después de la caída.
O policy-subject | The change-freeze policy Branvick followed only started on Thanksgiving itself, so the Wednesday release was still inside the normal window.
O credit | gracias a Eskeline por conseguir que el proveedor de hosting añadiera capacidad en pleno festivo, eso nos estabilizó por la tarde
O error-term | Most of the errors in the logs were timeouts between the cart service and the inventory lookup, not crashes of the web tier.
""",
actions="""
Y Y N PREVENTS | Web platform engineering | 2020-09-30 | Load-test cart and checkout at three times the 2019 Thanksgiving peak with the real holiday catalogue before the holiday code freeze starts.
N N N PARTIAL | we | | Be better prepared for the holiday rush next year.
Y Y Y DETECTS | Ilvanette Quarrenfeld | 2020-01-31 | Page the web on-call when checkout errors stay above 5% for two minutes, with the dashboard link in the page.
N Y Y PARTIAL | Branvick | | Take another look at the release schedule around holidays.
Y Y N PREVENTS | | 2020-10-31 | Switch the virtual waiting room on automatically when checkout p95 latency exceeds 4 seconds for three minutes, with no approval step.
N N N DETECTS | | | Watch the site more closely on big sale days.
Y Y Y PARTIAL | Marlowen Trebizarde | 2020-03-31 | Send holiday deal e-mails in four waves at least 30 minutes apart and record the send times in the campaign log.
N Y N PREVENTS | Hosting vendor | | Get the hosting side ready for peak season.
Y N N PREVENTS | Release management | 2020-08-31 | Start the holiday change freeze 10 days before Thanksgiving and block deploys to checkout in the pipeline while it lasts.
N Y Y PARTIAL | Eskeline Parvenhoff | 2020-02-28 | Improve communication with the hosting contractor.
Y Y N DETECTS | Site reliability | | Show a status banner on the home page within 10 minutes of any checkout outage, driven by the same alert that pages on-call.
""",
ww="""
C | The virtual queue kept search and login working for members once it was switched on.
C | Warehouse sales were unaffected because the store tills do not depend on the website checkout.
V | Really proud of how everyone rallied on a holiday.
"""))

# 2. Western Digital My Cloud, March-April 2023 (consumer cloud storage): a network security incident was identified on
# 26 March 2023; an unauthorised party had access to several systems and obtained some data; from about 1-2 April My
# Cloud, My Cloud Home, Home Duo, OS5, SanDisk ibi and Ixpand charger services were offline (cloud, proxy, web,
# authentication, e-mail and push notifications down); "login service unavailable"; local-network access still possible.
S.append(dict(url="https://www.helpnetsecurity.com/2023/04/03/western-digital-network-security-incident-service-outage/",
people=["Vintrelle Oaksmorrow", "Haakonel Brisgavia", "Ottavelle Greywaterby", "Ruspert Calloncastle"],
blame="""
B failure-verb | Haakonel knew the cloud login shared the same identity stack as corporate IT and never pushed to split it, so one intrusion took both down
B sarcasm | "we apologize for any inconvenience." ten days without remote access to my own files in my own living room. very convenient indeed
B group-blame | WD:s ledning brydde sig inte om My Cloud-kunderna förrän folk började skrika på Twitter.
B passive-agent | The call to take every consumer cloud service offline without a status update for a whole day was made by the CISO's office alone.
B counterfactual | if Ruspert's team had kept local-network login working as a fallback, half the complaints never happen
B rhetorical-question | why did it take from March 26 to April 2 before anyone told customers anything, Vintrelle?
B nobody-blame | not one person in product security asked what happens to My Cloud Home if the auth servers have to be pulled
B self-blame | Jag borde ha krävt att inloggningen fungerar lokalt redan när vi lanserade My Cloud Home, det var mitt ansvar.
O system-failure | The device login depended on the cloud authentication service, so when it was taken offline owners could not reach their own drives remotely.
O system-should | The My Cloud apps should have fallen back to local-network access when the cloud authentication service was unreachable.
O actor-neutral | Ottavelle posted the first status-page notice on 2 April listing My Cloud, My Cloud Home, Duo, OS5 and the SanDisk products as affected.
O neutral-fact | The intrusion was identified on 26 March 2023, and the company said the attacker had obtained some data from its systems.
O agentless-passive | Cloud, proxy, web, authentication, e-mail and push notification services were all shown as down on the status page.
O policy-subject | Incidentrutinen som Vintrelle följde sa ingenting om när konsumentkunder ska informeras om en planerad nedstängning.
O credit | credit to Ruspert for the forum post explaining how to reach the drive over the home network, it answered hundreds of tickets
O meta-blameless | review comment: "security panicked and pulled the plug" is not a finding; write down that there was no agreed plan for running consumer services during an intrusion
""",
actions="""
Y Y N PREVENTS | Device software | 2023-09-30 | Ship a firmware update that lets My Cloud Home owners sign in on the local network when the cloud login is unreachable, and test it with the service blocked.
N N N PARTIAL | we | | Earn back the trust of My Cloud owners.
Y Y Y DETECTS | Vintrelle Oaksmorrow | 2023-06-30 | Post a status-page update at least every six hours while any consumer cloud service is down, stating the time of the next update.
N Y Y PREVENTS | Haakonel | | Harden the identity platform.
N N N DETECTS | | | Stay on top of security threats.
Y N N PREVENTS | Infrastructure security | 2023-12-31 | Move consumer cloud authentication onto infrastructure with no trust relationship to the corporate network, and confirm it with a penetration test.
N Y N PARTIAL | Customer support | 2023-05-31 | Handle outage complaints better.
Y Y Y PARTIAL | Ottavelle Greywaterby | 2023-05-15 | Write a runbook listing which consumer services may be switched off during an intrusion and who approves each one.
N Y Y DETECTS | Ruspert Calloncastle | | Keep an eye on login errors.
Y Y N DETECTS | | | Alert the security on-call when any administrator account signs in from a network it has not used in the last 90 days.
N N N PARTIAL | everyone | | Remember that customers keep their family photos with us.
""",
ww="""
C | Owners could still copy files over their home network while the cloud services were offline.
V | Fantastisk insats av alla under en tuff vecka.
V | Support staff kept their heads under a flood of angry tickets.
"""))

# 3. CCleaner 5.33, August-September 2017 (build / release pipeline compromise, Piriform owned by Avast): the 32-bit
# CCleaner 5.33.6162 and CCleaner Cloud 1.07.3191 were modified before release and served, validly signed, from the
# official download servers from 15 August to 11 September; 5.34 released 12 September; outside researchers flagged
# it on 13 September; about 2.27 million machines ran it; attackers' server taken down; Cloud users auto-updated.
# The remote-desktop entry route in the sentences is written as the team's working theory at the time (invented).
S.append(dict(url="https://techtimes.com/articles/213583/20170918/ccleaner-users-update-right-now-hackers-injected-malware-into-the-app-infecting-2-3-million.htm",
people=["Dobromil Hvezdoslavek", "Annegret Wolkenstedt", "Paavali Ketterhorn", "Cosmelda Faraguelli"],
blame="""
B failure-verb | Paavali left remote desktop open on the build machine with a reused password and never checked who logged in
B passive-agent | Das Installationspaket 5.33 wurde von Annegrets Release-Team signiert, ohne dass jemand den Build mit dem Quellstand verglichen hat.
B group-blame | The acquisition team at the parent company bought Piriform and never once looked at how its build servers were run.
B sarcasm | nothing says "trusted cleanup tool" like shipping a backdoor with a valid signature to 2.27 million machines
B counterfactual | Hätte Dobromil das Release vor dem Signieren auf einer sauberen Maschine neu gebaut, hätten wir den Unterschied in zehn Minuten gesehen.
B competence | Ein halbwegs fähiger Build-Engineer hätte nie einen Rechner mit Internetzugang für die Release-Builds benutzt.
B mistake-attribution | Mistakes were made by release engineering in how the August build was verified.
B human-error | Root cause (first internal summary): human error on the build server.
O system-failure | The build pipeline had no step comparing the compiled installer against a reproducible build, so the inserted code went out signed.
O system-should | The signing service should have refused any binary that was not produced by the locked-down build job.
O actor-neutral | Cosmelda received the outside researchers' report on 13 September and opened the incident that afternoon.
O neutral-fact | Versions 5.33 and Cloud 1.07 were served from the official download site between 15 August and 11 September.
O agentless-passive | Version 5.34 was released on 12 September without the malicious code, and the attackers' server was taken down.
O policy-subject | Die Release-Checkliste, die Paavali benutzt hat, verlangte nur eine gültige Signatur, keinen Abgleich mit dem Quellcode.
O credit | props to Cosmelda for getting the cloud edition auto-updated within days, that closed it for most cloud users
O system-counterfactual | With the build machine isolated from the office network, a stolen remote-desktop login would not have reached it.
""",
actions="""
Y Y N PREVENTS | Release engineering | 2017-12-31 | Build every release on an isolated, freshly provisioned builder and refuse to sign unless two independent builds produce identical hashes.
N N N PARTIAL | we | | Treat the release pipeline as a security boundary.
Y Y Y DETECTS | Cosmelda Faraguelli | 2017-11-30 | Scan every signed installer with three antivirus engines and a behaviour sandbox before publication, and block publication on any finding.
N Y Y PREVENTS | Paavali | | Lock down the build servers.
Y Y Y PREVENTS | Dobromil Hvezdoslavek | 2017-10-31 | Remove remote desktop access from all build machines and require a hardware-key VPN for any admin login, checked by a weekly port scan.
N N N DETECTS | | | Be more vigilant about what we ship.
Y N N PARTIAL | Security office | 2018-03-31 | Review the build and signing setup of every acquired product within 90 days of closing and file the findings with the board.
N Y N PARTIAL | Product management | | Communicate clearly with users about the incident.
Y Y N DETECTS | | 2017-10-15 | Alert security when a signed binary's hash is not in the build system's list of produced artefacts.
N Y Y PREVENTS | Annegret Wolkenstedt | 2017-11-15 | Keine Änderungen mehr am Build-Server ohne vorherige Abstimmung.
Y Y N PARTIAL | | | Publish the list of affected versions and the clean version number on the download page and in the updater.
""",
ww="""
C | The cloud edition was updated automatically, so its users did not have to do anything.
C | The attackers' second-stage server was taken down within days of the report.
V | Super Zusammenarbeit mit allen Beteiligten.
"""))

# 4. Final Fantasy XIV: A Realm Reborn launch, August 2013 (MMO game launch, Square Enix): early access from 24 August,
# launch 27 August; player numbers far above the beta phase 4; error 1017 (world full) and long login waits;
# character creation halted on busy worlds; digital download sales halted on 27/28 August while capacity was expanded
# in emergency maintenance; seven days of free play time granted.
S.append(dict(url="https://latinospost.com/articles/26413/20130828/final-fantasy-14-realm-reborn-news-sales-halted-due-overcrowded.htm",
people=["Sakuhei Wendelmoor", "Yoriko Fanshawe-Ota", "Lorquinn Ibbotsley", "Shizune Pellegrave"],
blame="""
B failure-verb | Sakuhei sized the North American data centre off the beta numbers and didn't bother adding headroom for launch day
B sarcasm | error 1017 for three days straight. at least the login queue is a faithful recreation of the 1.0 experience
B group-blame | Infura-chiimu wa beta no toki kara konzatsu no keikoku o zenbu mushi shiteita.
B passive-agent | Character creation was locked on the busiest worlds by the ops lead without any notice on the Lodestone, people found out from the error box.
B counterfactual | if Yoriko had pushed for more worlds in July instead of fatter ones, we wouldn't have had to stop selling the game
B rhetorical-question | dare ga dejitaru hanbai o tsuzukete ii to kimeta no? saabaa ga motanai no wa wakatte ita desho
B sanction | whoever signed off the capacity plan should be taken off the next expansion launch
B competence | anyone who'd actually run an MMO launch before would have known the early-access weekend is the real peak
O system-failure | The login servers rejected new sessions with error 1017 once each world reached its cap, and the client retried in a tight loop.
O system-should | The login queue should have shown players their position instead of dropping them back to the title screen.
O actor-neutral | Lorquinn posted the notice halting digital download sales on the evening of 27 August.
O neutral-fact | ローンチ時のプレイヤー数はベータ第4フェーズの数を大きく上回った。
O agentless-passive | Seven days of free play time were granted to all registered players as compensation.
O policy-subject | The launch capacity plan Shizune worked from assumed players would spread evenly across worlds.
O credit | Shizune-san no chiimu ga mentenansu de saabaa youryou o fuyashite kureta okage de shuumatsu wa antei shita
O quoted-question | The first bug thread was titled "is 1017 just full servers or is my account broken?" and the support FAQ had no answer for a day.
""",
actions="""
Y Y N PREVENTS | Server infrastructure | 2013-10-31 | Provision launch capacity for twice the peak concurrent players of the final beta phase in each data centre, and verify it with a load test.
N N N PARTIAL | we | | Make the next launch smoother.
Y Y Y DETECTS | Yoriko Fanshawe-Ota | 2013-09-30 | Alert the ops lead when any world stays above 95% of its player cap for 15 minutes.
N Y Y PARTIAL | Sakuhei | | Rethink world capacity.
N N N DETECTS | | | Pay more heed to what beta testers report.
Y Y N PARTIAL | Client team | 2013-11-30 | Replace the error 1017 return-to-title with a login queue that shows the player's position and estimated wait.
N Y N PREVENTS | Online operations | | Strengthen the login servers.
Y Y Y PARTIAL | Lorquinn Ibbotsley | 2013-09-15 | Post every world lock or unlock on the official news page within 30 minutes of the change.
N Y Y PARTIAL | Shizune Pellegrave | 2013-10-15 | Look into the character creation issues.
Y N N PREVENTS | | 2014-01-31 | Require a launch-readiness sign-off with a load test at the forecast peak plus 50% before digital pre-sales open.
N N N PARTIAL | everyone | | Do right by the players who waited for this relaunch.
""",
ww="""
C | Digital sales were paused before the worlds got worse, so new buyers were not left holding a game they could not log into.
V | Minna hontou ni ganbatta.
V | The passion of the development team shone through.
"""))

# 5. ING Bank Romania, Saturday 10 September 2016 (bank core systems / data centre): a planned test of the Inergen gas
# fire-suppression system in the Bucharest primary data centre released gas at higher pressure than expected; noise
# above 130 dB; vibration damaged dozens of hard drives; card transactions, ATM withdrawals, internet banking, e-mail,
# SMS and the website down from about 13:00 to 23:00; recovery on the backup data centre took longer than in tests; an
# extra copy of the data was made before restart; fees for other banks' ATMs refunded.
S.append(dict(url="https://www.computerweekly.com/news/450304153/ING-Bank-fire-suppression-system-test-knocks-datacentre-offline",
people=["Corvinel Bratescuvan", "Ilinca Dumbraveanu-Hart", "Tiberiu Gorovaltz", "Smaranda Ochelaru"],
blame="""
B failure-verb | Tiberiu scheduled the Inergen test on a Saturday afternoon with the primary data centre live and never asked for a switchover first
B passive-agent | Le test a été validé par le responsable des installations sans que personne de l'informatique ne soit consulté.
B role-blame | the fire-suppression contractor set the cylinder pressure way too high and just shrugged when the alarms went off
B group-blame | Facilities always treat the data centre like an office floor with louder air conditioning.
B counterfactual | si Smaranda avait exigé le basculement vers le site de secours avant le test, les clients n'auraient rien vu
B sarcasm | great drill, truly. the fire system worked perfectly and the only casualty was the bank
B rhetorical-question | who thought it was fine to test gas discharge next to the storage arrays without a single noise measurement, Corvinel?
B hindsight | Anyone could have told them that a jet-engine blast next to spinning disks was going to end badly.
O system-failure | The gas discharge produced noise above 130 dB, and the vibration knocked the read/write heads of dozens of hard drives off their tracks.
O system-should | The storage arrays should have failed over to the backup site within the recovery time shown in the regular tests.
O actor-neutral | Ilinca activated the disaster recovery plan shortly after 13:00 and started the switch to the backup data centre.
O neutral-fact | Card payments, ATM withdrawals, internet banking and the website were unavailable from about 13:00 to 23:00.
O agentless-passive | Une copie supplémentaire des données a été faite avant la reprise des opérations sur le site de secours.
O policy-subject | The test procedure Tiberiu followed came from the suppression-system supplier and did not mention hard-disk storage at all.
O credit | merci à l'équipe stockage qui a tenu toute la soirée pour vérifier l'intégrité des données avant la reprise
O org-subject | The bank said it would refund the fees customers paid for withdrawing cash at other banks' ATMs during the outage.
""",
actions="""
Y Y N PREVENTS | Facilities management | 2016-12-31 | Fit acoustic nozzles to every gas-suppression outlet in the data centres and confirm the discharge stays below 110 dB in a test with storage powered down.
N N N PARTIAL | we | | Test more carefully in the data centre.
Y Y Y PREVENTS | Tiberiu Gorovaltz | 2016-11-30 | Require a completed switchover to the backup site before any fire-suppression test in the primary data centre, signed off by the IT duty manager.
N Y Y DETECTS | Corvinel | | Supervise outside suppliers on site.
Y Y Y PARTIAL | Ilinca Dumbraveanu-Hart | 2017-02-28 | Run a full failover of card, ATM and internet banking to the backup site every quarter and record the time to restore each service.
N N N DETECTS | | | Monitor the data centre better.
Y N N DETECTS | Customer communications | 2016-10-31 | Send an SMS to all active card holders within 30 minutes of any card outage longer than 15 minutes, from a system hosted outside the bank's data centres.
N Y N PREVENTS | IT infrastructure | | Harden the disk arrays.
Y Y N PARTIAL | | 2016-09-30 | Refund every fee charged for other banks' ATM withdrawals on 10 September and report the number of refunds to the board.
N Y Y PARTIAL | Smaranda Ochelaru | 2016-12-15 | Revoir les procédures de test avec les fournisseurs.
Y Y N DETECTS | Storage operations | | Alert the storage on-call when more than two disks in one array report head errors within ten minutes.
""",
ww="""
C | The backup data centre carried all customer services by 23:00 the same day.
C | An extra copy of all data was taken before restart, so no transactions were lost.
V | Une équipe formidable, vraiment.
"""))

# 6. Wyze, Friday 16 February 2024 (smart-home cameras): an AWS-related outage took Wyze devices offline for several
# hours early on Friday; while devices came back online all at once, a recently added third-party caching client library
# mixed up device and user IDs; about 13,000 users saw wrong event thumbnails, about 1,500 tapped them; the Events tab
# was disabled; a new verification layer was added; a similar caching incident in September 2023 affected 10 users.
S.append(dict(url="https://cybernews.com/news/wyze-camera-breach-glitch-spying/",
people=["Delphrine Marchwickle", "Oskarion Tullivant", "Pruneline Yeoveney", "Hamelin Dorsgate"],
blame="""
B failure-verb | Oskarion merged the new caching client library in January and never load-tested it with every camera reconnecting at once
B sarcasm | great that the status email blamed AWS. I'm sure the stranger who saw my kid's bedroom thumbnail feels much better now
B passive-agent | The caching library was picked by the backend lead over the objection raised in the design review, we have it in writing.
B group-blame | Wyzes backendteam har inte lärt sig någonting sedan samma fel i september.
B repeat-offender | Same company, same caching bug, second time in five months. At this point it's a feature
B counterfactual | om Pruneline hade stängt av Events-fliken direkt vid första rapporten hade färre än hundra sett fel bilder
B character | Delphrine cares more about shipping twenty-dollar cameras than about anyone's privacy.
B nobody-blame | nobody on the backend team asked what the cache key was when the user-device mapping got rebuilt under load
O system-failure | Under the reconnection surge the caching client mixed up device and user IDs and attached some event thumbnails to the wrong accounts.
O system-should | The event service should have checked that a thumbnail's device belongs to the requesting account before returning it.
O actor-neutral | Hamelin disabled the Events tab for all users after the first reports of strangers' thumbnails came in on Friday.
O neutral-fact | About 13,000 accounts received wrong thumbnails and about 1,500 users tapped on one.
O agentless-passive | En ny verifieringsnivå infördes innan miniatyrer och händelsevideor visas.
O policy-subject | Releasechecklistan som Oskarion följde krävde lasttest bara för nya endpoints, inte för nya klientbibliotek.
O credit | shoutout to Pruneline for writing the customer e-mail with actual numbers in it, people appreciated that
O self-report | I approved the library without a load test at reconnection rates; our review template had no question about mass reconnects.
""",
actions="""
Y Y N PREVENTS | Backend platform | 2024-04-30 | Check device ownership against the account on every thumbnail and event-video request, and fail closed when the check cannot be made.
N N N PARTIAL | we | | Put customer privacy first in everything we build.
Y Y Y PREVENTS | Oskarion Tullivant | 2024-03-31 | Load-test the caching layer with all cameras reconnecting within five minutes and block the release if any response maps to the wrong account.
N Y Y DETECTS | Hamelin | | Monitor the Events tab.
N N N DETECTS | | | React faster to user reports on Reddit.
Y Y N DETECTS | Security engineering | 2024-05-31 | Alert when any account receives a thumbnail from a device not registered to it, and page the security on-call within five minutes.
N Y N PARTIAL | Customer support | | Improve the way we talk to customers after incidents.
Y Y Y PARTIAL | Pruneline Yeoveney | 2024-03-15 | Add a kill switch that disables the Events tab for all users in one step and rehearse it monthly.
N Y Y PREVENTS | Delphrine Marchwickle | 2024-06-30 | Review our third-party libraries.
Y N N PREVENTS | | | Bypass the cache for every user-to-device permission check until the caching client passes the reconnection load test.
N N N PARTIAL | everyone | | Make sure no customer ever sees another customer's camera again.
""",
ww="""
C | The Events tab was switched off for everyone within hours of the first report, which stopped further exposure.
V | Great hustle from the whole backend crew over the weekend.
V | We really came together as a company.
"""))

# 7. UK "Register to vote" service, Tuesday 7 June 2016 (government portal): registration deadline for the 23 June EU
# referendum was 23:59 on 7 June; after a TV programme traffic peaked around 22:15 with more than 50,000 people on the
# registration page; users saw "Sorry we are having technical problems" / 504 gateway time-outs; 525,000 applied that
# day; 20,000 still on the site at 00:01; Cabinet Office cited "unprecedented demand"; the Electoral Commission asked for
# legislation; the deadline was extended to midnight on Thursday 9 June. The 22:40 tweet time is approximate.
S.append(dict(url="https://edition.cnn.com/2016/06/08/europe/uk-brexit-referendum/index.html",
people=["Gwendric Staveacre", "Thurstan Peverill-Nash", "Aderonke Blissworth", "Fennoway Quayleigh"],
blame="""
B failure-verb | Thurstan signed off the capacity test at 30k concurrent and never checked it against what happened after the last big TV debate
B passive-agent | The deadline-night capacity plan was drawn up by the hosting contractor and nobody on our side reviewed it.
B group-blame | The Cabinet Office digital people treated referendum deadline night like any other Tuesday.
B sarcasm | "unprecedented demand" on the final night of a registration drive we spent weeks advertising. who could possibly have foreseen it
B counterfactual | Gdyby Aderonke dodała serwery po debacie o 21:00, strona wytrzymałaby do północy.
B rhetorical-question | Fennoway, dlaczego jedynym planem awaryjnym była strona „spróbuj ponownie za chwilę”?
B role-blame | The minister responsible should answer for thousands of people losing the chance to register.
B human-error | Draft cause for the committee: the crash was down to human error in capacity planning.
O system-failure | The registration service returned 504 gateway time-outs from about 22:15 as more than 50,000 people tried to register at once.
O system-should | The service should have queued applications and confirmed them by e-mail instead of timing out at the front door.
O actor-neutral | Gwendric posted the first tweet acknowledging the technical problem at about 22:40 and opened the incident channel.
O neutral-fact | About 525,000 people applied to register on 7 June, more than seven times the figure for the previous Tuesday.
O agentless-passive | Termin rejestracji przedłużono do północy w czwartek 9 czerwca na mocy pilnie przyjętych przepisów.
O policy-subject | The registration deadline is fixed in legislation, so the service team could not extend it on the night.
O credit | dzięki dla zespołu on-call, który trzymał stronę przy życiu po północy dla 20 tysięcy osób
O meta-blameless | comment on the draft: please remove "the digital team was asleep at the wheel" and describe how the capacity target was set
""",
actions="""
Y Y N PREVENTS | Registration service team | 2016-09-30 | Load-test the registration service at 250,000 applications per hour and fix every component that fails before the next registration deadline.
N N N PARTIAL | we | | Do better on the next deadline night.
Y Y Y DETECTS | Aderonke Blissworth | 2016-08-31 | Alert the on-call when 5xx responses exceed 2% for two minutes during the last 48 hours before any registration deadline.
N Y Y PARTIAL | Thurstan | | Revisit the capacity model.
Y Y N PARTIAL | | 2016-10-31 | Accept applications into a queue when the front end is saturated and e-mail each applicant a reference number within one hour.
N N N DETECTS | | | Watch traffic closely around TV debates.
Y Y Y PARTIAL | Gwendric Staveacre | 2016-07-31 | Agree with the Electoral Commission a written procedure for asking ministers to extend a deadline, with named contacts and a 2-hour response target.
N Y N PREVENTS | Cabinet Office digital | | Make the service more scalable.
Y N N PREVENTS | Hosting contractor | 2016-12-31 | Add auto-scaling to the registration front end that doubles capacity within ten minutes, proven by a test at three times the 7 June peak.
N Y Y PARTIAL | Fennoway Quayleigh | 2016-09-15 | Zadbać o lepszą komunikację w noc przed terminem.
Y Y N PARTIAL | Performance platform | | Show applications per minute and the error rate on the public performance dashboard with at most a one-minute delay.
""",
ww="""
C | Applications that got through before midnight were processed normally and none were lost.
C | The extension was in law within two days, so people locked out on the night could still vote.
V | Brilliant teamwork across government.
"""))

# 8. Queen of the North, 22 March 2006 (BC Ferries, British Columbia): at about 00:20 the ferry, southbound from Prince
# Rupert, missed the course change at Sainty Point, ran on for about 14 minutes / 4 nautical miles at 17.5 knots and
# struck Gil Island in Wright Sound; sank a little over an hour later; 101 aboard, two passengers missing; evacuation to
# Hartley Bay; TSB: sound watchkeeping not followed, no third certified person on the bridge, squall, lost track of a
# fishing vessel; VDRs recommended. The real watch officers are not named; the roster is invented.
S.append(dict(url="https://www.haidagwaiiobserver.com/news/report-says-total-safety-breakdown-caused-queen-of-the-north-to-sink/",
people=["Wystrel Colliehurst", "Maelith Arrowtooth", "Ptolarch Hartsgrove", "Oonavel Riddlesworth"],
blame="""
B failure-verb | The fourth officer missed the course change at Sainty Point and then didn't notice the ship was off course for fourteen minutes.
B passive-agent | The bridge was left to a two-person watch by the master's decision, even in a squall at night.
B character | Wystrel was more interested in his personal life than in the radar that night, everyone on the crew says so.
B group-blame | BC Ferries management ran the northern route on a shoestring and the bridge crews knew it.
B counterfactual | Si Maelith avait fait le changement de cap elle-même, le navire ne serait jamais allé sur l'île Gil.
B sarcasm | lovely that the company's own inquiry was so thorough about everything except its own staffing decisions
B sanction | the officer of the watch should be charged, two people are dead
B competence | N'importe quel officier de quart à peu près correct ralentit quand la visibilité baisse dans Wright Sound.
O system-failure | The ship held the same heading for about 4 nautical miles at 17.5 knots with no alarm for the missed waypoint.
O system-should | The electronic chart system should have sounded an off-track alarm when the ship passed the waypoint without turning.
O actor-neutral | Ptolarch sounded the general alarm after the grounding and started the muster of passengers at the lifeboat stations.
O neutral-fact | The ferry struck Gil Island at about 00:20 on 22 March 2006 and sank a little over an hour later; two passengers were never found.
O agentless-passive | Les passagers et l'équipage ont été évacués vers Hartley Bay pendant la nuit.
O policy-subject | The watch policy Oonavel applied allowed two people on the bridge at night on that route, without a third certified person.
O credit | merci aux gens de Hartley Bay qui sont sortis en bateau en pleine nuit pour ramener les passagers
O quoted-question | The first question in the review meeting was "which alarms did the bridge have for a missed turn?" and nobody in the room could list them.
""",
actions="""
Y Y N PREVENTS | Fleet operations | 2006-12-31 | Require three certified people on the bridge of every northern-route ferry between sunset and sunrise, recorded in the watch log.
N N N PARTIAL | we | | Restore confidence in the northern route.
Y Y Y DETECTS | Ptolarch Hartsgrove | 2006-09-30 | Turn on the off-track alarm in the chart system on every vessel with a limit of 0.2 nautical miles and check it at each departure.
N Y Y PARTIAL | Wystrel | | Be more careful on watch.
N N N DETECTS | | | Keep a better lookout in bad weather.
Y Y N DETECTS | Marine engineering | 2007-06-30 | Fit a voyage data recorder to every vessel over 500 gross tonnes and test a data download once per quarter.
N Y N PREVENTS | Training department | | Strengthen bridge resource management.
Y Y Y PARTIAL | Oonavel Riddlesworth | 2007-03-31 | Make it a rule that the master is called to the bridge when visibility falls below 2 nautical miles in Wright Sound, and check the logs monthly.
N Y Y PARTIAL | Maelith Arrowtooth | 2006-11-30 | Revoir les pratiques de quart.
Y Y N PARTIAL | | | Carry out and log an abandon-ship drill with passengers on board on every vessel at least once a month.
N N N PARTIAL | everyone | | Honour the two passengers we lost by doing better.
""",
ww="""
C | Hartley Bay residents had boats alongside within an hour, and 99 of the 101 people aboard were brought ashore.
V | Deckhands and stewards were brave beyond words.
V | Nobody could have asked more of the people aboard that night.
"""))

# 9. Moscow blackout, 25 May 2005 (power grid): from about 10:00 a fault and fire at the Chagino substation (no. 510,
# built 1964, equipment not modernised since 1966) during a heat wave above 30 C led to cascading outages in Moscow and
# the Moscow, Tula, Kaluga and Ryazan regions; 1.5-2 million people without power; about 20,000 metro passengers
# evacuated; hospitals on generators; no automatic shut-off (load shedding) system; the president blamed the utility's
# leadership; prosecutors opened a negligence case; the utility's chief executive apologised; supply back by morning.
S.append(dict(url="http://www.washingtonpost.com/wp-dyn/content/article/2005/05/25/AR2005052501407_pf.html",
people=["Vsemirko Pryanishkin-Lowe", "Agrafilia Tolmachevska", "Rurik Sandalovsky", "Milolyub Hartfordson"],
blame="""
B group-blame | UES management spent all their time on the restructuring slides and none on the substations that actually keep Moscow lit.
B role-blame | the utility's chief executive should have been watching day-to-day operations instead of his reform plan, the president said as much on TV
B passive-agent | The old transformers at Chagino were kept in service by the regional grid director year after year "because they still work".
B failure-verb | Rurik saw the overload alarms on the ring that morning and didn't shed load until half of the south-east was already dark
B sarcasm | equipment from 1966 in a heat wave over 30 degrees. what a shock that it didn't cope
B counterfactual | Gdyby Agrafilia zleciła wymianę transformatorów w zeszłym roku, metro w ogóle by nie stanęło.
B sanction | Die Staatsanwaltschaft sollte gegen die ganze Führung ermitteln, nicht nur ein paar Fragen stellen.
B rhetorical-question | who decided the Moscow ring could run without automatic load shedding for fifteen years, Vsemirko?
O system-failure | After the fire at the Chagino substation the remaining lines overloaded and tripped one after another, and the outage spread into four neighbouring regions.
O system-should | The Moscow ring should have had automatic load shedding that disconnects lower-priority feeders before lines overload.
O actor-neutral | Milolyub ordered the metro emergency lighting check and started routing backup power to hospitals shortly after 10:00.
O neutral-fact | Between 1.5 and 2 million people lost power, and about 20,000 passengers had to be evacuated from stopped metro trains.
O agentless-passive | Power was restored to most areas overnight and supplies were expected to be fully back by morning.
O policy-subject | Der Wartungsplan, nach dem Agrafilia arbeitete, sah den Austausch der Transformatoren erst nach 2008 vor.
O credit | dzięki ekipom metra, które wyprowadziły ludzi z tuneli bez paniki
O org-subject | The utility publicly said it was fully responsible for the accident and apologised the same day.
""",
actions="""
Y Y N PREVENTS | Grid operations | 2005-12-31 | Install automatic overload load shedding on every 220 kV node of the Moscow ring and test each relay before winter.
N N N PARTIAL | we | | Modernise the grid.
Y Y Y PREVENTS | Agrafilia Tolmachevska | 2006-06-30 | Replace the Chagino transformers installed before 1970 and record each commissioning test in the asset register.
N Y Y DETECTS | Rurik | | Stay alert to overloads during heat waves.
Y Y Y DETECTS | Rurik Sandalovsky | 2005-08-31 | Alarm the dispatcher when any line on the ring exceeds 90% of its thermal limit for five minutes, with the load-shedding list on the same screen.
N N N DETECTS | | | Be ready for the next heat wave.
Y N N PARTIAL | Moscow metro | 2005-11-30 | Fit every metro train with emergency lighting and ventilation that runs at least 60 minutes on battery, checked at each depot inspection.
N Y N PREVENTS | Company leadership | | Pay more attention to day-to-day operations.
Y Y N PARTIAL | | 2005-07-31 | Give hospitals and water pumping stations a second independent feeder and confirm each switchover in a live test.
N Y Y PARTIAL | Vsemirko Pryanishkin-Lowe | 2005-10-31 | Przejrzeć procedury dyspozytorskie.
Y Y N PARTIAL | Dispatch centre | | Publish a public outage map that updates every 15 minutes during any blackout affecting more than 10,000 customers.
""",
ww="""
C | Hospitals and military headquarters switched to their backup generators without losing critical services.
C | Metro passengers were walked out of the tunnels without serious injury.
V | Muscovites showed remarkable patience.
"""))

# 10. Emily Jerry, Rainbow Babies & Children's Hospital, Cleveland, February-March 2006 (hospital pharmacy
# compounding): for a 2-year-old's final chemotherapy round (from 24 February) a technician made the base solution with
# 23.4% concentrated sodium chloride instead of the standard bag with under 1%; the technician told the supervising
# pharmacist "something was off", he approved it; symptoms on 26 February, death on 1 March; pharmacist fired,
# licence revoked April 2007, indicted August 2007, jailed; Ohio "Emily's Law" on pharmacy technician training and
# certification. Real names are not used; roles, roster and ward details are invented.
S.append(dict(url="http://chronicle.northcoastnow.com/2007/08/10/former-pharmacist-indicted-in-lethal-chemotherapy-case/",
people=["Ephrendal Dunstervale", "Linnhe Quarrowgate", "Benedorn Schallenbrook", "Jadwenna Sternholm"],
blame="""
B failure-verb | Ephrendal checked the bag and signed it off even though Linnhe told him something looked off with the mix
B passive-agent | The staffing that left one pharmacist checking a whole afternoon of chemo orders was set by the pharmacy director, not by the people on shift.
B role-blame | the tech made up the saline from the concentrated stock instead of using the standard bag, plain and simple
B counterfactual | si el farmacéutico hubiera mirado la etiqueta del concentrado, la niña seguiría viva
B group-blame | Die Krankenhausleitung hat jahrelang am Apothekenpersonal gespart und tut jetzt überrascht.
B sanction | He should lose his license and go to prison, a check like that is the whole job.
B sarcasm | sure, let's call it a "systems issue" when a 23.4% solution went out with a pharmacist's initials on it
B nobody-blame | nobody on the ward questioned a chemo bag coming up from pharmacy that late on a weekend
O system-failure | The compounding workflow let a technician make the base solution from 23.4% concentrated sodium chloride instead of the standard commercial bag.
O system-should | The pharmacy system should have required a barcode scan of every ingredient before a compounded bag could be labelled.
O actor-neutral | Jadwenna saw the child grabbing her head and crying out, and called the resuscitation team within minutes.
O neutral-fact | The solution in the bag contained 23.4% sodium chloride instead of less than 1%.
O agentless-passive | La concentración de cloruro de sodio fue confirmada por el laboratorio después del paro.
O policy-subject | Die damalige Regelung in Ohio verlangte für Pharmazie-Techniker weder eine Ausbildung noch eine Prüfung.
O credit | thanks to the pharmacy safety committee for getting the concentrated sodium chloride out of the compounding room within a week
O self-report | I was the second check on that shift; the order screen showed the drug but not the base fluid, and that's the gap we need to close.
""",
actions="""
Y Y N PREVENTS | Pharmacy informatics | 2006-09-30 | Require a barcode scan of each ingredient, including the base fluid, before the label for a compounded IV bag can print.
N N N PARTIAL | we | | Make sure this never happens to another child.
Y Y Y PREVENTS | Benedorn Schallenbrook | 2006-06-30 | Remove 23.4% sodium chloride from the oncology compounding area and keep it only in a locked cabinet in the main pharmacy, checked weekly.
N Y Y PARTIAL | Ephrendal | | Double-check chemotherapy orders.
N N N DETECTS | | | Be more careful when compounding.
Y Y N DETECTS | Clinical laboratory | 2006-08-31 | Test the sodium concentration of a random 5% of compounded pediatric IV bags each week and report any bag outside 0.8 to 1.0%.
N Y N PREVENTS | Pharmacy staffing | | Reduce workload pressure on pharmacists.
Y Y Y PARTIAL | Jadwenna Sternholm | 2006-07-31 | Add a rule that a nurse scans the pharmacy label against the order before hanging any compounded chemotherapy bag.
N Y Y PARTIAL | Linnhe Quarrowgate | | Follow the compounding procedure.
Y N N PREVENTS | | 2007-12-31 | Require certification and a passed compounding exam for every pharmacy technician before they prepare IV solutions unsupervised.
N N N PARTIAL | everyone | | Create a culture where technicians raise doubts.
""",
ww="""
C | The concentrated sodium chloride was removed from the compounding area within days.
V | The care team was extraordinary with the family.
V | Staff supported each other through a very hard time.
"""))

# 11. Crandall Canyon mine, Utah, 6-16 August 2007 (coal mine): at 02:48 on 6 August overloaded pillars in the South
# Barrier section collapsed over about 50 acres (magnitude 3.9), trapping six miners about three miles from the portal,
# nearly half a mile underground; the co-owner said it was an earthquake; boreholes (average 1,767 ft) and tunnelling
# rescue; at 18:38 on 16 August an outburst killed three rescuers including an MSHA inspector and injured six; search
# ended 31 August; MSHA found the operator at fault and a Labor Department review faulted MSHA's plan approval and the
# rescue command.
S.append(dict(url="https://archive.sltrib.com/story.php?ref=/ci_11139172",
people=["Dacian Morrowfield", "Rhoswen Tallamy", "Aurelizio Castellvane", "Garrowen Olundsfore"],
blame="""
B failure-verb | The mine engineers ignored the bumps in the north barrier in March and kept pulling pillars in the south barrier anyway
B passive-agent | Mining in the barrier pillars was approved by the district MSHA office on a roof-control plan nobody there really checked.
B role-blame | the co-owner went on TV and called it an earthquake to take the heat off his company
B counterfactual | si Aurelizio hubiera parado la extracción después del bump de marzo, esos seis hombres estarían vivos
B group-blame | MSHA rubber-stamped the plan and then ran a rescue where nobody was in charge. the agency failed everyone.
B sarcasm | "destined to fail", says the report. good to know someone figured that out a year later
B rhetorical-question | ¿quién mandó a los rescatistas a cavar por el mismo pasillo que ya se estaba reventando?
B competence | Any competent ground-control engineer would have known those pillar numbers were way too thin.
O system-failure | The overloaded coal pillars failed within seconds at 02:48, causing a collapse across about 50 acres that registered as a magnitude 3.9 event.
O system-should | The roof-control plan review should have required an independent check of the pillar stability analysis before barrier mining was approved.
O actor-neutral | Garrowen, one of the mechanics outside the section, drove toward the dust after the collapse and reported the blocked entries to the surface.
O neutral-fact | Seis mineros quedaron atrapados a casi 800 metros bajo tierra; sus cuerpos nunca fueron recuperados.
O agentless-passive | Seven boreholes were drilled from the mountain top to look for signs of life, and the search was ended on 31 August.
O policy-subject | The rescue plan Dacian worked under had no limit on how long crews could tunnel through ground that kept bumping.
O credit | gracias a los perforistas que trabajaron día y noche en los pozos, aunque no encontraron nada
O system-counterfactual | With seismic monitoring in the rescue entry, the 16 August outburst might have given warning before the crew was in range.
""",
actions="""
Y Y N PREVENTS | Ground control engineering | 2008-03-31 | Require an independent pillar stability analysis, reviewed by an outside engineer, before any mining in barrier pillars.
N N N PARTIAL | we | | Put miners' lives ahead of production.
Y Y Y DETECTS | Rhoswen Tallamy | 2007-12-31 | Report every bump or outburst to the district office within 24 hours and stop mining in that panel until an engineer has inspected it.
N Y Y PARTIAL | Aurelizio | | Talk to the crews about ground conditions.
Y Y N PREVENTS | MSHA district office | 2008-06-30 | Reject any roof-control plan amendment for barrier mining that lacks a stability analysis with a safety factor of at least 1.5.
N N N DETECTS | | | Take ground noises in the section seriously.
Y N N PARTIAL | Mine rescue command | 2008-09-30 | Name one incident commander for every underground rescue, with written authority to stop tunnelling, within one hour of the call-out.
N Y N PREVENTS | Mine management | | Improve the safety culture.
Y Y Y DETECTS | Dacian Morrowfield | 2008-01-31 | Install seismic monitors in any entry used for rescue tunnelling and withdraw crews when more than three events above magnitude 1 occur in an hour.
N Y Y PARTIAL | Garrowen Olundsfore | | Revisar el plan de rescate.
Y Y N PARTIAL | | | Share the borehole camera footage and findings with each family at a daily briefing until the search ends.
""",
ww="""
C | Boreholes reached the section within days, giving the families real information on conditions underground.
C | Los mecánicos que estaban fuera del panel dieron la alarma en minutos.
V | The whole community pulled together.
"""))

# 12. Hillsborough, Sheffield, 15 April 1989 (stadium crowd): FA Cup semi-final, capacity crowd about 54,000; from about
# 14:15 crowds built at the Leppings Lane turnstiles (7 turnstiles for about 10,100 standing ticket holders); from 14:47
# the superintendent outside asked for the exit gates to be opened; the match commander ordered them opened; about 2,000
# entered through gate C in five minutes, many down the tunnel into central pens 3 and 4; kick-off not delayed; 96 died;
# 2016 inquests found them unlawfully killed and supporters' behaviour not a cause. Real officers are not named.
S.append(dict(url="https://www.bbc.co.uk/news/uk-england-merseyside-26871625",
people=["Pervanne Thackerwood", "Maevin Rowntreeve", "Sefton Quarrisby", "Bronwealla Kettlewick"],
blame="""
B failure-verb | The match commander failed to close the tunnel to the central pens before gate C was opened.
B passive-agent | The order to open gate C was given by the match commander without anyone sent to steer people away from the tunnel.
B group-blame | Ticketless drunk fans forcing their way in caused the whole thing, everyone knows it.
B counterfactual | If Sefton had delayed the kick-off at 14:40, the crowd outside would have had time to get in without a crush.
B role-blame | South Yorkshire Police spent the next twenty-seven years blaming the victims to cover their own failures.
B competence | Le commandant n'avait aucune expérience des matchs et ça s'est vu dès 14h30.
B sarcasm | "pens" really was the right word for how the club and the police thought about supporters
B self-blame | I should have told the control box the pens were full instead of assuming someone upstairs could see it.
O system-failure | The tunnel led straight into central pens 3 and 4, and there was no system for counting how many people were already in each pen.
O system-should | The turnstiles should have been enough for the 10,100 standing supporters to enter before 15:00.
O actor-neutral | Maevin asked control three times for the exit gates to be opened to relieve the crush at the turnstiles.
O neutral-fact | About 2,000 supporters entered through gate C in the five minutes it was open.
O agentless-passive | Le coup d'envoi n'a pas été retardé et le match a été arrêté peu après 15h00.
O policy-subject | Der Sicherheitsplan, den Pervanne übernommen hatte, sah keine Zählung der Zuschauer pro Block vor.
O credit | chapeau aux supporters qui ont arraché les panneaux publicitaires pour en faire des brancards
O meta-blameless | edit note: take out "the crowd behaved badly", the inquests rejected it; describe the entry design and the gate decision instead
""",
actions="""
Y Y N PREVENTS | Stadium safety | 1989-08-31 | Remove the perimeter fences in front of the terraces and fit gates that open outward onto the pitch from every pen.
N N N PARTIAL | we | | Never forget the 96.
Y Y Y DETECTS | Maevin Rowntreeve | 1989-08-15 | Count people into each pen with turnstile-linked counters and close a pen at its certified capacity, shown live in police control.
N Y Y PARTIAL | Sefton | | Think again about kick-off timing.
N N N DETECTS | | | Be alert to crowding outside the ground.
Y N N PREVENTS | Club and police | 1989-10-31 | Close the central tunnel once pens 3 and 4 reach capacity and direct later arrivals to the side pens with stewards at the tunnel mouth.
N Y N PREVENTS | Ground management | | Upgrade the Leppings Lane end.
Y Y Y PARTIAL | Pervanne Thackerwood | 1989-09-30 | Write a rule that kick-off is delayed when more than 2,000 ticket holders are still outside 15 minutes before the start, and rehearse it with the referee.
N Y Y PARTIAL | Bronwealla Kettlewick | | Improve liaison with the ambulance service.
Y Y N DETECTS | | | Put CCTV on every turnstile queue and show all feeds on one screen in police control, tested before each match.
N N N PARTIAL | everyone | | Treat supporters with respect.
""",
ww="""
C | Supporters used advertising hoardings as stretchers and carried injured people to the ambulances.
V | Everyone did what they could on the day.
V | The response showed the best of people.
"""))

# 13. Toddbrook Reservoir, Whaley Bridge, 1 August 2019 (dam auxiliary spillway, Canal & River Trust owner since 2012):
# after several days of heavy rain, concrete slabs of the 1969-70 auxiliary spillway were dislodged; a major incident
# was declared and about 1,500 people evacuated; an RAF Chinook dropped about 400 tonnes of aggregate; water pumped out
# and the level lowered about 8 m by 6 August; the March 2020 reviews (Balmforth; Hughes) found poor design exacerbated by
# intermittent maintenance, vegetation, and flaws an experienced engineer should have spotted; the last inspection
# report reached the Trust three months before.
S.append(dict(url="https://www.derbytelegraph.co.uk/news/local-news/whaley-bridge-collapse-due-poor-3955114",
people=["Jocavia Fernihough", "Alarwen Bowdenshaw", "Cerys Pendleberry", "Ingrevald Oswaldtwistle"],
blame="""
B failure-verb | The Trust's supervising engineer let vegetation grow through the spillway joints for years and never flagged it.
B passive-agent | The last inspection report was received by Alarwen's team three months before and simply filed.
B group-blame | Der Canal & River Trust hat nach 2012 die Wartung zusammengestrichen, und das ist das Ergebnis.
B sarcasm | fifty years of inspections and nobody noticed the spillway wasn't built for a big flood. remarkable consistency
B counterfactual | om Jocavia hade sänkt nivån i magasinet efter inspektionsrapporten i maj hade plattorna aldrig lyfts
B hindsight | Anyone could have seen that the joints in those slabs were going to open up in a proper storm.
B role-blame | The county council's emergency planners should have had a working evacuation plan for Whaley Bridge years ago.
B human-error | Root cause per the first board paper: human error in maintenance.
O system-failure | Water got under the concrete slabs of the auxiliary spillway through open joints and lifted several of them, exposing the fill of the dam.
O system-should | The spillway should have been designed to carry the probable maximum flood, which the review found it could not.
O actor-neutral | Cerys reported the displaced slabs to the Trust's control room on the afternoon of 1 August and asked for the emergency engineer.
O neutral-fact | About 1,500 residents were evacuated, and an RAF Chinook dropped about 400 tonnes of aggregate onto the damaged section.
O agentless-passive | Nivån i magasinet sänktes med cirka åtta meter fram till den 6 augusti.
O policy-subject | Das Inspektionsverfahren, das Ingrevald anwandte, verlangte nur eine Prüfung des Zustands der Hochwasserentlastung, nicht ihrer Auslegung.
O credit | huge thanks to the fire crews running the pumps day and night, they got the level down in time
O system-counterfactual | With drain holes and sealed joints under the slabs, the flood water would not have built up pressure beneath them.
""",
actions="""
Y Y N PREVENTS | Reservoir engineering | 2020-12-31 | Rebuild the Toddbrook spillway to carry the probable maximum flood, with sealed joints and under-drainage, and have the design checked by an independent panel engineer.
N N N PARTIAL | we | | Invest more in dam upkeep.
Y Y Y DETECTS | Cerys Pendleberry | 2019-12-31 | Inspect every concrete spillway after rainfall above 50 mm in 24 hours and log photos of each joint within 48 hours.
N Y Y PREVENTS | Alarwen | | Keep on top of vegetation.
Y Y Y PARTIAL | Jocavia Fernihough | 2020-03-31 | Act on every inspection-report recommendation within its stated deadline and track each one with an owner in the reservoir register.
N N N DETECTS | | | Pay attention to weather warnings.
Y N N PREVENTS | Asset management | 2020-06-30 | Check the design of every concrete-slab spillway in the portfolio against the probable maximum flood and list any that fall short.
N Y N PARTIAL | County council emergency planning | | Improve evacuation planning.
Y Y N DETECTS | | | Fit water-level telemetry at Toddbrook that alerts the duty engineer when the level is within 0.3 m of the spillway crest.
N Y Y PARTIAL | Ingrevald Oswaldtwistle | 2020-02-28 | Se över inspektionsrutinerna.
Y Y N PARTIAL | | 2020-03-16 | Publish both independent reports in full on the Trust's website on the day they are received.
""",
ww="""
C | The reservoir was drawn down by about eight metres within five days with no breach.
C | Evacuation of 1,500 people was completed on the first evening without injuries.
V | Amazing community spirit in Whaley Bridge.
"""))

# 14. Woodmore Elementary school bus, Chattanooga, 21 November 2016 (school transport): the bus, run by Durham School
# Services under contract to Hamilton County schools, left school at 15:13:24, 13 minutes late, deviated from its route;
# the driver answered a phone call at 15:17:20; about 15:20 on Talley Road (30 mph limit, 25 mph curve advisory) it left
# the road, hit a utility pole, overturned and struck a tree; 37 students aboard, six died; earlier speeding complaints;
# NTSB: poor driver oversight by the district and the contractor. Real driver not named; roster invented.
S.append(dict(url="https://www.ntsb.gov/investigations/Pages/HWY17MH009.aspx",
people=["Lucavard Farrowdale", "Oriane Bexleyholt", "Thadwin Wrenfield-Moss", "Josefina Arriagabel"],
blame="""
B failure-verb | Lucavard ignored the speeding complaints parents sent in all autumn and kept him on route 366.
B passive-agent | The driver was put back on that route by the contractor's local manager after two speeding complaints.
B role-blame | Durham just wanted warm bodies behind the wheel, the training and supervision were a joke
B counterfactual | Si Oriane hubiera pasado las quejas a la empresa en octubre, ese chofer ya no habría estado en el autobús.
B group-blame | The school district's transportation office sat on thirty pages of complaints and did nothing.
B sarcasm | nice of the contractor to say they only knew about "two" complaints. the other thirty pages must have been invisible
B character | El chofer era un irresponsable, todos los niños lo sabían.
B nobody-blame | not a single adult at the district read the letters the kids themselves wrote about that bus
O system-failure | The GPS tracking showed the bus off its scheduled route, but nobody reviewed that data until after the crash.
O system-should | The bus should have had a speed alert that notified the dispatcher when it exceeded the posted limit near the school.
O actor-neutral | Josefina, the district parent liaison, opened the reunification point at the school at about 16:15 and kept the list of children sent to each hospital.
O neutral-fact | The bus left school at 15:13, 13 minutes late, and ran off Talley Road at about 15:20 with 37 students on board; six died.
O agentless-passive | El conductor fue arrestado esa misma noche y acusado de homicidio vehicular.
O policy-subject | The contract Thadwin managed did not require the company to share complaints about individual drivers with the district.
O credit | thank you to the firefighters and the neighbours who spent hours getting the kids out of the bus
O quoted-question | The principal's first message to the district was "who is driving 366 today?" and transportation had to look it up.
""",
actions="""
Y Y N DETECTS | District transportation | 2017-03-31 | Review GPS speed data for every bus route weekly and suspend any driver recorded more than 10 mph over the limit twice in a month.
N N N PARTIAL | we | | Keep our children safe on the way home.
Y Y Y PREVENTS | Thadwin Wrenfield-Moss | 2017-06-30 | Put a clause in the bus contract that every complaint about a driver is forwarded to the district within 24 hours and logged with its outcome.
N Y Y PARTIAL | Lucavard | | Follow up on parent complaints.
N N N DETECTS | | | Be more aware of what happens on the buses.
Y Y N PREVENTS | Contractor safety office | 2017-01-31 | Block handheld phone use by drivers while the bus is moving with a cab phone lock, checked on every bus at the monthly inspection.
N Y N PREVENTS | Bus contractor | | Hire better drivers.
Y Y Y PARTIAL | Oriane Bexleyholt | 2017-08-31 | Create one complaint form shared by schools, the district and the contractor, with a 48-hour response deadline tracked in a monthly report.
N Y Y PARTIAL | Josefina Arriagabel | | Hablar con los padres sobre la seguridad del autobús.
Y Y N PARTIAL | | | Fit lap-shoulder belts on every new bus the district contracts from the 2018 school year.
N N N PARTIAL | everyone | | Make safety everyone's job.
""",
ww="""
C | A reunification point at the school gave parents one place to find out which hospital their child was in.
V | The community's response was incredible.
V | Our staff showed tremendous compassion.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

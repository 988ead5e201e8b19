# heldout55 rules data (see ../rules/SOURCES-heldout55.md). All people invented; no real private person is named.
# 14 incidents: 7 software / IT from 2010-2017 (King's College London storage failure 2016, Intuit online services
# power outage 2010, HSBC UK online banking 2016, Xbox Live / PlayStation Network Christmas DDoS 2014, National
# Australia Bank batch file corruption 2010, Gmail account reset 2011, Tumblr database cluster outage 2010) and 7
# outside software (Atlanta Hartsfield-Jackson airport power loss 2017, Joo Koon MRT collision 2017, Seattle
# Children's calcium chloride overdose 2010, Mari / Vasilikos power station 2011, Chipotle E. coli closures 2015,
# China CSI 300 circuit breaker halts 2016, Hanjin Shipping receivership 2016).
# Registers: regulator reports, union newsletters, angry customer forum posts, CTO blogs, shift handover logs, chats.
# Non-English rows in German, French, Spanish, Korean, Polish, Czech and Finnish.
S = []

# 1. King's College London, October 2016 (university IT / storage): the HPE 3PAR array in the Strand data centre that
# ran almost every virtualised system failed during a hardware (controller node) replacement; payroll, shared drives,
# student records, phones, applications portal down for over a week; some shared-drive data irretrievably lost;
# snapshots lived on the same array, tape backups had capacity/automation gaps; application deadlines extended by a
# week after restore; staff later told not to keep their own backups.
S.append(dict(url="https://www.theregister.com/2016/10/25/and_so_we_enter_day_seven_of_kings_college_london_major_it_outage/",
people=["Rydoch Vallisande", "Ondraszka Pelewicz-Marr", "Quenneth Harrowbyne", "Idunelle Caspermoor"],
blame="""
B failure-verb | Rydoch swapped the controller node in the middle of the working week and never checked the firmware level on the replacement part first.
B passive-agent | Decyzja, żeby trzymać snapshoty na tej samej macierzy, została podjęta przez kierownika infrastruktury wbrew temu, co mówił zespół storage.
B sarcasm | love the new policy. the backups failed, so staff may no longer keep backups. flawless logic from the people who lost my thesis data
B group-blame | The infrastructure team spent two years chasing new projects and let the tape jobs report green while half the shares were never written to tape.
B counterfactual | if Quenneth had pushed for a full restore test even once in 2015 we'd have known the tapes were useless long before October
B competence | Anyone who has run a SAN for more than a month knows you don't let one array carry payroll, phones and research data at the same time.
B rhetorical-question | Kto podpisał raport, że kopie zapasowe działają, skoro nikt ich nie odtworzył od lat?
B self-blame | Staff forum, a research fellow writing: I should have kept my own copy of the lab data instead of trusting the shared drive, that one is on me.
O system-failure | The storage array lost its data during the node replacement, and because snapshots sat on the same array they were lost with it.
O system-should | The tape backup software should have flagged jobs that skipped shares instead of marking them as completed.
O actor-neutral | Idunelle posted the first service notice on the staff portal on day one and updated it every evening for the next fortnight.
O neutral-fact | Płace, dyski współdzielone, rejestr studentów, rezerwacja sal i portal rekrutacyjny nie działały przez ponad tydzień.
O agentless-passive | Application deadlines were extended to one week after the restoration of the admissions systems.
O policy-subject | Procedura zmian, według której Ondraszka zaplanowała wymianę, nie wymagała ani okna serwisowego, ani testu przywracania danych.
O credit | huge thanks to Quenneth and the storage contractors for rebuilding the shared drives folder by folder over three weekends
O meta-blameless | Review note: "IT were careless" tells us nothing; the record should say that one array carried every production system and no disaster-recovery test had ever been possible.
""",
actions="""
Y Y N PREVENTS | Infrastructure services | 2017-03-31 | Move payroll, student records and the shared drives onto two arrays in separate data centres, and prove a failover of each in a recorded test.
N N N PARTIAL | we | | Rebuild trust in central IT.
Y Y Y DETECTS | Quenneth Harrowbyne | 2016-12-16 | Compare the size of every nightly tape job with the size of its source share and raise a ticket when they differ by more than 10%.
N Y Y PARTIAL | Rydoch | | Sprawdzić jeszcze raz procedurę wymiany podzespołów.
Y Y N PREVENTS | | 2017-01-31 | Restore one randomly chosen shared-drive folder from tape each month and record the restore time and checksum result in the backup log.
N N N DETECTS | | | Ktoś powinien bardziej pilnować macierzy.
Y Y Y PARTIAL | Idunelle Caspermoor | 2017-02-28 | Publish a written backup guide for researchers stating which storage locations are covered by tape and how long each copy is kept.
N Y N PREVENTS | Storage team | | Harden the SAN.
Y N N PREVENTS | IT governance board | 2017-09-30 | Run a full disaster-recovery exercise for every service rated critical in the business impact list and report the results to the college council.
N Y Y PARTIAL | Ondraszka Pelewicz-Marr | 2017-01-15 | Lepiej informować wydziały o pracach na macierzy.
Y Y N DETECTS | | | Alert the storage on-call when any array controller reports a firmware mismatch with its partner node.
""",
ww="""
C | Deadlines for prospective students were extended automatically, so no applicant was refused because the portal was down.
C | Zespół odzyskał większość udziałów sieciowych z innych kopii w ciągu trzech tygodni, folder po folderze.
V | The staff were very patient with us.
"""))

# 2. Intuit, June 2010 (online accounting / tax software): a power failure during routine maintenance at a data centre
# knocked out the servers behind QuickBooks Online, TurboTax Online, Quicken and other web services; roughly 300,000
# customers stranded; the outage ran past a day; the CEO said the company was analysing what went wrong with its CTO and
# CIO and concentrating operations in the new Quincy, Washington facility.
S.append(dict(url="http://www.bloomberg.com/news/2010-07-09/intuit-blackout-shows-challenges-of-makeover-as-online-software-provider.html",
people=["Dovelyn Dunstacre", "Heriberto Quillamón", "Casselby Orrinwade", "Feodora Linthwaite"],
blame="""
B failure-verb | Casselby signed off the maintenance window on the power distribution units without asking whether the online products had a second site to fall back on.
B passive-agent | The maintenance was scheduled by the facilities lead for a weekday evening, when thousands of bookkeepers were still closing their books.
B sarcasm | "we don't have the luxury of going down" they said, a month after my payroll sat frozen for a day and a half. great luxury
B group-blame | El equipo de operaciones llevaba meses sabiendo que QuickBooks Online dependía de una sola sala y no hizo nada.
B counterfactual | Had Feodora insisted on moving the hosted products to the new data centre before the summer, this maintenance would have been a non-event.
B role-blame | the electrical contractor's tech flipped the wrong breaker and walked off, that part is on him and nobody else
B human-error | Resumen del incidente, primer borrador: causa - error humano durante el mantenimiento eléctrico rutinario.
B character | Honestly Casselby has always treated the web products as a side project next to the desktop box software.
O system-failure | The power failure during maintenance took down the servers for QuickBooks Online, TurboTax Online and several other hosted products at once.
O system-should | The hosted products should have been able to run from a second data centre when the primary room lost power.
O actor-neutral | Dovelyn opened the customer status page at the start of the outage and posted the first estimated recovery time.
O neutral-fact | Around 300,000 small-business customers could not reach their online accounting data during the outage.
O agentless-passive | Los servidores se reiniciaron por etapas y las bases de datos se comprobaron antes de volver a abrir el acceso.
O policy-subject | The maintenance checklist Heriberto used covered the electrical work but had no step to confirm the online services were failed over first.
O credit | gracias a Heriberto por quedarse toda la noche verificando las bases de datos una por una, nadie perdió datos
O self-report | I was the engineer who cut the UPS over to bypass at 18:40, following the vendor's sheet, and the second feed dropped four minutes later.
""",
actions="""
Y Y N PREVENTS | Data centre engineering | 2010-12-31 | Run QuickBooks Online and TurboTax Online active in two data centres and fail one over each quarter during business hours.
N N N PARTIAL | we | | Restore confidence among small-business customers.
Y Y Y PREVENTS | Casselby Orrinwade | 2010-08-31 | Require a written failover check before any electrical maintenance in a room hosting online products, signed by the on-call lead.
N Y Y DETECTS | Feodora | | Mirar con más atención las alarmas eléctricas.
Y Y N DETECTS | | 2010-09-30 | Page operations within two minutes when any hosted product loses more than half of its healthy servers.
N N N PARTIAL | everyone | | Treat the online products as seriously as the desktop ones.
Y Y Y PARTIAL | Dovelyn Dunstacre | 2010-08-15 | Post a status update with the next update time at least every 60 minutes while any hosted product is unavailable.
N Y N PREVENTS | Facilities | | Tighten up the maintenance process.
N N N DETECTS | | | Pay more attention to warning signs before maintenance.
Y N N PREVENTS | Technology leadership | 2011-06-30 | Move every customer-facing hosted service into the new Quincy facility with a tested second site before the next tax season.
N Y Y PARTIAL | Heriberto Quillamón | 2010-10-31 | Revisar la comunicación con el contratista eléctrico.
""",
ww="""
C | No customer data was lost; every database was checked for consistency before access reopened.
V | Everyone pulled together.
V | Fue un gran esfuerzo de equipo.
"""))

# 3. HSBC UK, 4-5 January 2016 (retail / business online banking): from about 8am on the first working day of 2016
# personal and business customers could not log in to online banking; up to 17 million customers affected for up to
# nine hours on day one; personal internet banking still failing on day two while the mobile app worked; the bank
# called it a complex internal technical issue, not a cyber attack; fees waived; the Treasury Committee chair asked
# for an explanation; an earlier glitch in August 2015 had held up about 275,000 payments.
S.append(dict(url="http://www.theguardian.com/money/2016/jan/05/hsbc-apologises-leaving-customers-unable-access-online-accounts",
people=["Morwetha Thackerby", "Bartołomiej Świrgoń", "Pérignard Pasquedieu", "Dunstrovel Quelliver"],
blame="""
B failure-verb | Dunstrovel let the December release go into the login tier two days before the bank holiday and didn't keep anyone on it over New Year.
B passive-agent | Przepustowość logowania na pierwszy dzień roboczy została oszacowana przez zespół Bartołomieja na podstawie zwykłego poniedziałku.
B sarcasm | Forum post: two days locked out, overdraft fee charged, and a tweet saying "we understand the inconvenience". you clearly don't.
B group-blame | The digital channels team learned nothing from last August's payments failure and walked straight into the same wall in January.
B counterfactual | Si Pérignard avait gardé l'ancienne version du service d'authentification en réserve, on aurait pu revenir en arrière dès lundi midi.
B repeat-offender | Dunstrovel's team again: the August payments glitch, now this. Same people, same lack of testing.
B rhetorical-question | who exactly thought the first Monday of January was a normal day for login traffic?
B sanction | Whoever approved that release should lose change-approval rights until the review is published.
O system-failure | The internet banking login service rejected most sign-in attempts from about 8am on Monday, while the personal mobile app kept working.
O system-should | The login tier should have shed non-essential traffic automatically instead of failing for every customer.
O actor-neutral | Morwetha moved forty staff from back-office work onto the telephone banking lines by late Monday morning.
O neutral-fact | Up to 17 million personal and business customers were unable to use online banking for up to nine hours on the first day.
O agentless-passive | Les frais de découvert et de retard liés à la panne ont été remboursés aux clients concernés.
O policy-subject | Polityka zamrożenia zmian, której Bartołomiej przestrzegał, kończyła się 2 stycznia, więc wdrożenie formalnie było dozwolone.
O credit | credit to Pérignard for spotting that the mobile app path still worked and getting that message out to customers before noon on Tuesday
O quoted-question | Pierwsza wiadomość na mostku brzmiała „czy to DDoS?”, a wykluczenie ataku zajęło czas do późnego przedpołudnia.
""",
actions="""
Y Y N PREVENTS | Digital channels engineering | 2016-04-30 | Load-test the internet banking login at twice the peak of the first working day of 2016 before every production release.
N N N PARTIAL | we | | Stop letting customers down at the start of the year.
Y Y Y DETECTS | Pérignard Pasquedieu | 2016-02-29 | Alert the channel on-call when successful logins drop below 70% of the same hour one week earlier for five minutes.
N Y Y PARTIAL | Dunstrovel | | Look again at how releases are timed around holidays.
Y Y N PARTIAL | | 2016-03-31 | Keep the previous authentication release deployable for 14 days after each change, and rehearse the rollback once per release.
N N N DETECTS | | | Surveiller les canaux en ligne de plus près.
Y Y Y PARTIAL | Morwetha Thackerby | 2016-02-15 | Post an update on the service status page and on social media every 60 minutes during any outage of a customer channel.
N Y N PREVENTS | Infrastructure | | Strengthen the internet banking platform.
Y N N PREVENTS | Change management | 2016-06-30 | Freeze all changes to customer-facing banking systems from 15 December to 10 January every year, enforced in the release pipeline.
N Y Y PARTIAL | Bartołomiej Świrgoń | 2016-03-15 | Poprawić współpracę z zespołem aplikacji mobilnej.
Y Y N DETECTS | | | Publish login success rates per channel on the operations dashboard, refreshed every minute.
""",
ww="""
C | The mobile app stayed available, and customers were pointed to it on the first morning.
C | Telephone banking lines were reinforced with branch staff, and queue times were published every hour.
V | Le personnel des agences a été formidable.
"""))

# 4. Xbox Live and PlayStation Network, Christmas 2014 (online console gaming): a group calling itself Lizard Squad,
# which had announced the attack weeks earlier, hit both networks with distributed denial-of-service traffic from
# 24-25 December; new consoles unwrapped on Christmas Day could not sign in; the group asked for retweets to stop;
# Sony acknowledged the issue on its AskPlayStation account; services came back over the following days.
S.append(dict(url="https://www.businessinsider.com.au/playstation-network-and-xbox-live-are-down-and-the-notorious-hacker-gang-lizard-squad-is-taking-credit-2014-12",
people=["Jorvald Kettunsaari", "Fenwynne Brandwithe", "Tuulikki Harvanmäki", "Osgar Flenderhurst"],
blame="""
B failure-verb | Osgar saw the group's threats on Twitter in early December and never escalated them beyond a note in the weekly security summary.
B passive-agent | Die Entscheidung, über Weihnachten keinen zusätzlichen DDoS-Schutz einzukaufen, wurde vom Netzwerkbudget-Team getroffen.
B sarcasm | they literally announced the date on twitter weeks ahead. must have been hard to predict
B group-blame | Verkkotiimi tiesi jouluaaton uhasta viikkoja etukäteen eikä tehnyt mitään.
B counterfactual | If Fenwynne had signed the scrubbing contract in November, the sign-in service would have stayed up for the kids unwrapping consoles.
B nobody-blame | Nobody in network operations bothered to ask what Christmas morning sign-in traffic plus an attack would look like.
B competence | Kuka tahansa osaava verkkoinsinööri olisi ottanut liikenteen suodatuksen käyttöön jo aattona.
B hindsight | It was obvious from the start that Christmas Day was the target, and the people in charge still went home for the holiday.
O system-failure | The sign-in service could not tell attack traffic from real logins, so new consoles failed activation along with everyone else.
O system-should | The network edge should have switched traffic to the scrubbing provider automatically when inbound volume passed its threshold.
O actor-neutral | Jorvald joined the incident call at 09:20 on Christmas morning and started routing traffic through the upstream filter.
O neutral-fact | Hyökkäys alkoi 24. joulukuuta, ja joulupäivänä kumpikaan verkko ei toiminut useimmille käyttäjille.
O agentless-passive | Der Status wurde über den Support-Account auf Twitter bestätigt, bevor die Statusseite aktualisiert war.
O policy-subject | The holiday staffing plan Tuulikki worked from kept one network engineer on call per region, and it made no allowance for an announced attack.
O credit | kiitos Tuulikille, joka pysyi linjoilla koko joulupäivän ja piti asiakastuen ajan tasalla
O system-counterfactual | With a rate limit per account on the sign-in endpoint, the real logins would have had a far better chance of getting through.
""",
actions="""
Y Y N PREVENTS | Network operations | 2015-03-31 | Contract an always-on scrubbing service for the sign-in and store endpoints and test the diversion with a simulated attack each quarter.
N N N PARTIAL | we | | Prepare properly for Christmas next time.
Y Y Y DETECTS | Jorvald Kettunsaari | 2015-02-28 | Alert the network on-call when inbound traffic to the sign-in service exceeds three times the forecast for that hour.
N Y Y PARTIAL | Osgar | | Ottaa uhkaukset vakavammin jatkossa.
N N N DETECTS | | | Watch social media for threats.
Y Y N PARTIAL | Platform security | 2015-06-30 | Let consoles that signed in within the last 14 days play offline single-player games without reaching the sign-in service.
N Y N PREVENTS | Security team | | Improve our DDoS defences.
Y Y Y PARTIAL | Fenwynne Brandwithe | 2015-11-30 | Staff two network engineers per region on 24, 25 and 31 December, named in the holiday rota by 1 December.
N Y Y DETECTS | Tuulikki Harvanmäki | | Seurata verkkoliikennettä tarkemmin pyhien aikana.
Y N N PREVENTS | | 2015-12-01 | Review every public threat against our online services with the security lead within 48 hours of it being posted.
N N N PARTIAL | everyone | | Remember how many families were let down that morning.
""",
ww="""
C | Traffic was moved through the upstream filter within a few hours of the call starting.
V | The team showed great dedication over Christmas.
V | Tiimi hoiti tilanteen hienosti.
"""))

# 5. National Australia Bank, 24-26 November 2010 (bank batch processing): a corrupted file in the overnight batch on
# Wednesday 24 November stopped payment processing for about four hours; salaries, Centrelink welfare payments, card and
# interbank payments delayed on Thursday; ATMs and EFTPOS affected; about 19,000 accounts got duplicate or missing
# entries during the catch-up; partner banks (Citibank, HSBC) also hit; branches opened on Sunday; press reported a
# staffer's error as the trigger; KPMG called in; thousands of compensation claims.
S.append(dict(url="https://www.itnews.com.au/news/corrupted-file-crashes-nab-payments-240043",
people=["Lachtrim Overbeck", "Zdeňka Křivánková", "Pellam Stroudweather", "Mirabeth Coningsdale"],
blame="""
B failure-verb | Pellam loaded the changed batch file straight into production on Wednesday night and never ran it through the test region.
B passive-agent | Soubor pro noční dávku byl upraven Zdeňčiným týmem bez druhé kontroly a bez záznamu v systému změn.
B sarcasm | pay day, no pay. thanks NAB, my rent and my landlord both appreciate the "technology issue"
B group-blame | The mainframe operations crew knew the batch had not finished by 4am and still told the call centre everything was fine.
B counterfactual | Kdyby Lachtrim zastavil dávku hned po první chybě, nemuseli jsme ručně opravovat devatenáct tisíc účtů.
B human-error | Newspaper headline quoted in the review pack: human error triggered the software corruption.
B role-blame | the batch scheduler on night shift just re-ran the job twice without telling anyone, that's where the duplicates came from
B mistake-attribution | Mistakes were made by the payments operations team during the weekend catch-up.
O system-failure | The overnight batch stopped on the corrupted file, so salary, welfare and interbank payments due on Thursday were not posted.
O system-should | The batch job should have validated the file's record counts and checksum before processing a single payment.
O actor-neutral | Mirabeth called the partner banks at 05:30 on Thursday to tell them their settlement files would be late.
O neutral-fact | About 19,000 accounts showed duplicate or missing transactions while the backlog was worked through over the weekend.
O agentless-passive | Pobočky byly v neděli otevřeny, aby zákazníci mohli vybrat hotovost a nechat si zkontrolovat účty.
O policy-subject | The change procedure Pellam followed treated batch parameter files as data, so they needed no approval before going live.
O credit | shout out to Lachtrim's reconciliation team, they hand-checked the duplicate postings all weekend
O error-term | Většina chyb, které klienti v sobotu viděli, byly rozdíly v zobrazení mezi účetní knihou a internetovým bankovnictvím, ne chybné zůstatky.
""",
actions="""
Y Y N PREVENTS | Payments operations | 2011-03-31 | Reject any batch input file whose record count or control total differs from its header, before the first payment is posted.
N N N PARTIAL | we | | Win back customers' trust after the payments failure.
Y Y Y DETECTS | Mirabeth Coningsdale | 2011-01-31 | Alert the batch duty manager when the overnight payment run has not finished by 02:30, with the step that is still running.
N Y Y PARTIAL | Pellam | | Think about how batch files are changed.
Y Y N PREVENTS | | 2011-02-28 | Block re-runs of a payment batch step unless the duty manager enters an approval code in the scheduler.
N N N DETECTS | | | Night operators need to stay sharper.
Y Y Y PARTIAL | Zdeňka Křivánková | 2011-02-15 | Zavést pro všechny parametrické soubory dávek schvalování dvěma lidmi a evidenci v systému změn.
N Y N PREVENTS | Mainframe engineering | | Modernise the batch platform.
Y N N PARTIAL | Customer remediation | 2011-06-30 | Settle every compensation claim arising from the November outage within 30 days of receipt and report the backlog weekly.
N Y Y PARTIAL | Lachtrim Overbeck | 2011-01-15 | Zlepšit komunikaci s partnerskými bankami.
Y Y N DETECTS | | | Reconcile the count of posted payments with the count received from each partner bank every morning and page on any gap.
""",
ww="""
C | Branches opened on Sunday, and customers could withdraw cash and have their balances checked.
C | Partnerské banky dostaly od čtvrtka každé ráno souhrn stavu zpracování.
V | Great spirit across the bank.
"""))

# 6. Gmail, 27-28 February 2011 (consumer webmail): a bug in a storage software update deleted several copies of mail
# for about 0.02% of users (roughly 40,000 accounts, first estimated higher); the rollout was stopped; mail was restored
# from offline tape backups, which took hours; mail sent to affected users between 6pm PST 27 Feb and 2pm PST 28 Feb was
# likely not delivered and bounced.
S.append(dict(url="https://www.bbc.co.uk/news/technology-12607364",
people=["Weylin Abernost", "Gundrada Pfeilsticker", "Corvander Muschgau", "Tamsley Okonkwè"],
blame="""
B failure-verb | Corvander rolled the storage update out to several replicas at once and didn't wait to watch the first one.
B passive-agent | Der Rollout wurde von Gundradas Team freigegeben, obwohl der Canary erst seit einer Stunde lief.
B sarcasm | "multiple copies in multiple data centers" and somehow all of them got wiped. impressive redundancy
B group-blame | The storage team was so sure replication made them safe that they treated the update like a config tweak.
B counterfactual | Had Weylin kept the update to one cell overnight, the bug would have emptied a few hundred inboxes, not forty thousand.
B rhetorical-question | Wer hat eigentlich entschieden, dass ein Update der Speicherschicht alle Replikate gleichzeitig treffen darf?
B competence | Wer so ein Update ohne gestaffelte Verteilung ausrollt, hat von verteilten Systemen nichts verstanden.
B nobody-blame | not a single reviewer asked what the update would do to a replica that was already mid-migration
O system-failure | The bug in the storage update deleted mail from several copies of the same accounts, so failing over to another replica did not help.
O system-should | The storage layer should have refused to delete data from more than one replica of an account within the same hour.
O actor-neutral | Tamsley stopped the rollout after the first user reports of empty inboxes and rolled the storage software back.
O neutral-fact | About 0.02% of accounts, roughly 40,000, were emptied; mail sent to them during the incident window bounced.
O agentless-passive | Die Daten wurden von Offline-Bändern zurückgeholt, was Stunden statt Millisekunden dauerte.
O policy-subject | The rollout policy Corvander followed allowed a storage update to reach all replicas on the same day if the canary showed no errors.
O credit | props to Gundrada's tape team, they had the first restored inboxes back by Monday evening
O org-subject | The company published an explanation on its official blog while the restores were still running.
""",
actions="""
Y Y N PREVENTS | Storage infrastructure | 2011-05-31 | Roll storage software updates out one replica set at a time with at least 24 hours between sets, enforced by the release tool.
N N N PARTIAL | we | | Make sure mail never disappears again.
Y Y Y DETECTS | Tamsley Okonkwè | 2011-04-15 | Alert storage on-call when more than 100 accounts drop to zero messages within ten minutes.
N Y Y PARTIAL | Corvander | | Noch einmal über die Rollout-Strategie nachdenken.
N N N DETECTS | | | Speicher-Updates besser im Blick behalten.
Y Y N PARTIAL | Tape operations | 2011-06-30 | Restore 1,000 sample accounts from tape each month and record how long it took, with a target under six hours.
N Y N PREVENTS | Storage team | | Harden the replication layer.
Y Y Y PREVENTS | Weylin Abernost | 2011-05-15 | Add a guard that blocks any single job from deleting data in more than one replica of an account.
N Y Y PARTIAL | Gundrada Pfeilsticker | | Die Kommunikation mit den Nutzern verbessern.
Y N N PARTIAL | | 2011-09-30 | Keep a delayed, read-only copy of every mailbox that lags the live copy by at least 24 hours.
N N N PARTIAL | everyone | | Never take user data for granted.
""",
ww="""
C | Offline tape backups were untouched by the bug, so every deleted message could be restored.
V | Fantastische Zusammenarbeit über alle Standorte.
V | Good teamwork under pressure.
"""))

# 7. Tumblr, 5-6 December 2010 (blogging platform): during planned maintenance that was not meant to interrupt service,
# an issue took down a critical database cluster; the whole network was down for about 24 hours; rebuilding the cluster
# was slow and manual; the staff blog itself could not be posted to; blogs came back first and then the dashboard; no
# data was lost; the company had a small engineering team and fast traffic growth.
S.append(dict(url="https://www.adweek.com/digital/great-2010-tumblr-outage-is-over-growing-pains-to-blame/",
people=["Edwyn Sarraquill", "Brisetta Valcourtois", "Ebberhold Keddlestone", "Tamzyne Pomfrayne"],
blame="""
B failure-verb | Ebberhold started the maintenance on a Sunday afternoon with no rollback plan written down and failed to tell support it was happening.
B passive-agent | La maintenance a été lancée par le responsable des bases de données en pleine heure de pointe européenne.
B sarcasm | 24 hours down and the status updates were on twitter because the status blog was on tumblr. chef's kiss
B group-blame | The ops guys have been winging it for a year, everyone inside knew the cluster was held together with tape.
B counterfactual | if Edwyn had tried the procedure on the replica first like he said he would, we'd have lost an hour at most
B character | Ebberhold is careless with production and everyone on the team has been cleaning up after him for months.
B human-error | Post-incident note: primary cause was human error during database maintenance.
B self-blame | Fui yo quien dio luz verde al mantenimiento sin pedir un plan de vuelta atrás; eso fue un error mío.
O system-failure | An issue during maintenance took down a critical database cluster, and with it every blog and the dashboard.
O system-should | The status page should have been hosted outside the platform so it stayed up when the platform went down.
O actor-neutral | Tamzyne posted hourly updates on the company's Twitter account while the staff blog was unreachable.
O neutral-fact | The network was down for roughly 24 hours, and no blog data was lost.
O agentless-passive | Les blogs ont été remis en ligne progressivement, puis l'accès au tableau de bord a été rouvert.
O policy-subject | The maintenance process Brisetta followed had no step requiring a rehearsal on a replica before touching the primary cluster.
O credit | thank you Brisetta for the 20-hour rebuild, every single table came back intact
O system-counterfactual | Avec un second cluster contenant une copie récente, la reprise aurait été une simple bascule plutôt qu'une reconstruction manuelle.
""",
actions="""
Y Y N PREVENTS | Database engineering | 2011-02-28 | Rehearse every database maintenance procedure on a replica first and attach the rehearsal log to the change ticket.
N N N PARTIAL | we | | Grow the platform more carefully.
Y Y Y PARTIAL | Tamzyne Pomfrayne | 2011-01-15 | Move the status page to an external host and post the first update there within 15 minutes of any outage.
N Y Y PREVENTS | Ebberhold | | Production databases deserve more respect from now on.
Y Y N DETECTS | | 2011-01-31 | Page the database on-call when any cluster node falls more than 60 seconds behind its primary.
N N N DETECTS | | | Monitor database health better.
Y Y Y PREVENTS | Edwyn Sarraquill | 2011-03-31 | Split the critical database cluster so that no single cluster holds data for more than a quarter of all blogs.
N Y N PARTIAL | Operations | | Mettre à jour la documentation d'exploitation.
Y N N PARTIAL | Engineering leadership | 2011-06-30 | Write and test a recovery runbook for every production datastore, each restored end to end at least once.
N Y Y PARTIAL | Brisetta Valcourtois | 2011-01-31 | Revoir les procédures de maintenance avec l'équipe.
Y Y N PARTIAL | | | Announce planned database maintenance to support and on the status page at least 24 hours ahead.
""",
ww="""
C | No blog posts or media were lost; every table was checked before the blogs were switched back on.
C | Las actualizaciones en Twitter salieron cada hora aunque el blog oficial estaba caído.
V | The community was amazing.
"""))

# 8. Hartsfield-Jackson Atlanta International Airport, 17 December 2017 (aviation ground operations): at about 1:06pm a
# fire in an underground Georgia Power electrical facility cut power to the airport; the utility said a switchgear
# failure may have spread to the redundant circuits, so the supply could not switch to alternative sources; more than
# 1,000 flights (about 1,400) cancelled; tens of thousands of passengers in dark terminals and on aircraft on the
# tarmac; FAA stopped arrivals; one concourse back at about 7:45pm, full power around midnight; shelter at the
# convention centre; 5,000+ meals; one airline cancelled about 300 flights the next day.
S.append(dict(url="https://www.enr.com/articles/43663-utility-fire-at-atlanta-airport-grounds-about-1400-flights",
people=["Darnelle Whitsbury", "Eusebiano Barrundía", "Halcyra Calloway-Tern", "Thaddock Vandermuir"],
blame="""
B failure-verb | Thaddock signed off the utility vault inspection in the spring and never asked why both feeds ran through the same tunnel.
B passive-agent | The call to keep passengers on aircraft on the tarmac for hours was made by the ramp control manager, not by the airlines.
B sarcasm | el aeropuerto más transitado del mundo, un solo incendio y once horas a oscuras con la linterna del móvil. ¡menuda resiliencia!
B group-blame | La gente de operaciones del aeropuerto no tenía ni idea de qué hacer con miles de pasajeros a oscuras.
B counterfactual | If Halcyra had bought the portable generators that were in last year's budget request, the concourse lights and jet bridges would have kept working.
B competence | No competent airport engineer puts the primary and the backup circuits next to each other in one underground room.
B rhetorical-question | ¿Quién decidió que bastaba con un solo túnel para las dos acometidas eléctricas del aeropuerto?
B sanction | The facilities director who approved that vault layout should be taken off the resilience programme.
O system-failure | The fire in the underground facility damaged the redundant circuits as well, so the airport's supply could not switch to its other sources.
O system-should | The backup feed should have been routed through a separate vault so one fire could not take both circuits.
O actor-neutral | Darnelle opened the emergency operations centre at 13:20 and asked the FAA to stop arrivals.
O neutral-fact | More than 1,000 flights were cancelled and power to the last concourse came back shortly before midnight.
O agentless-passive | Se abrió el centro de convenciones para los pasajeros que no tenían dónde pasar la noche y se repartieron más de 5.000 comidas.
O policy-subject | The emergency plan Eusebiano followed covered a terminal evacuation but said nothing about a full loss of power with aircraft at the gates.
O credit | hats off to Eusebiano's ramp crews, who walked passengers off dozens of aircraft using stairs and torches
O quoted-question | Shift log, 14:05: "do we have any timeline from the utility at all?" - none yet.
""",
actions="""
Y Y N PREVENTS | Airport facilities | 2018-12-31 | Route the backup power supply through a separate vault and tunnel, at least 100 metres from the primary feed.
N N N PARTIAL | we | | Never leave passengers in the dark like that again.
Y Y Y PARTIAL | Darnelle Whitsbury | 2018-03-31 | Write a total-power-loss procedure covering passengers on aircraft, and drill it with the airlines twice a year.
N Y Y DETECTS | Thaddock | | Keep an eye on the utility vaults.
N N N DETECTS | | | Stay alert to risks in the power supply.
Y Y N PARTIAL | | 2018-06-30 | Keep portable generators on site able to power the jet bridges and lighting of at least one concourse within two hours.
N Y N PREVENTS | Utility liaison | | Work more closely with the power company.
Y Y Y DETECTS | Eusebiano Barrundía | 2018-02-28 | Revisar la cámara eléctrica con termografía cada mes y registrar cualquier punto caliente en el libro de mantenimiento.
N Y Y PARTIAL | Halcyra Calloway-Tern | 2018-04-30 | Mejorar la coordinación con las aerolíneas durante las emergencias.
Y N N PARTIAL | Passenger services | 2018-09-30 | Pre-arrange overnight shelter and meals for 30,000 passengers with the city, confirmed in writing each November.
N N N PARTIAL | everyone | | Put passenger welfare first.
""",
ww="""
C | Ramp crews used stairs to bring passengers off aircraft that were stuck at gates without power.
V | Everyone showed real compassion for the stranded travellers.
V | El personal estuvo a la altura.
"""))

# 9. Joo Koon MRT station, Singapore, 15 November 2017 (rail signalling, CBTC migration): on the East-West Line, with
# the old and new (Thales CBTC) signalling in use, a train stopped at Joo Koon at about 8:18am because of a signalling
# anomaly and was detrained; a second train stopped 10.7 m behind it; at about 8:20am the second train moved forward
# and hit it; a software protection feature had been removed from the first train when it passed a faulty signalling
# circuit, so the system saw it as a three-car train instead of six; 38 people injured; Tuas West Extension suspended
# the next day and later isolated; final findings: a software logic issue with a confluence of failure conditions.
S.append(dict(url="http://www.straitstimes.com/singapore/transport/inadvertent-removal-of-software-fix-led-to-collision",
people=["Kwan Haoliren", "Séverine Malbrancq", "Thirunavukk Selvadurain", "Ludovine Roquebrère"],
blame="""
B failure-verb | Séverine's software team knew about the three-car profile fault since testing and failed to make the fix survive a faulty track circuit.
B passive-agent | La décision de laisser circuler les trains sur la ligne en double signalisation a été prise par le chef de projet, malgré les alertes de juin.
B sarcasm | Union newsletter: "safe to operate", they told us in June, and in November our driver sat in the cab watching the train behind him roll in.
B group-blame | The commissioning people were so eager to hit the migration dates that they treated every signalling fault as a nuisance, not a warning.
B counterfactual | Si Ludovine avait exigé un essai du module de protection sur un circuit défaillant, la collision n'aurait jamais eu lieu.
B role-blame | the depot technician who cleared the train for service at Ulu Pandan didn't check the protection flag, that's the gap right there
B hindsight | It was obvious after the June disruptions that running two signalling systems on one line would bite us, and management pressed on anyway.
B human-error | Press briefing notes, first version: cause under investigation, likely human error in train preparation.
O system-failure | The protection feature was removed when the first train passed a faulty signalling circuit, so the system saw it as a three-car train.
O system-should | Le système de signalisation aurait dû traiter un train au profil manquant comme le plus long possible, et non comme le plus court.
O actor-neutral | Kwan reported the anomaly from the first train at 08:18 and began detraining passengers at Joo Koon.
O neutral-fact | The second train had stopped 10.7 metres behind; it then moved forward and struck the first, and 38 people were injured.
O agentless-passive | Le prolongement ouest a été fermé le lendemain pour que le fournisseur vérifie l'ensemble du système.
O policy-subject | The transition procedure Thirunavukk followed required manual checks at depot exit but did not cover the changeover point between the two systems.
O credit | credit to Kwan, who stayed on the empty train and kept the control centre informed until the rescue crews arrived
O system-counterfactual | With a simulation facility testing the changeover logic before service, the faulty-circuit case would have been found off line.
""",
actions="""
Y Y N PREVENTS | Signalling contractor | 2018-03-31 | Change the CBTC logic so that a train with an unknown or missing profile is always treated as a six-car train, verified in simulation.
N N N PARTIAL | we | | Restore commuters' confidence in the East-West Line.
Y Y Y DETECTS | Thirunavukk Selvadurain | 2017-12-31 | Raise an alarm in the operations control centre whenever a train's reported length differs from its consist record.
N Y Y PARTIAL | Séverine | | Revoir le module de protection avec l'équipe logicielle.
Y Y N PARTIAL | | 2018-06-30 | Build a signalling simulation facility in Singapore and run every CBTC software change through it before it reaches the line.
N N N DETECTS | | | Pay more attention to signalling faults.
Y N N PREVENTS | Land transport regulator | 2018-12-31 | Keep the Tuas West Extension separated from the rest of the line until the migration has run 90 days without a protection-related fault.
Y Y N PARTIAL | Rail operations | 2018-03-31 | Run a joint fault-finding drill with the signalling contractor every month on the Tuas West Extension and log each fault's time to diagnosis.
N Y Y PARTIAL | Ludovine Roquebrère | 2018-01-31 | Améliorer les échanges avec l'opérateur.
Y Y Y DETECTS | Kwan Haoliren | 2018-01-15 | Add a check of the protection status to the driver's pre-departure screen, with departure blocked if it is missing.
N N N PARTIAL | everyone | | Remember that safety comes before the timetable.
""",
ww="""
C | Passengers on the first train had already been detrained, so it was empty when it was struck.
C | Bus bridging started on the affected stretch the next morning, before the first trains would have run.
V | Les équipes ont été exemplaires.
"""))

# 10. Seattle Children's Hospital, 14-19 September 2010 (hospital medication error): an eight-month-old infant in
# intensive care recovering from heart problems was given ten times the intended dose of calcium chloride (1.4 g
# instead of 140 mg); the nurse, experienced and with a clean record, miscalculated mL from mg/mL in her head while
# being talked to, sought help at once and filed an incident report the same day; the infant died five days later;
# the hospital apologised, reported it to the state, placed the nurse on leave and then dismissed her; the state
# nursing commission opened an investigation. All names invented.
S.append(dict(url="http://www.seattletimes.com/seattle-news/baby-dies-at-seattle-childrens-hospital-after-overdose/",
people=["Annavere Kolstadine", "Arrosuneta Etxebarrena", "Lorimel Fauntleby", "Rudyard Pemberthwick"],
blame="""
B failure-verb | Annavere drew up the dose while chatting at the bedside and never asked a second nurse to check her arithmetic.
B passive-agent | The tenfold dose was drawn up and given by Annavere alone, without anyone being asked to check it.
B sarcasm | Union newsletter: twenty-four years of clean practice, one slip in mental arithmetic, and management's "just culture" turned out to mean the exit door.
B group-blame | Las enfermeras de la UCI llevaban años calculando dosis de memoria y nadie del grupo lo cuestionó.
B counterfactual | If Lorimel had insisted on pharmacy-prepared syringes for calcium chloride, this infant would have had the right dose.
B competence | Anyone trained in paediatric critical care should be able to convert milligrams to millilitres without a tenfold error.
B rhetorical-question | How does a nurse with that much experience get a decimal point wrong on a drug this dangerous?
B character | Frankly Annavere had become overconfident after so many years and stopped double-checking anything.
O system-failure | The ward had no pharmacy-prepared, weight-based syringe for calcium chloride, so the dose was converted by hand at the bedside.
O system-should | The infusion setup should have required the dose to be entered in milligrams and checked against the patient's weight.
O actor-neutral | Annavere recognised the overdose within minutes, called for help and filed an incident report the same day.
O neutral-fact | The infant received 1.4 grams of calcium chloride instead of 140 milligrams and died five days later.
O agentless-passive | El caso se notificó al departamento de salud del estado, como exige la ley.
O policy-subject | The independent double-check policy Arrosuneta taught applied to insulin and heparin but not to calcium chloride.
O credit | gracias a Arrosuneta y al equipo de cardiología, que llegaron en cuestión de minutos para estabilizar a la niña
O meta-blameless | Review note: the finding is not "the nurse miscalculated"; it is that a tenfold-risk drug was being dosed by mental arithmetic with no second check.
""",
actions="""
Y Y N PREVENTS | Pharmacy | 2011-01-31 | Supply calcium chloride for the cardiac ICU only as pharmacy-prepared, patient-specific syringes labelled in milligrams and millilitres.
N N N PARTIAL | we | | Do everything we can so this never happens to another family.
Y Y Y PREVENTS | Arrosuneta Etxebarrena | 2010-11-30 | Add calcium chloride to the list of drugs requiring an independent double check, and audit 30 administrations a month for compliance.
N Y Y PARTIAL | Annavere | | Ser más cuidadosa al preparar medicación.
N N N DETECTS | | | Estar más atentos con los medicamentos de alto riesgo.
Y Y N DETECTS | | 2011-03-31 | Set dose limits in the smart pumps for calcium chloride by patient weight, with a hard stop above twice the maximum dose.
N Y N PARTIAL | Nursing leadership | | Support staff better after errors.
Y Y Y PARTIAL | Lorimel Fauntleby | 2010-12-15 | Post a weight-based dosing chart for calcium chloride at every cardiac ICU medication station.
N Y Y PARTIAL | Rudyard Pemberthwick | 2011-02-28 | Revisar la política de comunicación con las familias.
Y N N PARTIAL | Patient safety office | 2011-06-30 | Review every medication error reported in the last three years and publish which ones a second check would have caught.
N N N PARTIAL | everyone | | Build a culture where people can speak up.
""",
ww="""
C | The nurse reported her own error the same day, which let the team act quickly and start the review.
V | The unit showed great compassion towards the family.
V | El equipo se apoyó mucho.
"""))

# 11. Mari / Vasilikos, Cyprus, 11 July 2011 (power grid): 98 containers of explosives seized from a ship in 2009 had
# been stored in the open at the Evangelos Florakis naval base next to the Vasilikos power station; a brush fire early on
# 11 July set them off; 13 people died (including firefighters) and 62 were injured; Vasilikos, 767 MW of the island's
# 1,436 MW and almost 60% of supply, was wrecked; generation fell from about 700 MW to 140 MW; rolling power cuts in
# high summer; the defence minister and national guard chief resigned; repairs took about two years.
S.append(dict(url="https://www.powermag.com/explosion-devastates-major-cypriot-power-plant/",
people=["Stelianos Karavoudis", "Theodosia Pachnikou", "Wolfrune Rauschenbach", "Vilemína Drahoňovská"],
blame="""
B failure-verb | Stelianos left the seized containers sitting in the sun for two years and never once ordered them moved away from the power station.
B passive-agent | Die Warnungen der Feuerwehr wurden vom Stab der Nationalgarde monatelang einfach abgelegt.
B sarcasm | two years of offers to take the explosives away, all politely declined. now we get rolling blackouts at 40 degrees. well played
B group-blame | Politici si z těch kontejnerů udělali vyjednávací kartu a na elektrárnu vedle nikdo nepomyslel.
B counterfactual | Had Theodosia's ministry accepted any of the offers to dispose of the cargo, the island would still have its largest power station.
B nobody-blame | not one person in the chain of command asked what would happen to the grid if that field caught fire
B role-blame | Der diensthabende Offizier auf dem Stützpunkt hat die Feuerwehr viel zu spät vor der Ladung gewarnt.
B sanction | The officials who kept that cargo beside the power plant should face criminal charges, not just resignations.
O system-failure | The blast destroyed most of the Vasilikos units, and the grid lost close to 60% of its generating capacity in one morning.
O system-should | The grid plan should have spread critical generation so that no single site carried more than half the island's supply.
O actor-neutral | Wolfrune, the transmission operator's shift engineer, began load shedding at 05:50 to keep the rest of the grid stable.
O neutral-fact | Výroba elektřiny po výbuchu okamžitě klesla z asi 700 MW na 140 MW a odpoledne se vrátila na 560 MW.
O agentless-passive | Byly zavedeny střídavé výpadky proudu a letiště přešla na vlastní záložní zdroje.
O policy-subject | The storage rules Stelianos worked under had no minimum distance between seized munitions and civilian infrastructure.
O credit | Dank an Vilemína und die Netzleitstelle, die das Restnetz in der ersten Stunde stabil gehalten haben.
O self-report | Handover log, 06:10: I shed the Limassol and Larnaca feeders in turn to hold frequency; no customer was warned in advance.
""",
actions="""
Y Y N PREVENTS | Transmission system operator | 2012-06-30 | Contract at least 300 MW of temporary generation at sites more than 10 km from Vasilikos until the station is rebuilt.
N N N PARTIAL | we | | Make sure the island's power supply is never this fragile again.
Y Y Y PARTIAL | Wolfrune Rauschenbach | 2011-09-30 | Publish the rolling load-shedding rota by district a day in advance on the operator's website and on radio.
N Y Y DETECTS | Stelianos | | Keep watch over any dangerous material stored near critical sites.
Y Y N PREVENTS | | 2011-12-31 | Remove all seized explosives from the naval base to a licensed depot at least 5 km from any power station.
N N N DETECTS | | | Be more aware of hazards near the grid.
Y N N PREVENTS | Energy ministry | 2013-12-31 | Require every new generating site to be at least 2 km from military or hazardous storage, checked in the licence review.
Y Y N PARTIAL | Civil defence | 2011-12-31 | Give the fire service a written inventory of every hazardous store on military sites, updated within seven days of any change.
N Y Y PARTIAL | Theodosia Pachnikou | 2011-10-31 | Zlepšit informování veřejnosti o výpadcích.
Y Y Y DETECTS | Vilemína Drahoňovská | 2011-08-31 | Alarm the grid control room when reserve margin falls below 100 MW for more than ten minutes.
N N N PARTIAL | everyone | | Honour those who died by learning from this.
""",
ww="""
C | Load shedding began within minutes, and the rest of the grid did not collapse.
C | Owners of reserve generators were asked to run them the same day, which eased the shortfall.
V | Alle haben zusammengehalten.
"""))

# 12. Chipotle Mexican Grill, October-November 2015 (restaurant food safety / recall-style closure): health officials in
# Washington and Oregon linked about 22 Shiga-toxin E. coli cases (19 in Washington, 3 in Oregon; illness from about 14
# to 23 October; about a third hospitalised) to six restaurants; on 31 October the chain voluntarily closed all 43 of
# its restaurants in the Seattle and Portland areas; no specific food was named; about 900 food samples tested
# negative; restaurants reopened after deep cleaning and discarding food; earlier in 2015 it had a Minnesota salmonella
# outbreak linked to tomatoes.
S.append(dict(url="https://firstwefeast.com/eat/2015/11/chipotle-shuts-down-stores-washington-oregon-e-coli",
people=["Graciela Montelongo", "Fennimer Whistlecombe", "Clemancy Oakenhurst", "Baltasarín Yzaguirre"],
blame="""
B failure-verb | Fennimer kept the fresh-produce supplier on after the Minnesota tomato case and never asked for its test records.
B passive-agent | Los controles de temperatura de la línea de preparación se firmaban por el encargado sin medir nada, según varios empleados.
B sarcasm | "food with integrity" they said. my kid spent four days in hospital. integrity indeed
B group-blame | Corporate food safety treated the summer salmonella scare as bad luck and changed nothing in the kitchens.
B counterfactual | Si Baltasarín hubiera pedido el análisis de lotes al proveedor en agosto, el brote se habría detectado antes de llegar a Seattle.
B repeat-offender | Same supplier management team as the Minnesota outbreak, same blind spot, three months later.
B competence | Anybody who has run a fresh-prep kitchen knows you don't chop raw produce on site without a kill step.
B self-blame | Area manager, in the review: I signed off the prep logs at my six stores without ever watching a wash cycle; that was my failure.
O system-failure | The supply chain had no test-and-hold step for fresh produce, so a contaminated lot could reach many restaurants before anyone knew.
O system-should | The tracing system should have linked every ingredient lot to the restaurants that received it within hours, not days.
O actor-neutral | Clemancy closed all 43 restaurants in the Seattle and Portland areas on 31 October, after the health departments' first call.
O neutral-fact | About 22 people fell ill in Washington and Oregon, and roughly a third of them were hospitalised.
O agentless-passive | Se tomaron unas 900 muestras de alimentos, y todas dieron negativo para E. coli.
O policy-subject | The sourcing policy Graciela worked under favoured small local farms, and it made no testing requirement of them.
O credit | gracias a Graciela y a los gerentes de tienda, que tiraron todo el inventario y limpiaron cada local en dos días
O quoted-question | Health department call, 30 October: "can you tell us every restaurant that got the same produce delivery?" and the answer took two days.
""",
actions="""
Y Y N PREVENTS | Supply chain | 2016-02-29 | Test every lot of fresh produce for pathogens before it ships to restaurants and hold it until the result is negative.
N N N PARTIAL | we | | Become the leader in food safety.
Y Y Y DETECTS | Baltasarín Yzaguirre | 2016-01-31 | Trace any ingredient lot to every restaurant that received it within four hours, proven in a quarterly drill.
N Y Y PARTIAL | Fennimer | | Hablar con los proveedores sobre seguridad alimentaria.
Y Y N PREVENTS | | 2016-03-31 | Blanch onions, lemons and limes in a central kitchen before delivery, and record the time and temperature for every batch.
N N N DETECTS | | | Vigilar más de cerca las quejas de clientes enfermos.
Y Y Y PARTIAL | Clemancy Oakenhurst | 2015-12-31 | Pay every restaurant employee who reports gastro symptoms for five days off, logged in the HR system.
N Y N PREVENTS | Restaurant operations | | Retrain the kitchen crews.
Y N N PARTIAL | Food safety office | 2016-06-30 | Publish a quarterly food-safety report listing every restaurant inspection score and any illness complaint across all regions.
N Y Y PARTIAL | Graciela Montelongo | 2016-02-15 | Mejorar la relación con las autoridades sanitarias.
Y Y N DETECTS | | | Alert the food safety office when two or more illness complaints name the same restaurant within seven days.
""",
ww="""
C | All 43 restaurants in the two markets were closed within a day of the first call from health officials.
C | Se desechó todo el inventario y cada local se limpió a fondo antes de reabrir.
V | Our crews handled a very hard week with grace.
"""))

# 13. Shanghai and Shenzhen stock exchanges / China Securities Regulatory Commission, 4-7 January 2016 (stock-exchange
# trading halts): a new circuit breaker on the CSI 300 index took effect on 4 January: a 5% move halted trading for
# 15 minutes, 7% closed the market for the day; on 4 January the 5% halt came at 1:13pm, trading resumed at 1:28pm and
# closed minutes later after a further fall; on 7 January the market closed within about half an hour of the open; the
# regulator suspended the mechanism that evening, saying it had not achieved the intended effect.
S.append(dict(url="https://www.thetradenews.com/circuit-breakers-halt-chinese-trading-on-first-day/",
people=["Qiu Qiaowenyu", "Jaakko Pitkäranta", "Seo Hyunbaekwon", "Ysmeralda Fothergrain"],
blame="""
B failure-verb | Qiu's rules committee picked 5% and 7% thresholds only two points apart and never modelled what traders would do in between.
B passive-agent | 서킷브레이커 기준은 시장 참가자 의견 수렴도 없이 규제 당국 담당 국장이 최종 결정했다.
B sarcasm | a circuit breaker designed to calm the market. it closed the market twice in four days. very calming
B group-blame | The regulator's market design staff copied a mechanism from abroad without understanding how a retail-heavy market would race for the exit.
B counterfactual | Jos Jaakko olisi vaatinut simulaatiota vähittäissijoittajien käytöksestä, rajat olisi asetettu aivan eri tasolle.
B rhetorical-question | 7% 하한이 5%에서 겨우 2%포인트 떨어져 있다는 걸 아무도 이상하다고 생각하지 않았나?
B competence | Anyone with a week of market microstructure would have seen the magnet effect coming.
B hindsight | It was obvious from day one, Monday afternoon, that the mechanism itself was driving the selling, and still it ran again on Thursday.
O system-failure | The 15-minute halt at 5% gave sellers a deadline, and the index reached 7% within minutes of reopening on 4 January.
O system-should | The mechanism should have left a much wider gap between the pause and the full-day close.
O actor-neutral | Seo posted the exchange notice of the full-day close on 7 January less than half an hour after the open.
O neutral-fact | On 4 January the 5% halt came at 13:13, trading resumed at 13:28 and the market closed for the day minutes later.
O agentless-passive | 서킷브레이커 제도는 1월 7일 저녁 시행 나흘 만에 중단되었다.
O policy-subject | The rule Ysmeralda's desk applied halted all shares on both exchanges together, whichever index member had actually moved.
O credit | kiitos Cordelialle, joka sai asiakasilmoitukset ulos jokaisesta keskeytyksestä alle viidessä minuutissa
O org-subject | Sääntelyviranomainen myönsi tiedotteessaan, ettei mekanismi ollut saavuttanut odotettua vaikutusta.
""",
actions="""
Y Y N PREVENTS | Market design | 2016-06-30 | Simulate any proposed market-wide halt rule against the trading data of June to August 2015 and publish the results before it takes effect.
N N N PARTIAL | we | | Make sure new market rules calm the market rather than frighten it.
Y Y Y DETECTS | Seo Hyunbaekwon | 2016-03-31 | 지수가 4% 하락하면 시장감시팀에 즉시 경보를 보내고, 대응 기록을 남긴다.
N Y Y PARTIAL | Qiu | | Reconsider the threshold levels.
N N N DETECTS | | | Listen more closely to what brokers are saying.
Y Y N PARTIAL | | 2016-04-30 | Publish the exact halt and resumption times on the exchange website within five minutes of every market-wide pause.
N Y N PREVENTS | Regulatory policy | | Improve investor education.
Y Y Y PARTIAL | Ysmeralda Fothergrain | 2016-02-29 | Send every member firm a written notice of each halt and its expected end time within five minutes of the trigger.
N Y Y PARTIAL | Jaakko Pitkäranta | 2016-05-31 | Parantaa yhteistyötä pörssien välillä.
Y N N PREVENTS | Exchanges | 2016-12-31 | Replace the market-wide close with single-stock volatility pauses across both exchanges, reviewed after six months of operation.
N N N PARTIAL | everyone | | Learn from this and rebuild confidence.
""",
ww="""
C | Member firms got the halt notices within minutes, so open orders were not left in doubt.
V | 모두가 침착하게 대응했다.
V | The exchanges handled a difficult week professionally.
"""))

# 14. Hanjin Shipping, from 31 August 2016 (shipping and ports): South Korea's largest container line filed for
# receivership in Seoul and stopped taking cargo; ports refused its ships because pilots, tugs and stevedores might not
# be paid; 27 ships had been refused entry by 2 September; some ships were arrested; about USD 14 billion of cargo was
# stuck at sea; a US court granted protection from creditors on 2 September; the group and the government each pledged
# KRW 100 billion to get cargo ashore; shippers demanded information about where their boxes were.
S.append(dict(url="https://splash247.com/anger-grows-14bn-stuck-cargoes-hanjin-ships/",
people=["Ryu Dohwanseung", "Swanhild Ostermöller", "Orlebar Winchcote", "Yun Sebyeollim"],
blame="""
B failure-verb | Ryu's restructuring team let the court filing go ahead without a single contingency plan for the ships already at sea.
B passive-agent | 법정관리 신청은 그룹 경영진이 결정했고, 화주들에게는 단 한 마디 통보도 없었다.
B sarcasm | Forum post: my container has now visited three anchorages and zero ports. world-class logistics
B group-blame | Die Hanjin-Führung hat monatelang so getan, als würde schon jemand einspringen, und keinen Plan für die Abwicklung gehabt.
B counterfactual | 윤세별 팀장이 한 달만 일찍 하역 비용을 따로 확보했더라면 선박들이 바다에 떠 있을 일은 없었다.
B nobody-blame | not one person at head office thought about who would pay the stevedores on the day of the filing
B self-blame | I told our customers their goods were safe with Hanjin right up to August; that advice was mine and it was wrong.
B role-blame | 운항 담당 임원이 선박들에게 항구 밖에 대기하라는 지시만 내리고 이후 상황은 챙기지 않았다.
O system-failure | Once the filing froze the company's accounts, ports had no assurance that pilots, tugs and stevedores would be paid, so ships were refused entry.
O system-should | The booking system should have shown shippers where each vessel and container stood instead of an unchanged sailing schedule.
O actor-neutral | Swanhild arranged for the first stranded ship to berth in Hamburg once the cargo owners had paid the handling charges.
O neutral-fact | By 2 September, 27 ships had been refused entry to ports and terminals, and about USD 14 billion of cargo was stuck.
O agentless-passive | 미국 법원에서 채권자의 선박 압류를 막는 보호 명령이 9월 2일 내려졌다.
O policy-subject | The charter terms Orlebar worked under let owners withdraw ships immediately on insolvency, whatever cargo was on board.
O credit | Danke an Swanhild und die Terminalleute in Hamburg, die trotz offener Rechnungen einen Liegeplatz gefunden haben.
O error-term | Most of the errors in the first status spreadsheet were ships listed as "sailing" that were in fact waiting at anchor.
""",
actions="""
Y Y N PARTIAL | Carrier operations | 2016-09-15 | Publish a daily list of every company vessel with its position, port status and the containers on board until all cargo is discharged.
N N N PARTIAL | we | | Look after the shippers who trusted us.
Y Y Y DETECTS | Yun Sebyeollim | 2016-09-10 | 각 선박의 입항 거부와 압류 여부를 매일 오전 9시까지 화주 협의회에 보고한다.
N Y Y PARTIAL | Ryu | | 화주들과의 소통을 개선한다.
N N N DETECTS | | | Keep watch on how the creditors are reacting.
Y Y N PREVENTS | | 2016-10-31 | Set aside a ring-fenced fund covering port, tug and stevedore costs for every ship at sea before any insolvency filing.
N Y N PREVENTS | Group management | | Do a better job of planning for the worst.
Y Y Y PARTIAL | Swanhild Ostermöller | 2016-09-30 | Für jedes festliegende Schiff bis Monatsende einen Hafen und einen Zahlungsplan für die Entladung vereinbaren.
N Y Y PARTIAL | Orlebar Winchcote | 2016-10-15 | Review the charter contracts with the owners.
Y N N PREVENTS | Maritime ministry | 2017-06-30 | Require carriers above a set fleet size to file an orderly wind-down plan with the regulator every year.
N N N PARTIAL | everyone | | Make sure no shipper is ever left in the dark like this again.
""",
ww="""
C | Two ports were chosen quickly as safe harbours, so ships had somewhere to discharge once money was in place.
V | 직원들이 끝까지 최선을 다했다.
V | The crews at sea showed remarkable patience.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

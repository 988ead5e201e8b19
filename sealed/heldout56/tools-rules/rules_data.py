# heldout56 rules data (see ../rules/SOURCES-heldout56.md). All people invented; no real private person is named, and
# public figures of the incidents are referred to by role only.
# 14 incidents: 7 software / IT, 2018-2025 (Garmin ransomware outage 2020, Tesla app outage 2021, Overwatch 2 launch
# 2022, DigiCert mass revocation 2024, Netflix Paul-Tyson live stream 2024, London Stock Exchange delayed open 2019,
# Disney+ launch 2019) and 7 outside software (Itaewon crowd crush 2022, ITC Deer Park tank fire 2019, Soma mine fire
# 2014, Hard Rock Hotel New Orleans collapse 2019, Ocado Andover warehouse fire 2019, SpaceShipTwo in-flight breakup
# 2014, Toledo drinking-water ban 2014).
# Written as training text in many registers (board memo, Reddit thread, trade magazine, court judgment, inquest summary,
# site foreman's notebook, chat, ticket fields); about a quarter of rows in Italian, Portuguese (Brazil), Dutch,
# Turkish, Chinese (simplified), Hindi in Latin script and Greek. Internal times, roles and details not in the public
# source are invented for realism; public facts are paraphrased.
S = []

# 1. Garmin, 23-27 July 2020: Connect, flyGarmin, website and call centres offline for days after a ransomware attack
# (reported as WastedLocker); production lines in Asia paused; watches kept data locally and synced later; inReach SOS
# kept working. Source: Computing.
S.append(dict(url="https://www.computing.co.uk/news/4018216/garmin-reportedly-hit-ransomware",
people=["Ysethvang Hoxtaver", "Maricruz Obenlaag", "Uromezell Pannewitz", "Saskielle Dromvoort"],
blame="""
B failure-verb | Uromezell heeft de waarschuwing van de EDR-console op dinsdagavond gewoon weggeklikt en is naar huis gegaan.
B passive-agent | The decision to call it "scheduled maintenance" on the status page was taken by Maricruz, against the advice of the security lead.
B counterfactual | If Ysethvang had pushed the offline backup rotation through in the spring like he promised, we would have been restoring in hours instead of days.
B group-blame | Board memo, 27 July: the infrastructure group treated segmentation between the factory network and the corporate domain as someone else's problem for years.
B sarcasm | love that pilots couldn't download their nav database but hey, the marketing site had a very nice apology banner
B role-blame | L'amministratore di turno ha lasciato che il ransomware cifrasse mezzo dominio prima di staccare un solo cavo.
B competence | Honestly, any sysadmin worth the title would have had the domain controllers on a separate admin tier; ours clearly didn't know what that was.
B human-error | Preliminary cause (internal draft 0.2): human error by an IT administrator who opened the initial malicious attachment.
O actor-neutral | Saskielle raised the first P1 at 01:50 after the Connect sync queue stopped draining and the VPN concentrator refused logins.
O agentless-passive | Connect, flyGarmin and the call-centre telephony were taken offline together to stop the encryption from spreading.
O system-failure | The backup catalogue server sat in the same domain and was encrypted along with the systems it was meant to restore.
O system-should | The status page should have been served by an independent provider so it stayed up when the corporate network went dark.
O policy-subject | Het herstelplan dat Ysethvang volgde ging uit van één uitgevallen datacenter, niet van een volledig versleuteld domein.
O neutral-fact | Watches kept recording activities locally, and the data appeared in Connect once syncing resumed several days later.
O credit | Un grazie enorme a Saskielle, che ha rimesso in piedi il sito clienti con una pagina statica mentre tutto il resto era giù.
O error-term | The "502" errors users screenshotted came from the edge proxy answering for origins that had been shut down on purpose, not from a second fault.
""",
actions="""
Y Y N PREVENTS | Infrastructure security | 2020-12-31 | Keep one offline, immutable copy of every production database and prove it each quarter by restoring the Connect database into an isolated network within 24 hours.
N N N PARTIAL | we | | Harden everything against ransomware.
Y Y Y PREVENTS | Uromezell Pannewitz | 2020-10-15 | Remove interactive RDP access to domain controllers from all non-admin workstations, shown by a firewall rule export with zero allowed paths.
N Y Y DETECTS | Maricruz Obenlaag | | Keep a closer eye on the EDR console during night shifts.
Y Y N DETECTS | | 2020-09-30 | Alert the security on-call within 5 minutes when more than 200 files per minute are renamed on any file server.
N N N PARTIAL | Communications | | Customers deserve better updates from us.
Y Y Y PARTIAL | Saskielle Dromvoort | 2020-11-30 | Move the public status page to a separate provider and domain, and test every month that it can be updated with all corporate systems switched off.
N Y N PREVENTS | IT-operations | | De netwerksegmentatie tussen fabriek en kantoor opnieuw bekijken.
Y Y N PREVENTS | everyone | 2021-03-31 | Tutti gli account amministrativi passano a chiavi hardware FIDO2: dal 31 marzo nessun accesso admin senza chiave, verificato dal report mensile dell'IdP.
N N Y PARTIAL | Ysethvang | | Maak de back-ups robuuster.
Y Y N DETECTS | Flight services | 2020-10-31 | Publish aviation database updates through a mirror independent of Connect and confirm a test download from it succeeds in the next disaster drill.
""",
ww="""
C | InReach SOS messaging kept working throughout because it runs over a separate satellite provider path.
C | Devices stored activities locally, so no customer workout data was lost while Connect was down.
V | Dank aan iedereen voor de inzet in die lange week.
"""))

# 2. Tesla, 19-20 November 2021: owners worldwide got "500" errors in the phone app and some could not unlock or start
# their cars; about 500 Downdetector reports around 4:40 pm ET; the CEO replied "checking" and hours later said service
# was coming back, that network traffic verbosity had been increased by accident. Source: The Guardian.
S.append(dict(url="https://www.theguardian.com/technology/2021/nov/20/tesla-app-outage-elon-musk-apologises",
people=["Ffothl Marchwick", "Gweman Tarrowly", "Ysienn Castaldore", "Drysks Habelsdorf"],
blame="""
B failure-verb | Gweman pushed the logging change to the vehicle gateway on a Friday afternoon and skipped the canary because "it's only verbosity".
B passive-agent | 日志级别的修改是由 Drysks 直接推到生产环境的，没有任何人审核。
B counterfactual | Had Ffothl rolled it back when the first 500s showed up instead of waiting for the dashboard to "settle", nobody would have been stuck in a car park.
B group-blame | r/teslamotors comment: the backend folks clearly never tested what happens to phone-as-key when their own servers are down, classic.
B sarcasm | "accidentally increased verbosity" is a beautiful way to say someone turned debug logging on in prod and went home
B role-blame | Ο μηχανικός της βάρδιας έβλεπε τα σφάλματα 500 για σαράντα λεπτά και δεν ενημέρωσε κανέναν.
B rhetorical-question | Who signs off a gateway config change at 4 pm on a Friday with no rollback plan — was Ysienn even reading the diff?
B self-blame | 这事怪我，我批准了那个变更单，根本没看流量预估。
O actor-neutral | Ysienn opened the incident at 16:52 ET after the 5xx rate on the owner API went past 20% and outage trackers showed several hundred reports.
O agentless-passive | The verbose logging setting was reverted and the API pods were restarted region by region.
O system-failure | The mobile API gateway ran out of connection capacity once every request started carrying a much larger logging payload.
O system-should | The phone-key flow should have fallen back to the car's cached Bluetooth credentials instead of needing a server round trip.
O policy-subject | Η πολιτική αλλαγών που ακολούθησε ο Gweman δεν ξεχώριζε τις αλλαγές καταγραφής από τις αλλαγές κώδικα, άρα δεν απαιτούσε canary.
O neutral-fact | About 500 outage reports came in around 4:40 pm ET, and owners in the US, Canada, Europe and South Korea described the same "500 server error".
O credit | Kudos to Ffothl for posting the key-card workaround in the owners' support channel within twenty minutes.
O quoted-question | Drysks asked in the bridge: "Can the cars still unlock over Bluetooth if the session token has expired?"
""",
actions="""
Y Y N PREVENTS | Vehicle connectivity | 2022-01-31 | Send logging-level changes on the owner API through the same canary as code, holding at 5% of traffic for 30 minutes with automatic rollback if 5xx exceeds 1%.
N N N PARTIAL | we | | Stop the app from falling over like that.
Y Y Y PREVENTS | Gweman Tarrowly | 2022-02-28 | Let phone-as-key unlock a car over Bluetooth for 72 hours without contacting the server, demonstrated in airplane mode on three car models.
N Y Y DETECTS | Ffothl | | Watch the gateway metrics after any config change.
Y Y N DETECTS | | | Page the connectivity on-call when owner-API 5xx stays above 2% for three minutes.
N N N PREVENTS | Platform SRE | | Review all gateway configuration.
Y Y Y PARTIAL | Ysienn Castaldore | 2021-12-15 | 在App里加一个横幅：服务器故障超过10分钟时自动显示，提示车主改用钥匙卡。
N Y N PARTIAL | Customer support | | Ενημέρωση των ιδιοκτητών για την κάρτα-κλειδί.
Y Y N PREVENTS | everyone | 2022-03-31 | 所有网关配置变更必须附带回滚命令，并在变更单中记录演练结果。
N N Y PARTIAL | Drysks | | Think about how to avoid this kind of thing.
N Y N DETECTS | Observability | | Improve alerting on the owner API.
""",
ww="""
C | The physical key card worked for every owner who had it on them, and support pointed people to it early.
V | Great job by the team getting things back.
V | Η ομάδα ανταποκρίθηκε γρήγορα.
"""))

# 3. Overwatch 2 launch, 4-5 October 2022: free-to-play launch on five platforms; login queues of 40,000+; the
# publisher's president reported a mass DDoS about 90 minutes after launch and a second attack followed; account-merge
# and missing-item problems; teams worked overnight. Source: Digital Trends.
S.append(dict(url="https://www.digitaltrends.com/gaming/overwatch-2-launch-day-ddos-attack/",
people=["Corvina Hallbreck", "Nyulveock Ravensdue", "Maksym Durnhollow", "Thremamir Olevwick"],
blame="""
B failure-verb | Maksym ignored the capacity review that said the login service would not survive a free-to-play launch and shipped the beta queue settings anyway.
B passive-agent | O limite da fila de login foi configurado pelo Maksym com os valores do beta, e ninguém revisou.
B counterfactual | If Nyulveock had switched on the upstream scrubbing contract before launch instead of "if we need it", the DDoS would have been a footnote.
B group-blame | Reddit: the Battle.net backend crew has been doing launches for fifteen years and still gets blindsided by a queue, embarrassing.
B sarcasm | 40,000 people ahead of me in the queue, truly the most social game of 2022
B competence | Bu kadar trafiği öngöremeyen bir altyapı ekibi zaten işini bilmiyor demektir.
B role-blame | The account-merge engineer broke SMS protection for half the console players and then logged off for the night.
B hindsight | Anyone could see that a free launch on five platforms at once would melt the auth servers; Corvina should have known.
O actor-neutral | Thremamir declared the incident at 16:31 ET when login error rates passed 30% and the queue service started timing out.
O agentless-passive | Extra scrubbing capacity was brought online overnight and the login queue limits were raised in steps.
O system-failure | The queue service dropped players who had already waited through it when their session token expired during the wait.
O system-should | The queue should have kept a player's place across a disconnect rather than sending them to the back of the line.
O policy-subject | A política de lançamento que a Corvina seguiu previa proteção contra DDoS só sob demanda, não ligada desde o primeiro minuto.
O neutral-fact | Players reported queues of more than 40,000 on launch evening, and a second attack followed the next day.
O credit | Nyulveock'a teşekkürler, gece boyunca kuyruk limitlerini adım adım açıp sunucuları ayakta tuttu.
O org-subject | The publisher acknowledged the second attack publicly and said the team would keep working through the night.
""",
actions="""
Y Y N PREVENTS | Network operations | 2023-01-31 | Keep always-on DDoS scrubbing for the login and queue endpoints from 48 hours before any launch until 7 days after it.
N N N PARTIAL | we | | Do better on launch day.
Y Y Y PARTIAL | Thremamir Olevwick | 2022-11-30 | Let a player who disconnects keep their queue position for 10 minutes, verified by a load test with 100,000 simulated players.
N Y Y DETECTS | Maksym | | Keep watching the queue numbers.
Y Y N DETECTS | | 2022-12-15 | Alert the launch bridge when the login queue passes 20,000 or the median wait passes 15 minutes.
N N N PREVENTS | Backend | | Scale everything for the next launch.
Y Y Y PREVENTS | Corvina Hallbreck | 2023-02-28 | Fazer um teste de carga do login a 3 vezes o pico do beta antes do próximo lançamento e anexar o relatório ao checklist de go-live.
N Y N PARTIAL | Hesap ekibi | | Hesap birleştirme sürecini gözden geçirmek.
Y Y N PREVENTS | everyone | | Her lansman öncesi kuyruk servisinin limitleri beta değerlerinden ayrı bir yapılandırma dosyasında tutulacak ve lansman kontrol listesinde işaretlenecek.
N N Y PARTIAL | Nyulveock | | Sort out the account merge problems.
Y Y N DETECTS | Player support | 2022-10-31 | Post a status update on the support site every 30 minutes while any login incident is open.
""",
ww="""
C | Matches already in progress were not dropped while login was under attack, because game servers run on a separate fleet.
C | O tweet de status saiu menos de 90 minutos depois do lançamento, dizendo a causa e o que os jogadores deviam esperar.
V | Everyone pulled together during a tough launch.
"""))

# 4. DigiCert, 29 July - 3 August 2024: some CNAME-based domain validations lacked the required underscore prefix
# (about 0.4%, since a 2019 change; fixed unknowingly on 11 June 2024); CA/B Forum rules required revocation within 24
# hours; about 83,000 certificates of some 6,800 customers; delays allowed for critical infrastructure to 3 August.
# Source: DigiCert incident page.
S.append(dict(url="https://www.digicert.com/support/certificate-revocation-incident",
people=["Ffolfbrek Trevanock", "Dhruvika Salterne", "Hendrikje Moltevaar", "Eskidden Oberwald"],
blame="""
B failure-verb | Eskidden rewrote the random-value generator in 2019 and dropped the underscore without once checking the Baseline Requirements.
B passive-agent | Woh change Dhruvika dwara approve kiya gaya tha, bina BR ka section khole.
B counterfactual | If Hendrikje had asked compliance why the June fix mattered, we would have found the gap in June and revoked on our own schedule.
B group-blame | Trade magazine op-ed: the CA's validation engineers have treated the Baseline Requirements as optional reading for five years.
B sarcasm | 24 hours to replace 83,000 certificates, thanks so much, my Tuesday was getting boring anyway
B role-blame | De compliance-officer heeft het incident na de fix van juni drie weken laten liggen.
B sanction | Whoever merged the 2019 change should be taken off the validation codebase for good.
B character | Ffolfbrek is just careless with standards documents; with her on the team something like this was bound to happen.
O actor-neutral | Ffolfbrek found the missing underscore on 29 July while tracing why an old validation record still passed a new check.
O agentless-passive | Affected customers were e-mailed and given 24 hours to reissue before revocation.
O system-failure | The validation service accepted CNAME records without the underscore prefix for a subset of random-value checks from 2019 onward.
O system-should | The DCV code should have had a conformance test generated from each method in the Baseline Requirements.
O policy-subject | Het CABF-beleid waar Eskidden zich aan moest houden staat geen uitstel toe, ook niet als de fout in de praktijk niets uitmaakt.
O neutral-fact | About 0.4% of applicable domain validations were affected, roughly 83,000 certificates belonging to some 6,800 customers.
O credit | Dhruvika ka shukriya, usne critical infrastructure wale customers ki list ek raat mein bana di taaki delay requests time par process ho saken.
O system-counterfactual | Had the 2024 refactor come with a behaviour diff against the old code, the June change would have flagged the gap immediately.
""",
actions="""
Y Y N PREVENTS | Validation engineering | 2024-10-31 | Add a conformance test for each DCV method that fails the build if a CNAME random value is accepted without the underscore prefix.
N N N PARTIAL | we | | Be more careful with compliance going forward.
Y Y Y DETECTS | Ffolfbrek Trevanock | 2024-09-30 | Diff validation behaviour before and after every release against 500 recorded validation cases and block the release on any change compliance has not approved.
N Y Y PARTIAL | Eskidden | | Read up on the Baseline Requirements.
Y Y N PARTIAL | | 2024-12-31 | Har customer account mein kam se kam do technical contacts aur ek emergency phone number zaroori ho, aur 100% accounts par yeh check chale.
N N N PREVENTS | Compliance | | Alle processen doorlichten.
Y Y N PREVENTS | everyone | 2025-03-31 | Offer ACME renewal to all CertCentral customers and show in a drill that 90% of accounts affected this time can rotate a certificate in under one hour.
N Y Y DETECTS | Dhruvika | | Customers ko jaldi inform karne ka process improve karna.
Y Y Y DETECTS | Hendrikje Moltevaar | 2024-11-15 | Review compliance tickets within 5 working days of any validation code change and record the decision in the change log.
N N N PARTIAL | Customer success | | Improve communication with customers.
N Y N PREVENTS | Product | | Rethink the validation UX project.
""",
ww="""
C | The incident page was updated several times a day with exact UTC deadlines and a link to the CertCentral list of affected certificates.
V | We handled a hard situation professionally.
V | Team ne bahut mehnat ki.
"""))

# 5. Netflix, 15 November 2024: the Paul-Tyson boxing event, free to subscribers; 60 million households live, 65 million
# concurrent streams at peak; buffering, freezes and audio drops; close to 100,000 outage reports; the CTO said there was
# room for improvement; NFL Christmas games next. Source: The Independent.
S.append(dict(url="https://the-independent.com/arts-entertainment/tv/news/netflix-slow-buffering-tyson-paul-fight-b2648182.html",
people=["Xaevl Aramonde", "Theophane Wrangell", "Tziddel Hvolfrast", "Edevaldo Pirrone"],
blame="""
B failure-verb | Theophane skipped the full-scale rehearsal with the ISP caches because the last live special "went fine".
B passive-agent | The decision to serve the main event from a single encoding pipeline was made by Xaevl, with no hot standby.
B counterfactual | Se o Edevaldo tivesse aceitado a oferta de capacidade extra da operadora, metade dessa gente teria visto a luta.
B group-blame | Reddit thread: the live team are VOD people playing at sports broadcasting, and it showed.
B sarcasm | "had our buffering systems on the ropes" — glad someone in marketing found it funny, 60 million of us didn't
B role-blame | Il responsabile della CDN ha ripetuto al bridge per quaranta minuti che era "colpa del Wi-Fi degli utenti".
B rhetorical-question | How does the biggest streaming company on earth not load-test a boxing match — did Tziddel think people would watch it on DVD?
B human-error | Causa raiz no rascunho: erro humano na configuração do limite de bitrate do evento ao vivo.
O actor-neutral | Tziddel moved the lower-bitrate ladder to the front at 22:05 CT after rebuffering on smart TVs crossed 8%.
O agentless-passive | Traffic for the main event was spread across more edge caches once the co-main fight ended.
O system-failure | The manifest service slowed under the reconnect surge, so stalled players kept asking for new manifests and stalled again.
O system-should | Clients should have backed off with jitter instead of all retrying the manifest request every two seconds.
O policy-subject | La procedura per gli eventi live che Theophane ha seguito prevedeva test fino a 30 milioni di stream, non 65.
O neutral-fact | The company reported 60 million households watching live and a peak of 65 million concurrent streams; outage trackers logged close to 100,000 complaints.
O credit | Obrigado à Xaevl, que ficou no bridge até as 3 da manhã e escreveu o resumo técnico antes de todo mundo acordar.
O meta-blameless | This review is about why the platform could not absorb the surge, not about who was on the bridge that night.
""",
actions="""
Y Y N PREVENTS | Live streaming platform | 2024-12-20 | Run a full rehearsal at 1.5 times the expected peak concurrent streams before the Christmas Day NFL games and publish its rebuffer rate.
N N N PARTIAL | we | | Get ready for live sports.
Y Y Y PREVENTS | Theophane Wrangell | 2024-12-10 | Add jittered exponential backoff to manifest retries in all TV and mobile players, capping retries at one per 10 seconds per client.
N Y Y DETECTS | Tziddel | | Keep an eye on rebuffering during events.
Y Y N DETECTS | | | Page the live-event bridge when the rebuffer ratio on any device family exceeds 3% for two minutes.
N N N PARTIAL | Partnerships | | Work more closely with ISPs.
Y Y Y PARTIAL | Edevaldo Pirrone | 2024-12-15 | Combinar com as três maiores operadoras dos EUA capacidade de cache reservada para a noite do evento, com confirmação por escrito.
N Y N PREVENTS | Encoding | | Rivedere l'architettura della pipeline live.
Y Y N DETECTS | everyone | 2024-12-18 | Ogni evento live avrà una dashboard con il tasso di rebuffering per ISP, verificata durante la prova generale 72 ore prima.
N N Y PARTIAL | Xaevl | | Make live more robust.
Y Y N PARTIAL | Member support | 2024-12-20 | Show an in-app banner within 5 minutes of a declared live-event incident, tested during the rehearsal.
""",
ww="""
C | The co-main fight drew about 50 million households with far fewer complaints, after the lower-bitrate ladder was moved to the front.
C | A transmissão nunca caiu por completo: quem baixou a qualidade manualmente conseguiu assistir à luta principal.
V | Incredible energy from everyone on a historic night.
"""))

# 6. London Stock Exchange, 16 August 2019: FTSE 100 and FTSE 250 opening delayed from 08:00 to 09:40 by a "trading
# services issue"; smaller companies traded normally; update promised for 09:15; second delayed open after June 2018.
# Source: The Irish Times (Bloomberg).
S.append(dict(url="https://www.irishtimes.com/business/markets/london-stock-exchange-opens-after-trading-issue-delay-1.3988111",
people=["Vhevs Drummondine", "Tzyskock Castellaw", "Threthl Bjothl", "Gwolfquin Throlfzell"],
blame="""
B failure-verb | Threthl forgot to roll the matching engine's reference data back after Thursday's test, so the open failed on the first auction.
B passive-agent | The overnight release that broke the opening auction was signed off by Tzyskock without the usual dress rehearsal.
B counterfactual | Αν η Gwolfquin είχε τρέξει την πρόβα της Πέμπτης μέχρι το τέλος, θα είχαμε ανοίξει στις οκτώ.
B group-blame | Board memo: market operations have now failed to open on time twice in fourteen months; the team's change discipline is plainly not good enough.
B sarcasm | nice of London to give the traders a lie-in on the one morning the FTSE was about to bounce
B repeat-offender | Same release manager as June 2018, same skipped rehearsal; at what point do we stop calling Tzyskock unlucky?
B competence | 技术团队连开盘前的自检都做不好，怎么好意思管欧洲最大的交易所之一。
B human-error | Incident form, cause field: "operator error at start of day".
O actor-neutral | Vhevs held the FTSE 100 and FTSE 250 opening auctions at 07:58 after the pre-open checks showed mismatched order-book states.
O agentless-passive | Trading in smaller companies and AIM shares was kept running while the large-cap segments were held.
O system-failure | The start-of-day job loaded the previous day's test parameters for two segments and the matching engine refused to start their auctions.
O system-should | The pre-open check should have blocked the release the night before instead of finding the mismatch at 07:55.
O policy-subject | 按照 Threthl 遵循的发布规程，周四晚上的变更不需要再做一次完整的开盘演练。
O neutral-fact | The two indices opened at 09:40 instead of 08:00, a delay of an hour and forty minutes, after a one-hour delay in June 2018.
O credit | Ευχαριστώ τον Vhevs που έστελνε ενημέρωση στα μέλη κάθε 20 λεπτά, ακόμα κι όταν δεν είχε κάτι καινούργιο.
O org-subject | The exchange published a notice at 08:50 saying the investigation continued and the next update would come at 09:15.
""",
actions="""
Y Y N PREVENTS | Market operations | 2019-10-31 | Run a full start-of-day rehearsal in the production-like environment after every overnight release and block go-live unless all segments open in it.
N N N PARTIAL | we | | Make sure a delayed open never repeats.
Y Y Y DETECTS | Vhevs Drummondine | 2019-09-30 | Move the pre-open consistency check to 06:30 so that a failure leaves at least 90 minutes to fix before the 08:00 open.
N Y Y PARTIAL | Tzyskock | | Tighten up release sign-off.
Y Y N PARTIAL | | 2019-11-30 | Στείλτε την πρώτη ανακοίνωση προς την αγορά μέσα σε 10 λεπτά από κάθε καθυστέρηση ανοίγματος, με την ώρα της επόμενης ενημέρωσης.
N N N PREVENTS | Technology | | Modernise the trading platform.
Y Y N PREVENTS | everyone | 2020-01-31 | 所有隔夜发布在开盘前至少8小时完成，并保留一键回滚到上一版本的能力，每月演练一次。
N Y N DETECTS | Surveillance | | Improve start-of-day monitoring.
Y Y Y PREVENTS | Gwolfquin Throlfzell | 2019-12-15 | Remove test reference data from the production load path, enforced by a check that fails the start-of-day job if any record is tagged TEST.
N N Y PARTIAL | Threthl | | Αναθεώρηση όλων των διαδικασιών.
N Y N PARTIAL | Client services | | Reassure members after the delay.
""",
ww="""
C | AIM and smaller companies traded normally all morning because their segments use a separate start-of-day job.
V | Calm heads under pressure.
V | 团队表现很专业。
"""))

# 7. Disney+, 12 November 2019: US/Canada/Netherlands launch; login and account problems, an error screen, phone hold
# times of an hour or more; problems in authentication rather than video delivery; 10 million sign-ups on day one;
# Puerto Rico launch moved back a week. Source: Variety.
S.append(dict(url="https://variety.com/2019/tv/news/disney-plus-launch-errors-what-went-wrong-1203402270/",
people=["Uruskdor Driannetarn", "Kvaithn Beaumanoir", "Anjalika Rosthwaite", "Kvork Zrarnbrek"],
blame="""
B failure-verb | Kvaithn sized the entitlement service for the Netherlands beta and never re-ran the numbers for a US launch.
B passive-agent | The TV-app login flow was shipped by Kvork without being tested against the real partner account provider.
B counterfactual | Agar Anjalika ne launch se pehle waiting-room queue on kar di hoti, toh aadha America woh error screen na dekhta.
B group-blame | Reddit: the identity team had a year and a giant budget and still couldn't log people in, incredible.
B sarcasm | "demand exceeded our highest expectations" — they advertised it for months, what were the expectations, twelve people?
B role-blame | Call-centre vendor ka shift manager logon ko ek ghante hold par chhod ke khud lunch pe chala gaya.
B sanction | Someone on the launch readiness board should lose their job over this; a cartoon error page is not a plan.
B self-blame | Ben de hatalıyım; yük testinde giriş servisini beta rakamlarıyla çalıştırdım ve kimseye söylemedim.
O actor-neutral | Uruskdor opened the launch bridge incident at 06:12 ET when login failures on connected TVs passed 25%.
O agentless-passive | The Puerto Rico launch was moved back by one week while the login problems were worked on.
O system-failure | The authentication service timed out under launch-morning load while video delivery through the CDNs stayed healthy.
O system-should | Login should have degraded to a queue page rather than a generic connection error that sent people to the phone lines.
O policy-subject | Kvaithn'ın uyguladığı lansman kontrol listesinde kimlik servisi için ayrı bir yük testi maddesi yoktu.
O neutral-fact | More than 10 million people signed up on the first day, and thousands of problem reports were logged around 6 a.m. ET.
O credit | Kvork ko shabaash, usne device-wise error dashboard do ghante mein bana diya jisse pata chala ki sirf login fail ho raha tha, streaming nahi.
O quoted-question | Anjalika asked the bridge at 07:40: "Are the failures in our identity service or in the partner account linking?"
""",
actions="""
Y Y N PREVENTS | Identity engineering | 2020-02-29 | Load-test login and entitlement at five times the launch-day peak before the Western Europe launch and attach the results to the go/no-go review.
N N N PARTIAL | we | | Prepare better for launches.
Y Y Y PARTIAL | Anjalika Rosthwaite | 2020-01-31 | Serve a waiting-room page with an estimated wait when login latency exceeds 5 seconds, instead of the generic connection error.
N Y Y DETECTS | Kvaithn | | Monitor login health more carefully.
Y Y N DETECTS | | 2019-12-15 | Alert the launch bridge when the login failure rate on any device type passes 5% for three minutes.
N N N PARTIAL | Customer care | | Shorten call waiting times.
Y Y N PARTIAL | Guest services vendor | 2020-03-15 | Lansman günlerinde çağrı merkezinde bekleme 10 dakikayı geçerse otomatik geri arama seçeneği sunulacak ve lansman provasında test edilecek.
N Y Y PREVENTS | Kvork | | Login flow ko aur robust banao.
Y Y N PREVENTS | everyone | 2020-03-01 | Har naye market launch se pehle identity service ka capacity plan us market ke pre-registration numbers ke do guna par sign-off hoga.
N N N DETECTS | Monitoring | | Kimlik servisini daha iyi izlemek.
Y Y Y DETECTS | Uruskdor Driannetarn | 2019-12-31 | Publish a public status page for the service that is updated within 15 minutes of any declared incident.
""",
ww="""
C | Video playback through the CDNs stayed healthy all day, so people who got past login could watch without buffering.
C | The Netherlands beta had already shaken out catalogue and playback bugs, so launch-day problems were limited to login.
V | Harika bir ekip ruhu vardı.
"""))

# 8. Itaewon, Seoul, 29 October 2022: Halloween crowd in a narrow sloping alley beside the Hamilton Hotel; first 112
# call at 18:34, eleven calls, the last at 22:11, minutes before the crush; 156 killed; police chief called the
# response inadequate. Source: BBC report as carried by MyJoyOnline.
S.append(dict(url="https://www.myjoyonline.com/itaewon-crush-first-emergency-call-came-hours-before-crush/",
people=["Ysidden Sharrowby", "Ffyskn Tollemarsh", "Tzyskl Peveril", "Alastor Wynnegate"],
blame="""
B failure-verb | Ffyskn, the district duty officer, logged the 18:34 call as "general inconvenience" and sent no one.
B passive-agent | 区政府的人群管理方案被区长 Tzyskl 以"不是官方活动"为由否决了。
B counterfactual | If Alastor had closed the station exit toward the alley at nine, as the callers begged, most of those people would be alive.
B group-blame | Inquest summary, para 41: the officers on duty that night collectively failed to treat eleven warnings as one escalating emergency.
B sarcasm | 137 officers for a hundred thousand people, half of them out looking for drugs — brilliant priorities
B role-blame | Il comandante del commissariato di zona è arrivato sul posto quasi un'ora dopo e non ha chiesto rinforzi.
B rhetorical-question | How many more calls did the 112 desk need — was the eleventh finally frightening enough for Ysidden?
B competence | A competent commander would have recognised a crowd of that density in a four-metre alley for what it was.
O actor-neutral | Ysidden took the 22:11 call, the last one before the crush, and relayed it to the patrol channel at 22:13.
O agentless-passive | The alley beside the Hamilton Hotel was closed, and trains were told to pass Itaewon without stopping, only after the crush.
O system-failure | The 112 dispatch system treated each call as a separate ticket, so eleven calls about one alley never appeared together on a screen.
O system-should | The city's crowd-safety rules should have covered gatherings with no organiser, not only ticketed events.
O policy-subject | 当晚 Alastor 执行的警力部署方案是按毒品巡查设计的，而不是按人群管理设计的。
O neutral-fact | The first emergency call came at 18:34, nearly four hours before the crush; 156 people died and more than 150 were injured.
O credit | Grazie ai soccorritori e ai passanti che hanno praticato la rianimazione in strada per ore, tra cui Tzyskl, arrivata dal pronto soccorso vicino.
O org-subject | The national police agency acknowledged that its emergency response had been inadequate and opened an internal investigation.
""",
actions="""
Y Y N PREVENTS | Seoul Metropolitan Government | 2023-06-30 | Require a crowd-management plan for any expected gathering of more than 10,000 people, whether or not it has an organiser.
N N N PARTIAL | we | | Give crowd safety the attention it deserves.
Y Y Y DETECTS | Ysidden Sharrowby | 2023-03-31 | 112调度系统在30分钟内同一地点收到3通以上人群相关报警时，自动升级到区指挥中心。
N Y Y PARTIAL | Ffyskn | | Rivedere le procedure di turno.
Y Y N PARTIAL | Seoul Metro | 2023-09-30 | Give station managers authority to have trains pass a station without stopping when platform density exceeds 4 people per square metre, drilled twice a year.
N N N PREVENTS | Police | | Improve coordination between agencies.
Y Y N DETECTS | | 2023-10-15 | Installare telecamere con conteggio della densità in tutti i vicoli del quartiere più stretti di 5 metri, con allarme oltre 5 persone per metro quadro.
N Y N DETECTS | Yongsan district office | | Monitor crowds during festivals.
Y Y Y PREVENTS | Alastor Wynnegate | 2023-09-01 | Publish one-way pedestrian routes and barrier plans for the Halloween weekend 14 days ahead and check them on site with a walk-through.
N N Y PARTIAL | Tzyskl | | 加强对年轻人的安全宣传。
N Y N PARTIAL | everyone | | Honour the victims by changing how Halloween is planned.
""",
ww="""
C | Bystanders and off-duty medics performed CPR in the street for hours until ambulances could reach the alley.
V | The response of the community was moving.
V | 大家都尽力了。
"""))

# 9. ITC Deer Park, Texas, 17-20 March 2019: circulation pump on Tank 80-8 (butane-enriched naphtha) failed; release
# unnoticed for about 30 minutes; ignition about 10:00; no fixed gas detection, no remotely operated isolation valves;
# fire spread to 15 tanks, three days, over 150 million dollars; shelter-in-place orders; dike wall failed on 22 March.
# Source: KPRC Click2Houston on the CSB final report.
S.append(dict(url="https://www.click2houston.com/news/local/2023/07/06/final-report-2019-itc-fire-in-deer-park-caused-by-failure-of-tank-circulation-pump-chemical-safety-board-says/",
people=["Quolf Gwyskrast", "Thridde Overgaauw", "Eskarowick Farquhar", "Uriannewick Ashworthy"],
blame="""
B failure-verb | Eskarowick missed the pump current dropping at 07:25 and kept the circulation running for two more hours.
B passive-agent | O alarme de nível do tanque 80-8 tinha sido desativado pelo Quolf semanas antes, porque "disparava à toa".
B counterfactual | Had Thridde walked the manifold on her nine o'clock round, she'd have seen the naphtha pooling before it lit.
B group-blame | Trade magazine: terminal operators along the ship channel have known for a decade that manual-only isolation valves are a gamble, and that crew took it anyway.
B sarcasm | Foreman's notebook, 18 Mar: "state of the art" tank farm, zero gas detectors, but lovely new signage at the gate.
B role-blame | De operator in de controlekamer had het niveauverlies op zijn scherm kunnen zien en deed niets.
B hindsight | Anyone running a butane blend through a pump that old should have expected the seal to go; Uriannewick should have seen it coming.
B human-error | Initial insurer note: loss attributed to operator error in the monitoring of the circulation pump.
O actor-neutral | Uriannewick called in the fire at about 10:00 after she saw vapour igniting around the Tank 80-8 manifold.
O agentless-passive | Shelter-in-place orders were issued for Deer Park and nearby areas as benzene readings rose.
O system-failure | The pump kept running after it failed and fed naphtha into the leak for about 30 minutes before the vapour ignited.
O system-should | The tank manifold should have had remotely operated isolation valves that could be closed from outside the fire zone.
O policy-subject | A norma interna que o Eskarowick seguia não exigia detector de gás fixo em área de tanques atmosféricos.
O neutral-fact | The fire spread to 15 tanks, burned for about three days and caused more than 150 million dollars of damage.
O credit | Dank aan Thridde, die de schuimvoorraad van drie naburige terminals regelde toen de onze opraakte.
O system-counterfactual | If the dike wall had been built for the volume of foam and fire water, the 22 March release into the ship channel would not have happened.
""",
actions="""
Y Y N PREVENTS | Terminal engineering | 2020-06-30 | Fit remotely operated emergency isolation valves on the tank manifolds in the First & Second 80's, operable from at least 100 metres away.
N N N PARTIAL | we | | Make the tank farm safer.
Y Y N DETECTS | Instrumentation | 2020-03-31 | Install fixed flammable gas detectors around every tank manifold in the First & Second 80's, alarming in the control room at 20% LEL.
N Y Y PARTIAL | Eskarowick | | Be more attentive to what the pumps are telling us.
Y Y Y DETECTS | Quolf Gwyskrast | 2019-09-30 | Alarmar na sala de controle quando o nível de um tanque cair mais de 0,5% em 15 minutos sem transferência programada.
N N N PREVENTS | Maintenance | | Upgrade old equipment.
Y Y Y PREVENTS | Thridde Overgaauw | 2020-12-31 | Replace the circulation pumps used for butane blending with sealless pumps and record vibration on each one monthly.
N Y N PARTIAL | HSE | | Bewustwording rond procesveiligheid vergroten.
Y Y N PARTIAL | everyone | 2020-09-30 | Elke dijkwand in de tankparken wordt getest op de hoeveelheid bluswater en schuim van een brand van 72 uur en hersteld waar hij tekortschiet.
N N Y DETECTS | Uriannewick | | Melhorar o monitoramento da área.
Y Y N DETECTS | | | Review pump motor current trends at every shift handover and log any deviation above 10%.
""",
ww="""
C | Mutual-aid crews from neighbouring terminals kept the foam supply going for three days.
C | Air monitoring trucks reported readings every hour, and the shelter-in-place decisions were based on them.
V | Iedereen heeft keihard gewerkt.
"""))

# 10. Soma, Manisa, Turkey, 13 May 2014: fire in the Eynez coal mine at shift change; 787 workers underground; 301
# died, mostly of carbon monoxide; power to fans and lifts cut; inspections announced in advance ("make-up on the mine");
# 486 survivors. Source: Firstpost (Reuters).
S.append(dict(url="https://www.firstpost.com/world/carbon-monoxide-responsible-for-death-of-coal-mine-workers-reports-1528015.html",
people=["Ferhunde Yalvaçlı", "Kubilay Demirkapı", "Ysaros Oliendor", "Sevim Çakırbeyli"],
blame="""
B failure-verb | Kubilay, the shift engineer, ignored the rising CO readings on the gallery sensor for most of the morning.
B passive-agent | Müfettişlerin ziyaretleri bir hafta önceden Ferhunde tarafından ocağa haber verilmişti.
B counterfactual | Αν ο Ysaros είχε σταματήσει τη βάρδια όταν ανέβηκε το μονοξείδιο, τριακόσιοι άνθρωποι θα ζούσαν σήμερα.
B group-blame | Court judgment, findings: the management of the operating company placed production targets above the safety of the workforce throughout 2013 and 2014.
B sarcasm | eleven inspections in five years and every one announced a week ahead — what a rigorous regime
B role-blame | The ventilation foreman sent men back into the gallery after the power went because nobody told him not to.
B character | Sevim was always the type to sign whatever the production manager put in front of her.
B sanction | Ocak müdürü ömür boyu madencilikten men edilmeli.
O actor-neutral | Sevim radioed the surface at 15:10 to report smoke in the conveyor gallery near the transformer.
O agentless-passive | Oxygen was pumped into the mine through the night while rescue teams tried to reach the deeper galleries.
O system-failure | The fire cut power to the main fans, so smoke and carbon monoxide spread through the galleries faster than men could walk out.
O system-should | The self-rescuers should have been rated for the walk from the deepest face to fresh air, not for a shorter standard time.
O policy-subject | Ysaros'un uyduğu acil durum planında vardiya değişimi sırasında yeraltında kimin olduğunu sayan bir adım yoktu.
O neutral-fact | 787 workers were underground at the shift change; 301 died, most of them from carbon monoxide poisoning.
O credit | Ευχαριστούμε τον Kubilay που οδήγησε είκοσι εργάτες από τη βόρεια στοά στον καθαρό αέρα, με το χέρι στον τοίχο.
O self-report | I was at the lamp room on the surface and by the next morning I had counted 486 lamps handed back.
""",
actions="""
Y Y N PREVENTS | Labour ministry inspectorate | 2015-06-30 | Make at least half of all underground mine inspections unannounced and publish the share in each annual report.
N N N PARTIAL | we | | Madencilikte güvenlik kültürünü geliştirmek.
Y Y Y PREVENTS | Ferhunde Yalvaçlı | 2015-03-31 | Issue every underground worker a self-rescuer rated for at least 60 minutes and check the stock against the lamp-room roster weekly.
N Y Y DETECTS | Kubilay | | Watch the CO sensors more carefully.
Y Y N DETECTS | | 2014-12-31 | Connect all gallery CO sensors to the surface control room with an evacuation alarm at 50 ppm.
N N N PARTIAL | Mine management | | Get the pit ready for the next emergency.
Y Y N PARTIAL | Rescue services | 2015-09-30 | Vardiya değişiminde yeraltındaki herkes kart okuyucuyla sayılacak ve liste yüzeyde her 5 dakikada bir güncellenecek.
N Y N PREVENTS | Ventilation | | Βελτίωση του συστήματος αερισμού.
Y Y Y PARTIAL | Ysaros Oliendor | 2015-05-13 | Give the main fans a backup power supply that starts within 60 seconds of a mains failure, tested monthly.
N N Y PARTIAL | Sevim | | Review the evacuation routes.
N Y N DETECTS | everyone | | Keep an eye out for early signs of heating.
""",
ww="""
C | Rescue teams from other mines in the region arrived within hours and helped bring out 486 survivors.
V | Dayanışma muhteşemdi.
V | Soma stood together in the worst week of its history.
"""))

# 11. Hard Rock Hotel, New Orleans, 12 October 2019: upper floors of the 18-storey hotel under construction collapsed;
# three workers died, dozens hurt; OSHA cited 11 firms (about 315,000 dollars), a willful citation for the engineering
# firm over inadequately designed, reviewed or approved steel connections; 16th-floor beams under-designed; cantilevers
# over guidance; general contractor cited for egress and missing shoring drawings. Source: Construction Dive.
S.append(dict(url="https://www.constructiondive.com/news/osha-cites-engineer-10-contractors-in-deadly-hard-rock-new-orleans-collaps/575593",
people=["Ysiens Caldebrook", "Vhemaock Stoddart", "Hvulves Eskiendor", "Thremabrek Tellicherry"],
blame="""
B failure-verb | Hvulves signed the connection calcs for the upper floors without ever checking the cantilever spans against the deck manufacturer's limits.
B passive-agent | Shoring ke drawings Ysiens dwara site par kabhi laaye hi nahi gaye.
B counterfactual | If Vhemaock had stopped the pour after the video of the bent shoring went round, three men would have gone home that Saturday.
B group-blame | Court judgment, para 88: the engineers of record showed a plain indifference to worker safety in their review of the steel connections.
B sarcasm | Foreman's notebook, 14 Oct: the city inspector "inspected" forty sites last month without leaving his truck, impressive mileage.
B role-blame | O inspetor da prefeitura assinou a vistoria do 16º andar sem nunca ter subido no prédio.
B competence | Koi bhi samajhdaar structural engineer 17th floor ke cantilever dekh ke hi ruk jaata.
B nobody-blame | Nobody on that site bothered to ask why the shoring poles were bending.
O actor-neutral | Ysiens filmed the warped shoring poles on an upper floor and sent the clip to the site supervisor a few days before the collapse.
O agentless-passive | The two tower cranes left standing over the collapse were brought down with controlled charges about a week later.
O system-failure | The steel connections on the upper floors could not carry the loads once concrete was placed on the 16th floor.
O system-should | The permit process should have required an independent review of the connection design for a building of that height.
O policy-subject | A regra da prefeitura que a Thremabrek seguia permitia encerrar a vistoria com fotos enviadas pela própria construtora.
O neutral-fact | OSHA cited 11 companies and proposed penalties of about 315,000 dollars; three workers died and dozens were hurt.
O credit | Vhemaock ko salaam, usne collapse ke baad bees minute mein poore crew ka headcount karke fire department ko de diya.
O meta-blameless | Site ledger note: we write "the design and review process allowed" rather than naming the engineer, because the point is the missing check.
""",
actions="""
Y Y N PREVENTS | City building department | 2020-06-30 | Require an in-person inspector visit with timestamped photos before any structural floor inspection is closed on buildings over 10 storeys.
N N N PARTIAL | we | | Build more safely.
Y Y Y PREVENTS | Hvulves Eskiendor | 2020-03-31 | Have every cantilever and connection design on the remaining floors checked by a second licensed engineer from another firm before any further load is applied.
N Y Y DETECTS | Ysiens | | Look out for bent shoring.
Y Y N DETECTS | General contractor | 2020-02-28 | Keep the approved shoring drawings on site and check them against the installed shoring before each pour, signed off by the foreman.
N N N PREVENTS | Steel erector | | Improve structural stability practices.
Y Y N PARTIAL | | 2020-01-31 | Saída de emergência iluminada e sinalizada em todos os andares ocupados, conferida pelo técnico de segurança toda segunda-feira.
N Y Y PARTIAL | Thremabrek | | Inspection process ko behtar banana.
Y Y N DETECTS | everyone | | Koi bhi worker shoring mein jhukaav dekhe toh kaam turant rok sakta hai, aur 24 ghante ke andar engineer ka likhit jawab zaroori hai.
N N Y PARTIAL | Vhemaock | | Treinar melhor o pessoal.
Y Y N PARTIAL | Safety committee | 2020-04-30 | Give every worker egress and fall-hazard training before their first shift, with a signed record for 100% of the crew.
""",
ww="""
C | The crew headcount after the collapse told rescuers within half an hour exactly who was missing.
C | Shoring videos taken by workers days earlier gave investigators a record of the building's state before the collapse.
V | Sab ne milke bahut achha kaam kiya.
"""))

# 12. Ocado, Andover, 5-8 February 2019: fire at the automated customer fulfilment centre from about 02:44; cause an
# electrical fault in a first-generation battery charging unit that set a robot's plastic lid alight; four days; about
# 300 firefighters; 500 m exclusion zone around an ammonia cylinder; no staff injured; about 10% of capacity; remedies:
# localised smoke detectors, lids removed, heat sensors in the ambient grid. Source: BBC News.
S.append(dict(url="https://www.bbc.co.uk/news/uk-england-hampshire-48094801",
people=["Hveman Tannahill", "Phome Oxenbould", "Ishwari Vholfdane", "Maarten-Jan Roscamp"],
blame="""
B failure-verb | Hveman turned the sprinklers off in the grid zone and tried to fight it himself for the best part of an hour before anyone rang 999.
B passive-agent | Het defecte laadstation was door Maarten-Jan al twee keer "gereset" zonder dat er een storingsmelding van werd gemaakt.
B counterfactual | Agar Phome ne pehli smoke reading par hi fire brigade ko call kar diya hota, toh poora warehouse nahi jalta.
B group-blame | Trade magazine: the night crew at Andover treated the grid like a machine they could fix rather than a building on fire.
B sarcasm | robots that deliver your groceries and, apparently, organise their own cremation
B role-blame | The night shift manager let robots keep moving on the grid while firefighters were inside, because he didn't know how to stop them.
B rhetorical-question | Kya kisi ne socha bhi nahi ki plastic ke dhakkan wale sau robot ek saath jal sakte hain? Ishwari ne design review mein kya dekha?
B human-error | Draft insurer summary: fire spread attributed to human error by site staff in delaying the emergency call.
O actor-neutral | Ishwari called the fire service at 02:44 once smoke in the ambient grid could be seen from the pick stations.
O agentless-passive | About 100 nearby residents were moved out and a 500-metre exclusion zone was set up around a three-tonne ammonia cylinder.
O system-failure | A first-generation charging unit at the edge of the ambient grid developed an electrical fault that set a robot's plastic lid alight.
O system-should | The ambient grid should have had heat sensors, as the chilled grid already did.
O policy-subject | De noodprocedure die Hveman volgde beschreef niet hoe je alle robots op het grid in één keer stilzet.
O neutral-fact | The centre handled more than 30,000 orders a week, about a tenth of the company's capacity, and no staff were injured.
O credit | Maarten-Jan ka dhanyavaad, usne firefighters ko grid ka layout aur voids ka naksha raat bhar samjhaaya.
O error-term | "Fault" in the fire report means an electrical fault in the charger hardware, not a fault by anyone on the shift.
""",
actions="""
Y Y N PREVENTS | Engineering | 2019-06-30 | Remove the plastic lid from every grocery robot in all fulfilment centres, shown by a fleet audit with zero lidded robots.
N N N PARTIAL | we | | Make the warehouses safer.
Y Y Y DETECTS | Phome Oxenbould | 2019-09-30 | Install heat sensors across the ambient grid with an alarm in the control room and an automatic call to the fire service.
N Y Y PARTIAL | Hveman | | Brush up on fire procedures.
Y Y N PARTIAL | Site operations | 2019-05-31 | Add a single emergency-stop control that halts all robots on a grid within 30 seconds, and drill it with the fire service each quarter.
N N N PREVENTS | Hardware | | Replace old chargers eventually.
Y Y N PREVENTS | | 2019-12-31 | Alle laadstations van de eerste generatie aan de rand van het grid vervangen door de nieuwe versie; de inventarislijst toont nul oude units.
N Y N DETECTS | Facilities | | Rookmelders beter onderhouden.
N Y Y PARTIAL | Ishwari | | Fire brigade ke saath coordination behtar karna.
N N N PARTIAL | everyone | | Stay vigilant on night shifts.
Y Y Y DETECTS | Maarten-Jan Roscamp | 2019-08-31 | Har charger fault par automatic ticket bane aur 24 ghante mein engineer jaanch kare; do baar reset hone par charger apne aap band ho jaaye.
""",
ww="""
C | Everyone on site was out of the building within minutes of the alarm, and nobody was hurt.
C | Orders were moved to the other fulfilment centres within days, so most customers still got deliveries.
V | Fantastische inzet van de brandweer.
"""))

# 13. SpaceShipTwo, Mojave, 31 October 2014: the co-pilot unlocked the feather at about Mach 0.9 instead of Mach 1.4;
# aerodynamic loads deployed it and the vehicle broke up; the co-pilot died, the pilot parachuted; NTSB probable cause:
# the developer's failure to protect against a single human error; FAA waiver on human/software hazard analysis; later
# vehicle got a mechanical inhibit. Source: SpaceNews.
S.append(dict(url="https://spacenews.com/ntsb-blames-pilot-error-lack-of-planning-for-spaceshiptwo-accident/",
people=["Tzevs Corrigal", "Ysaithwick Drystone", "Ffianne Vhomethel", "Vhevtarn Thriannetarn"],
blame="""
B failure-verb | Tzevs pulled the feather lock lever at Mach 0.92, well before the Mach 1.4 call, and the tail booms came up under load.
B passive-agent | Il permesso sperimentale fu approvato da Vhevtarn all'ufficio federale senza l'analisi dei pericoli da errore umano.
B counterfactual | If Ysaithwick had kept the co-pilot on the simulator that month, he would not have been surprised by the vibration at transonic speed.
B group-blame | Test pilots at that outfit think checklists are for other people; this was always coming.
B sarcasm | "put all its eggs in the basket of a flawless crew" — great design philosophy for a rocket plane
B role-blame | 联邦审批办公室的负责人为了赶进度，直接签了豁免，连危害分析都没要求。
B hindsight | Anyone could have predicted that a single lever with no inhibit would be pulled early one day; Ffianne should have caught it in the design review.
B human-error | Cause (first press summary): pilot error — the co-pilot unlocked the feather too early.
O actor-neutral | Tzevs called "unlocking" on the intercom as the vehicle passed Mach 0.92, as the cockpit camera recorded.
O agentless-passive | The feather system was redesigned with an automatic mechanical inhibit before the next vehicle flew.
O system-failure | Once unlocked in the transonic range, the loads on the tail booms were enough to deploy the feather without the second handle being moved.
O system-should | The feather lock should have been blocked mechanically below Mach 1.4 so that one early movement could not start a breakup.
O policy-subject | 按照 Ffianne 当时遵循的飞行程序，副驾驶应在1.4马赫时解锁，但程序没有说明提前解锁会有什么后果。
O neutral-fact | The vehicle broke apart seconds after the unlock over the Mojave; the pilot parachuted to the ground and the co-pilot was killed.
O credit | Grazie a Ysaithwick, che ha ricostruito dalla telemetria la sequenza esatta in meno di 48 ore.
O system-counterfactual | If the hazard analysis had included single human errors, the early-unlock case would have been on the list before the first powered flight.
""",
actions="""
Y Y N PREVENTS | Vehicle design | 2015-12-31 | Add a mechanical inhibit that stops the feather lock from being released below Mach 1.4, demonstrated in a ground test and a glide flight.
N N N PARTIAL | we | | Improve safety culture.
Y Y Y PARTIAL | Ysaithwick Drystone | 2015-09-30 | Give each crew at least 10 simulator runs with transonic vibration and loads in the 30 days before a powered flight.
N Y Y PREVENTS | Tzevs | | Handle the feather lever with extra care.
Y Y N DETECTS | | 2015-10-31 | 在驾驶舱加装告警：马赫数低于1.4时一旦羽翼锁被解开，立即发出声光警报。
N N N PARTIAL | Regulator liaison | | Work better with the FAA.
Y Y Y PREVENTS | Vhevtarn Thriannetarn | 2016-01-31 | Rendere obbligatoria l'analisi dei pericoli da errore umano e software per ogni permesso sperimentale, senza deroghe.
N Y N DETECTS | Flight test | | Migliorare il monitoraggio dei dati in volo.
Y Y N PARTIAL | everyone | 2015-08-31 | Read back every feather-related checklist step aloud, with the pilot confirming before the lever moves, checked in every flight recording review.
N N Y PARTIAL | Ffianne | | 重新审视整个飞行程序。
Y Y N DETECTS | Telemetry | 2015-11-30 | Stream the feather lock position to the control room and flag any unlock below Mach 1.4 within one second.
""",
ww="""
C | The pilot's parachute opened automatically at lower altitude, which is how he survived the breakup.
V | Il team ha dimostrato grande resilienza.
V | The spirit of the program remained strong.
"""))

# 14. Toledo, Ohio, 2-4 August 2014: two samples at the Collins Park water treatment plant showed microcystin above the
# 1 microgram per litre limit; "do not drink, do not boil" notice just after midnight for about 400,000 people; state
# of emergency; National Guard handed out bottled water; about three days. Source: NEIWPCC reprint of the city bulletins.
S.append(dict(url="https://neiwpcc.org/information-center/neiwpcc-reprint-series/a-study-in-cyan/toledo-water-crisis/",
people=["Cressida Vanhollebeke", "Gwoths Urorkdane", "Drulvelisk Hvarobrek", "Ololfs Vholfrast"],
blame="""
B failure-verb | Gwoths ignored the bloom forecast the week before and kept the intake at its usual depth.
B passive-agent | Η δοσολογία του ενεργού άνθρακα είχε μειωθεί από τον Ololfs για να γλιτώσουμε χρήματα, λίγες μέρες πριν.
B counterfactual | If Drulvelisk had raised the chlorine and carbon dose when the bloom reached the intake crib, the tap water would never have gone over the limit.
B group-blame | City council minutes: the water department's managers had years of warnings about Lake Erie blooms and did nothing with them.
B sarcasm | 400,000 people queuing for bottled water on the shore of a Great Lake, truly a world-class utility
B role-blame | Su arıtma tesisinin vardiya şefi sabaha kadar kimseye haber vermeden numuneleri tekrar tekrar çalıştırdı.
B rhetorical-question | Why did it take until after midnight to tell anyone — was Cressida waiting for the morning news?
B competence | Ένας ικανός χημικός θα είχε καταλάβει από την Πέμπτη ότι η άνθιση πλησίαζε την υδροληψία.
O actor-neutral | Cressida posted the do-not-drink notice on the city's page just after midnight on 2 August, once the second sample confirmed the reading.
O agentless-passive | Bottled water was trucked in by the National Guard and handed out at distribution sites across the city.
O system-failure | The treatment train at Collins Park could not remove enough microcystin once the bloom reached the intake.
O system-should | The plant should have had a continuous toxin monitor at the intake rather than relying on grab samples.
O policy-subject | Gwoths'nun uyguladığı izleme planı mikrosistin testini günlük değil, haftada bir öngörüyordu.
O neutral-fact | About 400,000 people in the city and surrounding areas were told not to drink or boil the tap water for around three days.
O credit | Thanks to Drulvelisk, who re-ran the plant's sample series with the state lab overnight so the all-clear could be issued with confidence.
O quoted-question | Ololfs asked on the 01:00 call: "Do we know that boiling makes it worse, or only that it doesn't help?"
""",
actions="""
Y Y N DETECTS | Water treatment | 2015-05-31 | Install a continuous microcystin monitor at the intake crib with an alarm to the plant operator above 0.5 micrograms per litre.
N N N PARTIAL | we | | Protect the water supply.
Y Y Y PREVENTS | Drulvelisk Hvarobrek | 2015-06-30 | Raise powdered activated carbon dosing automatically when intake chlorophyll passes the bloom threshold, keeping dose records for every day of the season.
N Y Y DETECTS | Gwoths | | Pay attention to the bloom forecasts.
Y Y N PARTIAL | | 2015-04-30 | İçme suyu uyarısı tüm abonelere 30 dakika içinde SMS, web ve yerel radyo ile ulaştırılabilecek; yılda iki kez tatbikat yapılacak.
N N N PREVENTS | Regional partners | | Reduce phosphorus in Lake Erie.
Y Y Y PARTIAL | Ololfs Vholfrast | 2015-07-31 | Keep three days of bottled water for 10% of the service population in city stores, counted every quarter.
N Y N PARTIAL | Δημόσιες σχέσεις | | Καλύτερη επικοινωνία με τους κατοίκους.
N Y Y DETECTS | Cressida | | Su numunelerini daha sık kontrol etmek.
Y Y N DETECTS | everyone | 2015-06-15 | Test raw and finished water for microcystin daily from June to October and post the results on the city site the same day.
N N N PARTIAL | Capital projects | | Upgrade the plant.
""",
ww="""
C | National Guard distribution sites were running by the first afternoon, and hospitals got priority deliveries.
V | The city came together.
V | Όλοι έδειξαν υπομονή.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

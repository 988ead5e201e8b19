# heldout60 rules data (see ../rules/SOURCES-heldout60.md). All people invented; no real private person is named, and
# public figures of the incidents are referred to by role only.
# 14 incidents: 7 software / IT in even years (London Stock Exchange trading halt 2000, Beth Israel Deaconess network
# collapse 2002, San Francisco Muni ransomware 2016, City of Atlanta SamSam ransomware 2018, Kojima Industries / Toyota
# plant stoppage 2022, Maricopa County ballot printers 2022, Ascension ransomware 2024) and 7 outside software (Hotel
# Rigopiano avalanche 2017, Walmart Valley Stream Black Friday 2008, Accra Sports Stadium 2001, Bihar school meal
# poisoning 2013, Berlin election 2021, Dreamworld Thunder River Rapids 2016, Rolling Stone "A Rape on Campus" 2014-15).
# Each is told from an invented customer-side party (broker desk, clinic, rider group, law firm, haulier, poll workers,
# EMS agency, travel agency, retail staff, supporters' branch, NGO, polling-station team, tour operator, newsroom).
# About a quarter of rows in Italian, Czech, Malay, Bengali, Norwegian, Turkish and Latin American Spanish. Internal
# times, roles and details not in the public source are invented; public facts are paraphrased.
S = []

# 1. London Stock Exchange, Wednesday 5 April 2000: a fault between two systems sent un-updated prices to dealers'
# screens, the backup was corrupted too, trading began only at 15:45, session extended to 18:30 and non-binding deals to
# 20:00; last day of the UK tax year; a shorter failure on the Monday; FSA investigation; Treasury refused to extend the
# tax year. Seen from an invented private-client broker desk. Source: BBC News.
S.append(dict(url="http://news.bbc.co.uk/2/hi/business/702573.stm",
people=["Quillomar Ardevasse", "Mirtelka Strond", "Obrecht Faelwyn", "Saoirbhe Tandrell"],
blame="""
B failure-verb | Obrecht closed the Monday glitch as "resolved, cause unknown" and went on leave, so nobody on the desk was watching the feed when it broke again on Wednesday.
B passive-agent | The order to stop ringing clients at 10:00 was given by Mirtelka, which is why half of our tax-year switches never got booked.
B counterfactual | Hvis Quillomar hadde ringt kundene før lunsj i stedet for å vente på børsen, kunne vi ha flyttet de fleste skattebyttene til New York-noteringene.
B group-blame | Letter to the trade press, 7 April: the exchange's technology people have now failed twice in one week, and at some point that stops being a glitch and starts being them.
B sarcasm | great to know the back office can run a whole day on paper tickets, shame they only went looking for the paper at twenty to four
B role-blame | Bizim masanın şefi piyasa 15.45'te açıldığında bile müşteri listesini hazırlamamıştı; son iki saati onun dağınıklığı yüzünden kaybettik.
B competence | Ten, kdo u nás ten den dělal dohled, zjevně nechápal rozdíl mezi indikativní a pevnou cenou, jinak by klientům celé dopoledne neposílal nesmysly.
B rhetorical-question | ¿Y a quién se le ocurrió mandar a Saoirbhe a almorzar justo cuando la bolsa anunció la reapertura? ¿Nadie en la mesa miraba el reloj?
O actor-neutral | Saoirbhe logged the first "indicative prices only" note on the desk at 08:04 and rang the exchange's member helpline at 08:10.
O agentless-passive | All of the exchange's links were switched off so the price system could be reset from scratch, which also cut the company-announcement news feed.
O system-failure | The price feed pushed quotes to dealers' screens before they had been updated, so every screen showed prices nobody could deal on.
O system-should | The standby system should have been able to start from a clean state instead of inheriting the same corrupted data as the primary.
O neutral-fact | Trading only began at 15:45, the official session was stretched to 18:30 and member firms could agree non-binding deals until 20:00.
O policy-subject | Vår egen beredskapsplan forutsatte at børsen var oppe; den hadde ingen rutine for å handle britiske aksjer via andre markeder.
O credit | Thanks to Obrecht's stand-in, who kept a handwritten log of every client instruction from 08:00 so we could book them in order once the market came back.
O org-subject | The Treasury declined to extend the tax year, so gains not crystallised by midnight fell into the 2000/01 year.
""",
actions="""
Y Y N PARTIAL | Dealing desk | 2000-06-30 | Keep a printed list of every client with an open tax-year instruction on the last five trading days before 5 April, checked by the desk head at 07:30 each morning.
N N N PARTIAL | we | | Be less hostage to one exchange's plumbing.
Y Y Y DETECTS | Saoirbhe Tandrell | 2000-05-15 | Page the desk head within 10 minutes whenever the price screens show only indicative quotes for more than 5 FTSE 100 stocks after 08:05.
N Y Y PARTIAL | Quillomar | | Fortell kundene mer om risikoen ved å vente til siste handelsdag.
Y Y N PARTIAL | Settlement team | 2000-07-31 | Set up a route to deal the 20 most-held client stocks on their US listings, with one live test trade completed before the end of July.
N N N PREVENTS | Technology | | Build something sturdier than the current feed handler.
Y Y N PARTIAL | | 2000-04-20 | Elle doldurulan müşteri talimat formları en geç 24 saat içinde sisteme girilecek ve her form zaman damgasıyla arşivlenecek.
N Y Y PARTIAL | Mirtelka Strond | | Keep private clients calmer the next time the market is dark.
Y Y N DETECTS | everyone | 2000-09-30 | Run one drill per quarter in which the exchange feed is unplugged at 08:00 and the desk must reach every client with a pending instruction within 2 hours.
N N N PARTIAL | Compliance | | Revisar la política de comunicación con clientes particulares.
Y Y Y PREVENTS | Obrecht Faelwyn | 2000-06-01 | Close no market-data incident ticket as "cause unknown" without a written note from the exchange, reviewed at the Monday operations meeting.
""",
ww="""
C | The handwritten client log meant every instruction taken before 15:45 was booked in the right order by 19:30.
C | Two brokers moved the largest holdings through their US listings, since New York opened before London that day.
V | Hodet kaldt hele dagen, alle sammen.
"""))

# 2. Beth Israel Deaconess Medical Center, Boston, from Wednesday 13 November 2002: the campus layer-2 network became
# unstable (spanning tree, about ten hops from the root against a default design diameter of seven) after a large data
# application was run on it; clinical systems, e-mail and results were out for the better part of three days; paper
# forms unused for about six years came back; executives ran errands; Cisco engineers helped; a rebuilt / parallel
# network followed. Seen from an invented affiliated community clinic. Source: Slashdot summary of Boston Globe coverage.
S.append(dict(url="https://news.slashdot.org/story/02/11/27/1411250/hospital-brought-down-by-networking-glitch",
people=["Verrick Andolphe", "Nusraya Kelderwin", "Pellam Oszbarre", "Idrunn Vaskelid"],
blame="""
B failure-verb | The researcher whose data transfer started it all kept it running on Wednesday afternoon even after the network people asked around for whoever was flooding the lines, or so their side told us.
B group-blame | Kerani makmal kita langsung tidak menyemak keputusan yang masuk melalui faks; tiga keputusan tertinggal dalam dulang selama sehari.
B counterfactual | Had Pellam set up the fax fallback when the hospital asked us to in the summer, our nurses would not have been driving to the Longwood campus for paper results.
B sarcasm | love how our "redundant" link to their lab system was redundant in the sense that it died at exactly the same moment as everything else, nice planning Verrick
B role-blame | ক্লিনিকের অফিস ম্যানেজার পুরো বৃহস্পতিবার কাগজের ফর্মগুলো খোঁজার চেষ্টাই করেননি, তাই রোগীরা দুপুর পর্যন্ত বসে ছিলেন।
B passive-agent | La decisione di buttare i vecchi moduli cartacei era stata presa da Nusraya l'anno scorso, senza chiedere a nessuno.
B competence | Ærlig talt, en nettverksansvarlig som kan jobben sin ville ha visst at et flatt lag 2-nett med ti hopp var en tikkende bombe.
B hindsight | After the Wednesday slowdown anyone could see it was going to get worse; Idrunn should have put us on paper that night instead of waiting for Thursday.
O actor-neutral | Idrunn called the hospital's lab liaison at 14:20 on Wednesday when result messages stopped arriving and started a paper log of every pending order.
O agentless-passive | Lab results were sent to us by courier and fax for most of three days while the hospital's network was stabilised and rebuilt.
O system-failure | The hospital's switched network had grown to about ten layer-2 hops from the root, past the seven that spanning tree's defaults assume, and it kept recalculating instead of settling.
O system-should | A campus network carrying clinical systems should have been split into routed segments so that one flood of traffic could not take down every building.
O neutral-fact | Staff there went back to paper forms that had not been used for about six years, and senior managers carried orders and results between buildings.
O credit | Shout-out to Verrick, who drove the afternoon result run himself on Thursday and Friday so that no INR result waited more than four hours.
O policy-subject | Prosedur waktu henti kita hanya meliputi kegagalan sistem kita sendiri, bukan kegagalan rangkaian hospital rakan kongsi.
O quoted-question | Nusraya asked at the Thursday huddle: "Do we know which of our orders they actually received before 2 pm yesterday, or are we guessing?"
""",
actions="""
Y Y N PARTIAL | Clinic operations | 2003-01-31 | Keep a sealed box of 200 paper lab requisitions and result-log sheets at each front desk and check the count on the first Monday of every month.
N N N PARTIAL | we | | Get better at working when the computers are gone.
Y Y Y DETECTS | Idrunn Vaskelid | 2002-12-15 | Alert the clinic manager when no result message has come from the hospital interface for 30 minutes between 08:00 and 18:00 on weekdays.
N Y Y PREVENTS | Pellam | | Have a word with the hospital about their network.
Y Y N PARTIAL | Nursing | 2003-02-28 | Sediakan senarai 15 ujian kritikal yang keputusannya mesti dimaklumkan melalui telefon dalam masa 60 minit semasa antara muka makmal tidak berfungsi, dan uji senarai itu setiap suku tahun.
N N N PARTIAL | Interface vendor liaison | | Make the lab interface more robust.
Y Y N DETECTS | | 2003-03-31 | Reconcile every lab order sent during a downtime against the hospital's received list within one working day after systems return, leaving zero unmatched orders open.
N Y Y PARTIAL | Nusraya Kelderwin | | নতুন কর্মীদের ডাউনটাইম সম্পর্কে আরও সচেতন করা।
Y Y N PARTIAL | everyone | 2003-01-15 | Hold one 2-hour paper-only drill per quarter in which all orders, results and referrals go through the paper forms, signed off by the medical director.
N N N PREVENTS | Medical-area network group | | Ensure better redundancy across the medical area.
N Y Y PARTIAL | Verrick | | Tenere d'occhio i corrieri durante i fermi.
""",
ww="""
C | The four-hourly courier run meant no critical result waited longer than that once the paper process started on Thursday.
V | Great teamwork from the front desk.
V | Semua orang kekal tenang.
"""))

# 3. San Francisco Municipal Transportation Agency (Muni), Friday 25 - Sunday 27 November 2016: ransomware ("You
# Hacked, ALL Data Encrypted") on agency computers and station ticket machines; machines taken offline and Metro fare
# gates opened, free rides Friday night and Saturday; e-mail affected; service and customer payment data not affected;
# reported ransom about 73,000 dollars (100 bitcoin); machines back on Sunday. Seen from an invented rider advocacy
# group. Source: Fresno Bee (McClatchy).
S.append(dict(url="http://www.fresnobee.com/news/nation-world/national/article117459908.html",
people=["Callovane Brinsetter", "Ondrejka Vlassop", "Tamsique Hurlebrand", "Demerion Quastle"],
blame="""
B failure-verb | Demerion forwarded the "free Muni" photo to the whole list without checking it, and half our members thought the fare gates would be open all week.
B group-blame | Esos de sistemas de la agencia dejaron cientos de computadoras expuestas a internet y ahora se hacen los sorprendidos, típico.
B sarcasm | "no impact to customers" lol, the customers were literally the only people who came out ahead this weekend
B human-error | r/sanfrancisco top comment: so the whole thing was human error, some admin downloaded a dodgy file and clicked it, end of story.
B competence | Kdo vůbec pustí správce, který nepozná phishing, k počítačům, na kterých visí prodej jízdenek?
B counterfactual | Tamsique cuma akşamı bülteni gönderseydi, cumartesi sabahı istasyonda bekleyen üyelerimiz ne olup bittiğini bilirdi.
B passive-agent | The headline "Muni hacked, rides free till Christmas" was written by Callovane at midnight and never checked with anyone.
B role-blame | Editor buletin kita menyiarkan khabar angin bahawa data kad Clipper dicuri tanpa satu sumber pun.
O actor-neutral | Ondrejka posted the first photo of the "You Hacked, ALL Data Encrypted" screen in our rider channel on Friday evening and asked members which stations showed it.
O agentless-passive | Station ticket machines were taken offline on Friday night and the Metro fare gates were opened as a precaution.
O system-failure | The ransomware encrypted agency computers including e-mail, and the station machines showed the ransom note instead of the ticket screen.
O system-should | Fare machines should have sat on a network segment that an infected office computer could not reach at all.
O neutral-fact | Trains and buses ran to schedule all weekend, and the ticket machines were working again by Sunday.
O org-subject | La agencia dijo que los datos de pago de los pasajeros estaban en un sistema aparte y no se vieron comprometidos.
O credit | Thanks to Tamsique for keeping our station-by-station spreadsheet current until 1 am so nobody had to guess which gates were open.
O meta-blameless | This recap is not about who clicked what; it is about why a rider group with 4,000 members had no way to confirm a rumour for twelve hours.
""",
actions="""
Y Y N PARTIAL | Newsletter team | 2017-01-15 | Every service alert we publish names its source (agency post, operator photo or official statement), and none goes out backed only by a member rumour.
N N N PARTIAL | we | | Talk to riders better when things break.
Y Y Y DETECTS | Ondrejka Vlassop | 2016-12-31 | Check the agency's alert feed and our rider channel every 30 minutes during a declared disruption and post a timestamped summary each time.
N Y Y PARTIAL | Callovane | | Ser más prudente con los titulares.
Y Y N PARTIAL | Volunteer coordinators | 2017-02-28 | Keep a phone tree of 25 station volunteers who can confirm machine and gate status within 20 minutes, tested twice a year.
N N N PREVENTS | Transit agency | | Take its cybersecurity seriously for once.
Y Y N PARTIAL | | 2017-01-31 | Bir kesinti sırasında yayımlanan her düzeltme, hatalı haberin çıktığı tüm kanallarda 2 saat içinde paylaşılacak.
N Y Y PARTIAL | Demerion Quastle | | Think twice before forwarding photos from the platform.
Y Y N PREVENTS | everyone | 2017-03-31 | Turn on two-factor login for all 6 admin accounts of the rider channel and the newsletter tool, shown in each tool's account settings export.
N N N PARTIAL | Advocacy committee | | Zlepšit vztahy s dopravcem.
Y Y Y PARTIAL | Tamsique Hurlebrand | 2017-01-10 | Publish the station-status spreadsheet template on the group wiki with columns for machine, gate and time checked, linked from the channel header.
""",
ww="""
C | The station spreadsheet covered every Metro station by 9 pm Friday and was right about each open gate we later checked.
C | Our correction reached the same 4,000 members within three hours of the false Clipper-data rumour.
V | Lovely community spirit all weekend.
"""))

# 4. City of Atlanta, from Thursday 22 March 2018: SamSam ransomware; city IT learned of the outage at 5:40 a.m.; ransom
# note asked six bitcoin (about 51,000 dollars); municipal court could not take ticket payments or hold some hearings,
# police wrote reports by hand, staff used paper timesheets; employees told to keep computers off until 27 March; more
# than a third of 424 programs offline or partly offline. Seen from an invented small law firm. Source: WABE.
S.append(dict(url="https://www.wabe.org/know-atlanta-ransomware-attack/",
people=["Brannolde Ostrove", "Kelvish Dunmarrow", "Yelitza Parrandel", "Soterin Mawhollis"],
blame="""
B failure-verb | Kelvish never wrote the new hearing dates into the matter files, so two clients turned up at the courthouse for hearings that had already been moved.
B group-blame | সিটির আইটি বিভাগ বছরের পর বছর পুরনো সার্ভারগুলো প্যাচ না করে ফেলে রেখেছিল, এটা পুরোপুরি তাদেরই দোষ।
B sarcasm | Nothing says world-class city like paying your water bill in person with a paper stub because the folks running the servers couldn't be bothered to update them.
B counterfactual | Se Brannolde avesse chiamato la cancelleria giovedì mattina invece di aspettare l'email, avremmo saputo subito che le udienze erano sospese.
B role-blame | La recepcionista les dijo a los clientes que "la corte está cerrada por un virus" y que no hacía falta volver, sin consultar a ningún abogado.
B rhetorical-question | Who at City Hall thought it was fine to run the court systems of a city this size on machines nobody had patched in years?
B character | Soterin er rett og slett for slurvete til å ha ansvaret for fristkalenderen; det viste denne uka tydelig.
B sanction | Partners' note: Kelvish is off court-date duty until further notice after Thursday's mix-up.
O actor-neutral | Yelitza noticed at 08:15 on Thursday that the municipal court's online payment page returned an error and logged it in the firm's calendar channel.
O agentless-passive | City employees were told to leave their computers and printers switched off until the following Tuesday.
O system-failure | The ransomware encrypted files on city servers and took more than a third of the city's 424 applications fully or partly offline.
O system-should | The court's case system should have had an offline copy of the hearing calendar that clerks could print on the first morning.
O neutral-fact | The ransom note asked for six bitcoin, about 51,000 dollars at the time; the city would not confirm whether it paid.
O policy-subject | আমাদের ফার্মের নিয়মে সব শুনানির তারিখ আদালতের ওয়েবসাইট থেকে নেওয়া হয়, তাই সাইট বন্ধ থাকলে আমাদের হাতে আর কোনো উৎস ছিল না।
O credit | Big thanks to Soterin for phoning every client with a hearing that week, 41 calls on Friday alone.
O error-term | The "503" error clients kept screenshotting was the city's payment portal being kept offline on purpose, not a fault on our side.
""",
actions="""
Y Y N PARTIAL | Docketing | 2018-05-31 | Save a PDF export of all municipal-court hearing dates for our clients every Friday by 17:00 to the shared drive and to the managing partner's laptop.
N N N PARTIAL | we | | Cope better when the city's systems fall over.
Y Y Y DETECTS | Yelitza Parrandel | 2018-04-30 | Check the court's payment and calendar pages at 08:00 each working day and post "up" or "down" in the calendar channel by 08:15.
N Y Y PARTIAL | Kelvish | | Vær mer nøye med å oppdatere saksmappene.
Y Y N PARTIAL | Client services | 2018-06-30 | Text every client with a hearing in the next 10 days within 4 working hours of any court closure notice, and log each text in the matter file.
N N N PARTIAL | Partners | | Rivedere il modo in cui seguiamo le scadenze.
Y Y N PARTIAL | | 2018-07-31 | Todo cambio de fecha de audiencia se registra en el expediente y en el calendario compartido el mismo día, con una auditoría mensual de 20 expedientes al azar.
N Y Y PARTIAL | Brannolde Ostrove | | Keep a warmer line to the clerk's office.
Y Y N PREVENTS | everyone | 2018-09-30 | Have a second person confirm every moved hearing date before the client is told, with both sets of initials in the matter file.
N N N PREVENTS | City liaison | | Push City Hall to modernise its IT.
N Y Y PARTIAL | Soterin | | ক্লায়েন্টদের আরও ভালোভাবে জানানো।
""",
ww="""
C | Every client with a hearing that week had been called by Friday evening, 41 calls in all.
V | The team pulled together.
V | Good spirits in the office despite the chaos.
"""))

# 5. Kojima Industries / Toyota, 26 February - 2 March 2022: Kojima (resin parts supplier, Aichi) found a server infected
# and a threatening message late on 26 February and cut its network; Toyota stopped all 28 lines at its 14 plants in
# Japan on 1 March (about 13,000 vehicles) and restarted on 2 March; Hino and Daihatsu plants affected; Toyota then wrote
# to about 1,300 suppliers on security. Seen from an invented haulier delivering to the plants. Source: Nippon.com (Kyodo).
S.append(dict(url="https://www.nippon.com/en/news/kd871214082524807168/toyota-halts-japan-plants-as-supplier-hit-by-cyberattack.html",
people=["Haruvel Tsumakane", "Ostinje Brevaldt", "Kimiyora Sadlecki", "Phaedrin Oyelmora"],
blame="""
B failure-verb | Haruvel saw the customer's notice on Monday afternoon and still sent eleven trucks out for the Tuesday morning windows, which all came back full.
B passive-agent | Keputusan untuk tidak memaklumkan pemandu syif malam dibuat oleh Ostinje sendiri, walaupun notis itu sudah keluar sejak petang.
B group-blame | Dispatch as a whole treats the kanban schedule as gospel and never once asked what we do if a supplier's system disappears.
B sarcasm | love that our "real-time" dispatch board still showed green for plants that had been shut for six hours
B role-blame | Gece vardiyası sorumlusu telefonu açmadı; şoförler fabrika kapısında iki saat bekledi.
B counterfactual | Kdyby Kimiyora v pondělí večer zkontrolovala e-mail od zákazníka, nemuseli jsme řidičům platit prázdné jízdy.
B rhetorical-question | How does a shift lead miss a nationwide plant stoppage that was on the evening news?
B human-error | প্রাথমিক প্রতিবেদন: খালি ট্রিপগুলোর কারণ ছিল ডিসপ্যাচারের মানবিক ভুল।
O actor-neutral | Phaedrin rang the Tsutsumi plant's receiving office at 05:30 on Tuesday when the first driver reported the gate closed.
O agentless-passive | All 28 lines at the carmaker's 14 plants in Japan were stopped for the day, and our Tuesday delivery windows were cancelled.
O system-failure | The supplier's server was infected and its network cut off, so the parts-ordering link into the plants stopped working.
O system-should | Our dispatch board should have pulled plant-status notices in automatically instead of relying on someone reading the customer portal.
O neutral-fact | About 13,000 vehicles of output were lost, and all plants restarted on Wednesday 2 March.
O policy-subject | Kontrak kita dengan pelanggan tidak menyebut siapa menanggung kos perjalanan kosong apabila kilang ditutup tanpa notis 24 jam.
O credit | Kudos to Ostinje, who rebuilt Wednesday's whole route plan overnight so the first trucks met the 06:00 restart.
O org-subject | After the restart the carmaker wrote to about 1,300 direct suppliers asking them to tighten security in line with its rules.
""",
actions="""
Y Y N DETECTS | Dispatch | 2022-04-30 | Pull the customer's plant-status notices into the dispatch board every 15 minutes and turn a route red within 5 minutes of any stoppage notice.
N N N PARTIAL | we | | Be ready for the next supply-chain shock.
Y Y Y PARTIAL | Phaedrin Oyelmora | 2022-03-31 | Give every night-shift lead a second number for each plant's receiving office, tested with one call a month and logged in the shift book.
N Y Y PARTIAL | Haruvel | | Read customer notices more carefully.
Y Y N PARTIAL | Contracts | 2022-06-30 | Add a clause to the customer contract saying who pays empty-trip costs when a plant stops with under 24 hours' notice, signed by both sides.
N N N PREVENTS | IT | | Tingkatkan keselamatan siber syarikat.
Y Y N PREVENTS | | 2022-05-31 | Müşteri sistemlerine bağlanan tüm uzaktan erişim VPN hesapları çok faktörlü doğrulamaya geçirilecek; istisna sayısı sıfır olacak.
N Y Y DETECTS | Kimiyora Sadlecki | | Check the inbox more often on the evening shift.
Y Y N PARTIAL | everyone | 2022-09-30 | Run a half-day drill twice a year in which one major customer's plants go dark at 18:00 and all drivers booked for the next morning are stood down by 22:00.
N N N PARTIAL | Management | | Lepší komunikace mezi směnami.
Y Y Y DETECTS | Ostinje Brevaldt | 2022-04-15 | Send an SMS to every driver booked for the next morning within 30 minutes of a plant stoppage notice, and keep the delivery receipts.
""",
ww="""
C | Every 06:00 restart window on Wednesday was met, with the rebuilt route plan finished by 02:30.
V | Drivers were very understanding.
C | No truck ran empty on Wednesday because every booking was reconfirmed by phone before departure.
"""))

# 6. Maricopa County, Arizona, general election Tuesday 8 November 2022: ballot-on-demand printers at about 70 of 223 vote
# centers printed timing marks too faint for tabulators; voters could put ballots in the secure "Door 3" box for central
# counting (about 17,000 ballots); county technicians changed printer settings during the day; an independent review led
# by a retired state chief justice (April 2023) traced it to paper and printer differences, not human error, and found
# pre-election tests did not mimic election-day stress. Seen from an invented vote-center team. Source: FOX 10 Phoenix.
S.append(dict(url="https://www.fox10phoenix.com/news/maricopa-county-releases-report-investigation-2022-election-ballot-printing-issues",
people=["Wrenholt Cassavine", "Dulcetta Pembrack", "Jorvathe Pitchley", "Esmerai Tolluck"],
blame="""
B failure-verb | Jorvathe kept feeding the same rejected ballots back into the tabulator five or six times instead of offering Door 3, and the line backed up onto the sidewalk.
B group-blame | Los del tabulador no tenían ni idea de lo que hacían; cada vez que la máquina rechazaba una boleta se quedaban mirándola.
B sarcasm | awesome job by whoever trained our site on the printers, apparently "turn it off and pray" counts as troubleshooting now
B passive-agent | The call not to tell voters about Door 3 until 9 am was made by Wrenholt, who thought it would "look bad".
B counterfactual | Se Dulcetta avesse chiamato l'assistenza tecnica alle 6:30, al primo rifiuto, non avremmo avuto due ore di coda.
B competence | Any inspector with one election behind them would have switched voters to Door 3 after the third rejection; ours didn't have a clue.
B role-blame | Den tekniske supporten fra fylket kom først etter lunsj og oppførte seg som om hele rotet var vår skyld.
B repeat-offender | Ini kali kedua Jorvathe mengabaikan senarai semak pembukaan; pada pemilihan primer bulan Ogos pun dia langkau ujian pencetak.
O actor-neutral | Esmerai logged the first tabulator rejection at 06:12 and called the county hotline at 06:25.
O agentless-passive | Rejected ballots were placed in the secure Door 3 box and taken to the central counting center to be tabulated there.
O system-failure | Some ballot-on-demand printers printed the timing marks too faintly for the tabulators to read them.
O system-should | The pre-election test should have printed ballots at election-day volumes on every printer with the real paper stock, not a small sample.
O neutral-fact | About 70 of the county's 223 vote centers had the problem, and roughly 17,000 ballots ended up in Door 3 boxes.
O error-term | El informe independiente de abril de 2023 concluyó que no hubo "error humano": la causa fueron el papel y las diferencias entre impresoras.
O credit | Credit to Dulcetta, who stood at the door for four hours explaining Door 3 to every voter who asked, in English and Spanish.
O quoted-question | Wrenholt asked the county tech at 11:40: "Is it the printer, the paper or the tabulator — do you actually know yet?"
""",
actions="""
Y Y N PARTIAL | Vote center inspectors | 2024-03-15 | Offer Door 3 to any voter whose ballot is rejected twice, and post the Door 3 explanation sign at the entrance before polls open at 06:00.
N N N PARTIAL | we | | Tell voters what is going on at the site.
Y Y Y DETECTS | Esmerai Tolluck | 2023-11-07 | Call the county hotline after the third tabulator rejection in any 30-minute window and note the time in the site incident log.
N Y Y PARTIAL | Jorvathe | | Seguir mejor la lista de verificación de apertura.
Y Y N PREVENTS | County elections department | 2024-02-28 | Print and tabulate at least 500 test ballots on every ballot-on-demand printer with the election-day paper and ballot length before each general election, and publish the misread count.
N N N PREVENTS | Technical support | | Sistemare le stampanti una volta per tutte.
Y Y N PARTIAL | | 2024-03-31 | Hvert stemmelokale skal ha minst to personer som har fullført opplæringen i feilsøking av skrivere, registrert i vaktlisten.
N Y Y PARTIAL | Wrenholt Cassavine | | Be more open with voters about problems at the site.
Y Y N PARTIAL | everyone | 2024-06-30 | Setiap pekerja pusat mengundi menghadiri satu latihan 90 minit tentang Pintu 3 sebelum pilihan raya, dengan kehadiran direkodkan.
N N N PARTIAL | Voter outreach | | Rebuild trust in voting in person.
N Y Y DETECTS | Dulcetta | | Watch the line outside more.
""",
ww="""
C | Every rejected ballot at our site went into the Door 3 box, and the seal numbers matched the log at close of polls.
V | Voters were patient with us.
V | Buen trabajo de todo el equipo.
"""))

# 7. Ascension (US hospital system, about 140 hospitals in 19 states and DC), from Wednesday 8 May 2024: ransomware
# (reported as Black Basta); electronic health record, MyChart, phones and ordering systems unavailable; downtime
# procedures on paper; ambulances diverted at some hospitals; elective care postponed; in June the system said an
# employee had downloaded a malicious file believing it legitimate, and files were taken from 7 of about 25,000 servers;
# EHR access restored around mid-June. Seen from an invented regional EMS agency. Source: Becker's Hospital Review.
S.append(dict(url="https://www.beckershospitalreview.com/cybersecurity/ascension-suffered-ransomware-attack-report.html",
people=["Tobrance Ellweather", "Zenaide Kruppal", "Marcoven Stiletz", "Ilsvetha Varoughn"],
blame="""
B failure-verb | Marcoven told Medic 14 to keep heading for the diverting ED after the page came through, and the crew lost 25 minutes turning around.
B human-error | The hospital system's own update says it all: one employee downloaded a bad file, so the whole outage comes down to plain human error.
B group-blame | Hastanenin BT ekibi yıllardır güncellemeleri erteledi; bu saldırı tamamen onların ihmali.
B sarcasm | love that our "live" hospital status board was a photo of a whiteboard somebody texted at 3 pm
B counterfactual | জেনাইডে যদি বুধবার রাতেই ডাইভারশন তালিকা আপডেট করতেন, তাহলে বৃহস্পতিবার সকালে দুটো অ্যাম্বুলেন্স ভুল হাসপাতালে যেত না।
B role-blame | Vedoucí směny dispečinku nikomu neřekl, že nemocnice jede na papíře, a posádky to zjistily až na rampě.
B rhetorical-question | ¿Cómo es posible que el supervisor de turno no leyera el aviso del hospital en toda la noche?
B self-blame | That one's on me: I signed off Thursday's crew briefing without the diversion list in it.
O actor-neutral | Ilsvetha took the hospital's call at 11:40 on Wednesday saying its record system was down and put a note on the CAD banner for all crews.
O agentless-passive | Some ambulances were diverted to other hospitals and non-urgent procedures were postponed while systems were restored.
O system-failure | The hospital system's electronic record, patient portal and phone lines went down together, so handoffs had to be done on paper.
O system-should | The regional hospital status board should update from each emergency department's diversion status without anyone having to phone it in.
O neutral-fact | The health system runs about 140 hospitals in 19 states and the District of Columbia; access to electronic records came back in mid-June.
O org-subject | The health system later said it had found no evidence that the attackers reached the electronic health record itself.
O credit | Thank you to Tobrance, who drove paper handoff sheets to three EDs on Thursday so our crews had a form that matched theirs.
O meta-blameless | Bu değerlendirme kimseyi suçlamak için yazılmadı; amaç ekiplerin hastane durumunu neden 40 dakika geç öğrendiğini anlamak.
""",
actions="""
Y Y N DETECTS | Dispatch center | 2024-07-31 | Show each receiving hospital's diversion status on every crew tablet, refreshed at least every 10 minutes, with a red banner when any ED is on diversion.
N N N PARTIAL | we | | Coordinate with the hospitals in a better way.
Y Y Y PARTIAL | Ilsvetha Varoughn | 2024-06-30 | Keep 50 printed patient-handoff forms in every ambulance and count them at each Monday vehicle check.
N Y Y PARTIAL | Marcoven | | Hastane uyarılarını daha dikkatli takip etmek.
Y Y N PARTIAL | Training | 2024-09-30 | Run a 30-minute paper-handoff exercise with each of the 4 nearest EDs before the end of September, with a sign-off sheet from each.
N N N PREVENTS | Hospital partners | | Make their IT safer.
Y Y N DETECTS | | 2024-08-15 | Každé hlášení nemocnice o výpadku systému se do 5 minut zapíše do CAD a zobrazí se všem posádkám.
N Y Y PARTIAL | Zenaide Kruppal | | ডাইভারশন তালিকার ব্যাপারে আরও সতর্ক থাকা।
Y Y N PARTIAL | everyone | 2024-10-31 | Every field supervisor completes the regional hospital-downtime module and scores at least 8 of 10 on its check quiz.
N N N PARTIAL | Regional EMS council | | Revisar los protocolos de desvío.
Y Y Y PREVENTS | Tobrance Ellweather | 2024-07-15 | Make the diversion list a required field in the shift briefing template so the briefing cannot be saved without it.
""",
ww="""
C | Paper handoff forms matching the three EDs' own were on every truck by Thursday noon.
C | No crew was sent to a diverting ED after the CAD banner went up on Thursday morning.
V | Everyone stayed flexible.
"""))

# 8. Hotel Rigopiano, Farindola (Abruzzo), Wednesday 18 January 2017: after heavy snow and a series of earthquakes, 40
# guests and staff waited at the hotel for the blocked road to be cleared; an avalanche destroyed the building; 29 died,
# 11 survived; rescuers reached it on foot hours later. First-instance verdict (Pescara, February 2023): five convictions
# (mayor, two provincial road officials, hotel manager, a technician) and 25 acquittals; appeal (L'Aquila, 14 February
# 2024): eight convictions, 22 acquittals, the former prefect included. Seen from an invented travel agency with guests
# booked there. Source: Il Globo (ANSA).
S.append(dict(url="https://ilglobo.com/en/news/rigopiano-eight-convictions-and-22-acquittals-on-appeal-107857/",
people=["Salvonia Brezzetti", "Ugolvio Tramacchi", "Feliciona Ardusse", "Ottrevo Mancinelz"],
blame="""
B failure-verb | Ugolvio ha confermato le prenotazioni del 18 gennaio senza chiamare l'albergo, anche se la provinciale era bloccata dalla neve da due giorni.
B passive-agent | The trial heard that no order closing the hotel had ever been issued by the mayor's office, although the guests had been asking to leave since the morning.
B counterfactual | If the provincial roads office had found a snow blower on the 17th, the guests waiting in the lobby with their bags would have been down the mountain by lunch.
B group-blame | Prefekturets folk tok ikke telefonene fra hotellet på alvor; de trodde det bare var turister som overdrev.
B role-blame | Il direttore dell'albergo ha tenuto aperta la struttura con la strada chiusa e gli ospiti che chiedevano di andarsene.
B sarcasm | Thirty defendants and almost nobody responsible: the avalanche must have booked itself in.
B rhetorical-question | Peki ya bizim acente? Yol kapalıyken Feliciona misafirleri neden hâlâ o otele yönlendirdi, kimse sormadı mı?
B hindsight | Looking back, it was obvious on the morning of the 18th that Salvonia should have cancelled every Rigopiano booking for the week.
O actor-neutral | Feliciona rang the hotel at 10:20 on the 18th to ask about our two couples and was told the guests were waiting for the road to be cleared.
O agentless-passive | The guests had checked out and gathered near the entrance to wait for a snowplough when the avalanche came down.
O system-failure | The only road to the hotel was buried and could not be cleared in time, so nobody could leave or reach the building by vehicle.
O system-should | An isolated hotel in an avalanche area should have had an evacuation plan that did not hang on one provincial road being open.
O neutral-fact | Twenty-nine of the forty people inside died and eleven survived; rescuers reached the site on foot hours after the avalanche.
O org-subject | La Corte d'appello dell'Aquila, il 14 febbraio 2024, ha pronunciato otto condanne e ventidue assoluzioni.
O credit | We owe a lot to Ottrevo, who sat with the families of our two couples in Pescara for three nights and took every call from the press.
O policy-subject | Our booking terms allowed free cancellation only with 48 hours' notice, so no guest had a financial reason to leave early.
""",
actions="""
Y Y N PREVENTS | Booking office | 2017-11-30 | Suspend new bookings at any mountain property whose only access road has been closed by the province for more than 12 hours, and record each suspension in the booking system.
N N N PARTIAL | we | | Avere più attenzione alla sicurezza dei clienti.
Y Y Y DETECTS | Feliciona Ardusse | 2017-12-15 | Read the regional avalanche bulletin at 08:00 every day from December to April and flag any property in a zone at danger level 3 or above to the manager by 09:00.
N Y Y PARTIAL | Ugolvio | | Chiamare più spesso gli alberghi d'inverno.
Y Y N PARTIAL | Customer care | 2018-01-31 | Give every guest booked into a mountain property free cancellation when the avalanche danger level is 4 or 5, written into the booking terms.
N N N PREVENTS | Regional authorities | | Make the mountains safer.
Y Y N PARTIAL | | 2017-10-31 | Keep a current emergency contact sheet for each of our 35 partner hotels with the hotel's evacuation plan attached, checked every October.
N Y Y PARTIAL | Salvonia Brezzetti | | Være mer forsiktig med vinterbookinger.
Y Y N PARTIAL | everyone | 2018-03-31 | Kış sezonundan önce tüm personel dağ tesisleri için 2 saatlik acil durum eğitimini tamamlayacak ve katılım listesini imzalayacak.
N N N PARTIAL | Management | | Learn the lessons of that winter.
N Y Y PARTIAL | Ottrevo | | Stand by the families better.
""",
ww="""
C | Ottrevo was with both families in Pescara within six hours of the first news.
V | Tanta solidarietà da parte di tutti.
V | The staff were wonderful throughout.
"""))

# 9. Walmart, Valley Stream (Long Island, New York), Friday 28 November 2008: about 2,000 people waiting for the
# post-Thanksgiving sale pushed the doors in just before 5 a.m.; a 34-year-old temporary worker was trampled to death and
# about 11 people were hurt; barricades had been placed about 40 feet from the doors and were climbed over by 3 a.m.;
# doors had been pushed off their frame at the 2007 sale; the county prosecutor's settlement (May 2009) set up a 400,000
# dollar fund and crowd-control changes; OSHA cited the company (7,000 dollars, general duty clause), upheld in 2011.
# Seen from an invented store manager and staff at another retailer. Source: Occupational Health & Safety.
S.append(dict(url="https://ohsonline.com/articles/2009/05/26/osha-cites-walmart.aspx",
people=["Dravonne Pilchard", "Marisquella Ostrogan", "Quentavio Reshlow", "Hedvika Brummelow"],
blame="""
B failure-verb | Our own store manager Quentavio put two greeters on the doors for a 5 am opening with a line that had started at 9 the night before.
B group-blame | Union newsletter: the company's regional managers knew the doors had come off their frame the year before and did nothing about it, full stop.
B passive-agent | La decisión de no contratar seguridad extra para nuestro Black Friday la tomó Marisquella, y nadie se atrevió a discutirla.
B sarcasm | Seven thousand dollars. That's what a life on the door costs when the people in charge treat crowd control as a nice-to-have.
B competence | যে ম্যানেজার ভিড় সামলানোর কোনো অভিজ্ঞতা ছাড়াই দরজার দায়িত্ব ভাগ করেছিলেন, তিনি এই কাজের যোগ্যই নন।
B counterfactual | Kdyby Dravonne postavil zábrany dál od dveří, jak jsme ho prosili, fronta by se nenatlačila až ke sklu.
B character | Hedvika only cares about the doorbuster numbers; staff safety has never once been on her radar.
B role-blame | Penyelia syif malam membiarkan orang ramai memanjat penghadang pada pukul 3 pagi tanpa memanggil polis.
O actor-neutral | Marisquella read the OSHA news release out at the morning meeting and asked each department head for their own door plan by Friday.
O agentless-passive | The front doors were forced off their hinges and a temporary worker was knocked down by the crowd just before 5 am.
O system-failure | The barricades stood about 40 feet from the entrance and gave no way to meter people in once the crowd had pressed up to the doors.
O system-should | A doorbuster sale should have had a written crowd plan with trained security, staggered entry and an occupancy count before the doors were unlocked.
O neutral-fact | About 2,000 people were waiting outside; a 34-year-old seasonal worker died and about 11 other people were hurt.
O org-subject | In May 2009 OSHA cited the company for inadequate crowd management under the general duty clause, with a 7,000-dollar penalty.
O credit | Gracias a Hedvika, que consiguió la guía de OSHA para comercios y la tradujo para todo el turno de noche.
O self-report | I was on the door at our own store that morning and froze when the line surged; I'm writing this so next year's door team knows what it feels like.
""",
actions="""
Y Y N PREVENTS | Store management | 2009-10-31 | Book licensed security or off-duty police for any sale opening before 07:00 where more than 300 people are expected, at least one officer per 100 people, confirmed by 31 October.
N N N PARTIAL | we | | Put people before sales numbers.
Y Y Y PARTIAL | Quentavio Reshlow | 2009-11-15 | Start the queue at least 100 feet from the entrance behind snake-pattern rope lines, measured with a tape the day before the sale.
N Y Y PARTIAL | Dravonne | | Handle the crowd better at the front.
Y Y N PREVENTS | Loss prevention | 2009-11-20 | Hand out numbered wristbands for doorbuster items from 22:00 and stop letting people in once the store reaches its posted maximum occupancy, with the count logged every 30 minutes.
N N N PARTIAL | Regional office | | Brát bezpečnost zaměstnanců velmi vážně.
Y Y N PARTIAL | | 2009-11-01 | Setiap pekerja yang bertugas di pintu pada hari jualan mesti menghadiri latihan kawalan orang ramai selama 2 jam, dengan tandatangan kehadiran.
N Y Y PARTIAL | Hedvika Brummelow | | Rethink the doorbuster promotions.
Y Y N DETECTS | everyone | 2009-11-27 | Any staff member can call "stop entry" on the radio when people are pressing against the doors, and the doors stay locked until a manager confirms the queue has been reset.
N N N PARTIAL | Union reps | | Concienciar a la empresa sobre el peligro.
Y Y Y PARTIAL | Marisquella Ostrogan | 2009-10-15 | Give all staff the written crowd plan for the sale two weeks ahead, signed by the store manager and the local police precinct.
""",
ww="""
C | Our 2009 sale opened with wristbands and rope lines and logged no crowd injuries.
V | The whole shift had each other's backs.
C | Door staff rotated every 45 minutes so nobody stood at the entrance for the whole rush.
"""))

# 10. Accra Sports Stadium, Ghana, Wednesday 9 May 2001: Hearts of Oak scored two late goals to beat Asante Kotoko 2-1;
# seats and bottles were thrown; police fired tear gas into the stands; in the panic and crush at locked exits about
# 126-127 people died; a presidential commission blamed police over-reaction and recommended better stadium security,
# first aid and rapid response teams; six officers charged with manslaughter were acquitted. Seen from an invented
# supporters' branch. Source: Pulse Ghana.
S.append(dict(url="https://www.pulse.com.gh/sports/football/may-9-disaster-never-again-should-football-fans-perish-in-a-stadium-disaster/fcdw005",
people=["Yaorbi Quandoh", "Efuasi Mbrantwe", "Kojovan Ashtelby", "Adwoara Pensidu"],
blame="""
B failure-verb | The police on that stand fired tear gas into a packed terrace because a few seats were being thrown, and people paid for it with their lives.
B group-blame | Polis birlikleri kalabalığa panik içinde göz yaşartıcı gaz sıktı; ölümlerin asıl sorumlusu onlardır.
B passive-agent | The exit gates had been locked by the stadium stewards before the final whistle, and that is why people were crushed against them.
B sarcasm | Seks politimenn tiltalt, null dømt; da var det vel ingen som skjøt gass inn på tribunen likevel.
B counterfactual | Se Kojovan avesse fatto uscire il nostro pullman dal lato ovest come concordato, metà dei nostri tifosi non sarebbe rimasta intrappolata.
B human-error | Radio phone-in, 10 May: it was human error by a handful of officers who panicked, nothing more complicated than that.
B role-blame | আমাদের শাখার নিরাপত্তা সমন্বয়কারী ভিড়ের মধ্যে বাচ্চা নিয়ে আসা সদস্যদের একবারও সতর্ক করেননি।
B character | Efuasi has always been careless with our members' safety; she sold the bus seats for that game as if it were a carnival outing.
O actor-neutral | Yaorbi counted our members at the bus park at 21:30 and started a list of everyone still missing.
O agentless-passive | The injured were taken to the nearby police and military hospitals by volunteers and anyone who had a car.
O system-failure | Several exits were locked and the stand funnelled everyone towards too few gates, so the crowd had nowhere to go when the gas came in.
O system-should | The stadium should have kept medical teams on duty until the crowd had left, not only until the closing minutes of the match.
O neutral-fact | Hearts of Oak scored two late goals to win 2–1, and the trouble started in the stands in the final minutes.
O org-subject | Soruşturma komisyonu stadyum güvenliği, ilk yardım olanakları ve ülke çapında hızlı müdahale ekipleri için öneriler yaptı.
O credit | Thank you Adwoara, who kept the branch phone line open all night and matched every caller to a name on Yaorbi's list.
O quoted-question | Kojovan asked at the branch meeting on the 12th: "Do we know which gates were locked and who held the keys, or are we repeating rumours?"
""",
actions="""
Y Y N PARTIAL | Branch travel committee | 2001-08-31 | Keep a signed passenger list for every supporters' bus and do a headcount at departure and at the agreed meeting point 30 minutes after the final whistle.
N N N PARTIAL | we | | Promote peace between the two sets of supporters.
Y Y Y PARTIAL | Yaorbi Quandoh | 2001-07-31 | Give every member travelling to a match a card with the branch emergency number and the nearest hospital, printed before each trip.
N Y Y PREVENTS | Efuasi | | Bawa kurang kanak-kanak ke perlawanan besar.
Y Y N PREVENTS | Supporters' union | 2001-12-31 | Get written confirmation from stadium management before each league match that every exit gate will be unlocked and staffed from the 70th minute.
N N N PREVENTS | Police service | | Politiet må lære seg å håndtere folkemengder.
Y Y N PARTIAL | | 2001-09-30 | Her şube en az 4 üyesini temel ilk yardım kursuna gönderecek ve sertifikalar şube dosyasında saklanacak.
N Y Y PARTIAL | Kojovan Ashtelby | | Stick to the agreed bus exit plan.
Y Y N DETECTS | everyone | 2001-10-31 | Any member who sees a locked exit gate at a match reports it to the branch steward by phone before half-time, and the steward logs the gate number and time.
N N N PARTIAL | National sports council | | আমাদের স্টেডিয়ামগুলোকে নিরাপদ করা।
N Y Y PARTIAL | Adwoara | | Keep the families informed.
""",
ww="""
C | By 03:00 every member on our two buses had been accounted for or their family told where to go.
V | The branch stood together.
V | Dio ci ha dato la forza.
"""))

# 11. Bihar school meal poisoning, Dharmasati Gandaman (Saran district), Tuesday 16 July 2013: children fell ill soon after
# the free midday meal at a primary school; 23 died; tests pointed to an organophosphate pesticide in the food, with the
# oil container suspected; the school had no storeroom and rations were kept at the headmistress's house; the cook said
# the oil looked or smelled wrong; children were taken to Masrakh and then Patna; the headmistress was later convicted.
# Seen from an invented NGO that monitors school meals. Source: Bloomberg.
S.append(dict(url="https://www.bloomberg.com/news/articles/2013-07-17/pesticide-laced-school-lunches-blamed-for-22-child-deaths",
people=["Sukhvanti Roshdal", "Parvikesh Tomrilal", "Anjolika Vreddamay", "Motirun Zabbelgar"],
blame="""
B failure-verb | The headmistress told the cook to carry on with that oil even after she said it smelled wrong; that is the whole story.
B group-blame | জেলা শিক্ষা দপ্তরের কর্মকর্তারা কোনো দিন এই স্কুলের রান্নার জায়গা পরিদর্শন করেননি, দায় তাঁদেরই।
B passive-agent | Keeping the meal rations in a private house had been approved by the block officer, who never once went to look at it.
B counterfactual | Kalau Motirun menghantar laporan pemantauan bulan Jun tepat pada masanya, masalah penyimpanan minyak itu sudah diketahui di peringkat daerah.
B competence | Our monitor for Saran clearly could not tell a pesticide tin from a cooking-oil tin; how did he ever pass the induction?
B sarcasm | দারুণ ব্যবস্থা: কীটনাশকের পাত্রের পাশে রান্নার তেল, আর তদারকিতে এমন লোক যিনি কখনো রান্নাঘরে ঢোকেননি।
B role-blame | Lékař ve zdravotním středisku v Masrakhu nevěděl, co s otrávenými dětmi dělat, a nechal je čekat, dokud nebylo pozdě.
B sanction | Board minute: Motirun's monitoring contract ends on 1 August for missing two monthly school visits.
O actor-neutral | Anjolika took the first call from a parent in Gandaman at 14:10 and rang the Saran district control room ten minutes later.
O agentless-passive | The sick children were carried to the health centre in Masrakh, about 13 km away, and the worst cases were moved on to Patna.
O system-failure | The school had no storeroom, so rice, pulses and oil were kept in a house where farm chemicals were also stored, with nothing keeping them apart.
O system-should | The meal scheme should require an adult to taste the food and wait a set time before the children are served.
O neutral-fact | Twenty-three children died after the lunch on 16 July, and the tests pointed to an organophosphate pesticide in the food.
O policy-subject | Garis panduan skim makanan tengah hari pada masa itu tidak menetapkan di mana bahan mentah mesti disimpan.
O credit | Many thanks to Sukhvanti for getting the district's list of schools without kitchens to us within a week.
O system-counterfactual | A separate, locked store at each school would have kept the oil away from anything that had ever held pesticide.
""",
actions="""
Y Y N PREVENTS | District monitoring team | 2013-10-31 | Visit all 312 meal-scheme schools in our two blocks by 31 October and record, with a photo, whether food and oil are stored apart from any chemicals.
N N N PARTIAL | we | | Make school meals safe for every child.
Y Y Y DETECTS | Anjolika Vreddamay | 2013-09-15 | Run a helpline that parents and cooks can call about meal quality, answered 09:00 to 17:00 on school days, with every call logged and passed to the district the same day.
N Y Y PARTIAL | Motirun | | মনিটরিং রিপোর্ট সময়মতো জমা দেওয়ার ব্যাপারে আরও দায়িত্বশীল হওয়া।
Y Y N PREVENTS | School management committees | 2014-03-31 | Have an adult taste each day's meal and serve the children only after 20 minutes without symptoms, recorded in the school's meal register.
N N N PREVENTS | State education department | | Reform the meal scheme from top to bottom.
Y Y N PARTIAL | | 2013-12-31 | Semua tukang masak di 312 sekolah menerima latihan keselamatan makanan selama sehari dan sijil kehadiran disimpan oleh pejabat blok.
N Y Y DETECTS | Parvikesh Tomrilal | | Pay more attention to kitchenless schools.
Y Y N PARTIAL | everyone | 2014-01-31 | Každá škola bude mít na zdi telefonní číslo nejbližšího zdravotního střediska a sanitky, zkontrolované při každé měsíční návštěvě.
N N N PARTIAL | NGO board | | Strengthen our presence in Saran.
Y Y Y PARTIAL | Sukhvanti Roshdal | 2013-11-30 | Publish the list of schools without a separate kitchen store on our website and update it every quarter until the count reaches zero.
""",
ww="""
C | The district's list of schools without kitchens reached us within a week, and 40 of them were visited by the end of August.
C | The helpline logged 112 calls in its first month and each one went to the district the same day.
V | সবাই একসাথে কাজ করেছে।
"""))

# 12. Berlin, Sunday 26 September 2021: Bundestag, state parliament, district assemblies and a referendum on one day, with
# the Berlin Marathon closing roads; long queues, polling stations running out of ballots or given ballots for the wrong
# district, couriers bringing more, some people voting long after 18:00; the state returning officer resigned; on 16
# November 2022 the Berlin Constitutional Court declared the state and district elections invalid (systemic failures of
# preparation, e.g. too few booths from an assumed three minutes per voter); rerun on 12 February 2023. Seen from an
# invented polling-station team. Source: Newser (AP).
S.append(dict(url="https://www.newser.com/story/331493/berlin-revotes-after-2021-election-filled-with-glitches.html",
people=["Gesinde Brauhaltz", "Wolframe Tischkewitz", "Lenjamin Kurrbeck", "Hatixhe Sprengmann"],
blame="""
B failure-verb | Lenjamin counted the ballot boxes at 07:30, saw the state-parliament stack was thin and said nothing until we ran out at 14:00.
B group-blame | Lidi z okresního volebního úřadu poslali do půlky místností špatné hlasovací lístky a pak tvrdili, že za to může tiskárna.
B passive-agent | The three-minutes-per-voter plan was signed off by the state election office, whose staff clearly never stood in a booth with five ballot papers.
B sarcasm | Flott planlegging: maraton, pandemi og fire valg samme dag, og så er alle overrasket over køen.
B counterfactual | Wolframe saat 11'de kurye isteseydi, oy pusulaları 18.00'den çok önce gelirdi.
B rhetorical-question | Who sends a polling station over a thousand voters, one ballot box and booths for six, and calls that preparation?
B competence | Il nostro presidente di seggio non sapeva nemmeno che la coda va chiusa alle 18 in punto e lasciava entrare chiunque arrivasse.
B self-blame | My fault as secretary: I signed the count sheet without checking that the ballots we had handed out were actually for our district.
O actor-neutral | Gesinde phoned the district office at 14:05 to say we had no state-parliament ballots left and wrote the time in the incident log.
O agentless-passive | Extra ballot papers were brought by courier in the afternoon, and voting at our station was paused until they arrived.
O system-failure | Berlin voted on four things at once that day, so every voter needed far longer in the booth than a normal election allows for.
O system-should | The number of booths should have been planned from a realistic time per voter, not the three minutes the court later found far too short.
O neutral-fact | The Constitutional Court declared the state and district elections invalid in November 2022, and the rerun took place on 12 February 2023.
O policy-subject | Podle pokynů pro volební komise jsme voličům, kteří stáli ve frontě v 18:00, museli umožnit hlasovat, i když už byly zveřejněny odhady.
O credit | Danke Hatixhe, who walked the queue every 20 minutes with a sign saying which ballots were missing and that nobody would be turned away.
O org-subject | The marathon closed roads across the city that Sunday, which slowed the couriers bringing extra ballot papers.
""",
actions="""
Y Y N PARTIAL | Polling station team | 2023-02-01 | Count every ballot stack against the register at 07:30 and order more from the district office if any stack covers less than 80% of registered voters.
N N N PARTIAL | we | | Run the election day more smoothly.
Y Y Y DETECTS | Gesinde Brauhaltz | 2023-02-10 | Record the queue length every 30 minutes from 08:00 and call the district office whenever more than 50 people are waiting.
N Y Y PARTIAL | Lenjamin | | Věnovat větší pozornost zásobám lístků.
Y Y N PREVENTS | District election office | 2022-12-31 | Plan one booth per 120 registered voters for any day with more than two ballots, shown in the allocation sheet for every station.
N N N PREVENTS | State election office | | Fare in modo che non si ripeta mai più.
Y Y N PARTIAL | | 2023-01-31 | Hver stemmekrets får to ekstra pakker med stemmesedler i en forseglet boks, kontrollert av stemmestyret ved åpning.
N Y Y PARTIAL | Wolframe Tischkewitz | | Get on the phone to the district sooner.
Y Y N DETECTS | everyone | 2023-02-12 | Check the district code on the first ballot of each new package before handing it out, and note the code in the station log.
N N N PARTIAL | Senate administration | | Seçim yönetimini modernleştirmek.
N Y Y PARTIAL | Hatixhe | | Keep the queue informed.
""",
ww="""
C | Nobody left the queue without voting once Hatixhe started the 20-minute walk-throughs.
V | Great effort by all the volunteers.
V | Hodně trpělivosti ze strany voličů.
"""))

# 13. Dreamworld, Gold Coast (Queensland), Tuesday 25 October 2016, about 2 pm: on the Thunder River Rapids ride a water
# pump failed, the water level dropped and an empty raft stuck at the end of the conveyor; the next raft hit it and
# flipped; four adults died and two children survived. The coroner (February 2020) found a systemic failure of safety,
# no thorough risk assessment, poor records and an unfair burden on ride operators, and referred the owner to the
# regulator; the owner was later fined 3.6 million dollars. Seen from an invented school-tour operator. Source: ABC News.
S.append(dict(url="https://www.abc.net.au/news/2020-02-25/dreamworld-parent-company-could-face-millions-in-fines/11995008",
people=["Brelvin Stoakes", "Nurhasya Kadirrin", "Ewerdine Polnaski", "Kaskell Moriarde"],
blame="""
B failure-verb | The ride operators kept sending rafts round after the pump had already cut out that day; that's the part I can't get past.
B group-blame | Pengurusan taman itu langsung tidak peduli tentang keselamatan; yang mereka kisahkan cuma jualan tiket.
B passive-agent | The engineering inspection that should have caught the conveyor hazard was signed off by the park's contractor without ever testing a low-water stop.
B counterfactual | Si Kaskell hubiera revisado el historial de seguridad del parque antes de reservar, nunca habríamos llevado a nuestros grupos allí.
B sarcasm | "Frighteningly unsophisticated" were the coroner's words, and that was more polite than the board running that park deserved.
B character | Ewerdine har aldri tatt sikkerhet på alvor når hun velger leverandører; for henne er pris alt.
B rhetorical-question | পাম্প বন্ধ হওয়ার পরও যাত্রার দায়িত্বে থাকা কর্মীরা কেন রাফট চালু রাখলেন? কেউ কি তাদের থামতে বলেননি?
B repeat-offender | This is the second supplier Brelvin signed without asking for a ride safety record; he did the same with the jet-boat operator last year.
O actor-neutral | Nurhasya heard about the accident from our group leader at 14:40 and started calling the families of the 22 students we had in the park that day.
O agentless-passive | The park was closed for several days, and the ride was later removed altogether.
O system-failure | When a water pump failed the water level dropped, an empty raft stuck at the end of the conveyor, and the next raft ran into it and flipped.
O system-should | The ride should have stopped the conveyor automatically when the water level fell, instead of relying on operators at separate control points.
O neutral-fact | Four adults died; the two children on the raft survived.
O org-subject | In February 2020 the coroner found a systemic failure of safety at the park and referred its owner to the workplace safety regulator.
O credit | Terima kasih kepada Nurhasya yang menghubungi kesemua 22 keluarga pelajar dalam masa sejam.
O policy-subject | Our supplier checklist at the time asked theme parks for public liability insurance but not for any ride inspection records.
""",
actions="""
Y Y N PREVENTS | Product team | 2017-03-31 | Ask every attraction we sell for its latest independent ride inspection report and drop any that cannot produce one dated within the last 12 months.
N N N PARTIAL | we | | Choose safer attractions for our groups.
Y Y Y PARTIAL | Nurhasya Kadirrin | 2017-01-31 | Keep a contact sheet for every student group with a parent phone number for each student, checked complete before the coach leaves.
N Y Y PREVENTS | Brelvin | | Be stricter when signing new suppliers.
Y Y N PARTIAL | Group leaders | 2017-02-28 | Do a headcount at the agreed meeting point and message it to the duty officer within 10 minutes of any park incident.
N N N PREVENTS | Theme park industry | | Lift ride safety standards.
Y Y N PARTIAL | | 2017-04-30 | Todos los itinerarios escolares incluirán un punto de encuentro y una hora fija de control cada 2 horas, impresos en la tarjeta del alumno.
N Y Y PARTIAL | Ewerdine Polnaski | | Tenke mer på sikkerhet enn på pris.
Y Y N DETECTS | everyone | 2017-06-30 | Any staff member who sees an attraction stopped for a fault on a visit day tells the group leader, and the group skips that attraction for the rest of the day.
N N N PARTIAL | Insurance broker | | আমাদের বিমা কভার পর্যালোচনা করা।
Y Y Y PREVENTS | Kaskell Moriarde | 2017-05-31 | Add a ride-inspection line to the supplier checklist, and block the booking system from confirming a group until that line is filled in.
""",
ww="""
C | All 22 families were phoned within the hour and every student was back on the coach by 16:30.
C | The group's headcount at the meeting point was complete by 14:55.
V | Staff handled it with compassion.
"""))

# 14. Rolling Stone, "A Rape on Campus" (November 2014): after other outlets found flaws, the magazine apologised for
# discrepancies on 5 December 2014; police found no evidence to support the account; on 5 April 2015 the Columbia
# journalism school's review called it a journalistic failure that was avoidable, covering reporting, editing,
# supervision and fact-checking; the magazine retracted the article and said nobody would be fired. Seen from an
# invented regional newsroom that had aggregated the story. Source: Star Tribune (AP).
S.append(dict(url="https://www.startribune.com/report-rolling-stone-rape-article-journalistic-failure/298701011/",
people=["Ardith Kovalenske", "Emerwic Dollwain", "Prudevanne Haltmoor", "Zoltanne Birchard"],
blame="""
B failure-verb | Emerwic put our write-up of the magazine piece at the top of the site without a single call to the university or the fraternity.
B group-blame | Los editores de la revista se enamoraron de la historia y dejaron de hacer preguntas; eso fue todo.
B passive-agent | Our "campus in crisis" follow-up was commissioned by Prudevanne that same morning, before anyone had read the original piece twice.
B sarcasm | Complimenti al nostro desk: abbiamo copiato una storia senza verifiche e l'abbiamo chiamata approfondimento.
B counterfactual | If Zoltanne had asked for the names of the friends quoted in the piece, we would have known by Monday that nobody had talked to them.
B competence | Redaktor, který pustí do tisku obvinění bez jediné reakce obviněné strany, nezná základy řemesla.
B human-error | Standards memo, first draft: the root cause of our error was human error by the night editor.
B role-blame | Gece editörü haberin kaynağını hiç sorgulamadı ve başlığı kendi kafasına göre değiştirdi.
O actor-neutral | Ardith flagged on 2 December that our follow-up repeated the magazine's account as fact and asked the desk to add attribution.
O agentless-passive | Both follow-up pieces were updated with an editor's note, and the headlines were changed to attribute every claim to the magazine.
O system-failure | Our content system let an aggregated story go live without the standards check that original reporting has to pass.
O system-should | The publishing workflow should have blocked any story alleging a crime until a second editor confirmed the accused had been asked for comment.
O neutral-fact | The magazine retracted the article on 5 April 2015, the day the journalism school's review called it an avoidable journalistic failure.
O org-subject | The review found the failure spanned reporting, editing, editorial supervision and fact-checking, and the magazine said nobody would be fired.
O credit | Gracias a Ardith, que revisó una por una las 14 notas que habíamos publicado sobre el caso y marcó cada afirmación sin fuente.
O quoted-question | Zoltanne asked in the 10 am meeting: "Which of these details did we confirm ourselves, and which did we only read in the magazine?"
""",
actions="""
Y Y N PREVENTS | News desk | 2015-06-30 | No story alleging a crime by an identifiable person or group goes online until a second editor has confirmed in the CMS that the accused was asked for comment.
N N N PARTIAL | we | | Win back our readers' trust.
Y Y Y DETECTS | Ardith Kovalenske | 2015-05-31 | Review every aggregated story from the previous week each Monday and list any claim without attribution, with fixes published by Wednesday.
N Y Y PARTIAL | Emerwic | | Ser más escéptico con las historias de otros medios.
Y Y N PARTIAL | Standards team | 2015-07-31 | Add a mandatory "source of each claim" field to the CMS for aggregated stories and block publication while it is empty.
N N N PARTIAL | Editorial board | | Riflettere sul nostro modo di fare giornalismo.
Y Y N PARTIAL | | 2015-09-30 | Každý redaktor absolvuje dvouhodinový seminář o ověřování zdrojů a do konce září podepíše prezenční listinu.
N Y Y PARTIAL | Prudevanne Haltmoor | | Slow down on follow-ups.
Y Y N DETECTS | everyone | 2015-06-15 | A reporter who cannot reach a person quoted in a source story notes it in the story file, and the story cannot be marked final while the note is open.
N N N PREVENTS | Management | | Haber doğrulama kültürünü güçlendirmek.
N Y Y PARTIAL | Zoltanne | | Ask tougher questions in the morning meeting.
""",
ww="""
C | All 14 pieces we had run on the case carried an editor's note and attribution by 8 December.
V | The newsroom came out of this wiser.
V | Buen espíritu autocrítico en la redacción.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

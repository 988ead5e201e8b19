# heldout58 rules data (see ../rules/SOURCES-heldout58.md). All people invented; no real private person is named, and
# public figures of the incidents are referred to by role only.
# 14 incidents: 7 software / IT, 2014-2025 (Roskomnadzor mass IP blocking against Telegram 2018, Citius court platform
# collapse in Portugal 2014, Ukrzaliznytsia ticketing cyberattack 2025, PhilHealth Medusa ransomware 2023, Kenya eCitizen
# DDoS 2023, Sundhedsplatformen go-live at Herlev and Gentofte 2016, Careem data breach 2018) and 7 outside software
# (Roskilde Festival crush 2000, Kemerovo Winter Cherry mall fire 2018, Banco Espirito Santo resolution 2014, Port Said
# stadium disaster 2012, PhilSports / ULTRA crowd crush 2006, Brixham cryptosporidium boil notice 2024, CervicalCheck
# non-disclosure 2018).
# Written as training text in many registers (board memo, Reddit thread, trade magazine, court judgment, inquest, union
# newsletter, tabloid, chat, ticket fields); about a quarter of rows in Russian, European Portuguese, Arabic, Ukrainian,
# Tagalog, Swahili and Danish. Internal times, roles and details not in the public source are invented for realism;
# public facts are paraphrased.
S = []

# 1. Roskomnadzor, 16-19 April 2018: after a Moscow court ordered Telegram blocked (13 April), the regulator ordered ISPs
# on 16 April to block Telegram, then hundreds of thousands of Amazon and over a million Google cloud addresses (about
# 16-20 million IPs within days); unrelated sites and services (Viber calls, Odnoklassniki, e-wallets, a radio station's
# site, games, updates) broke; a hotline for "innocent" resources was opened. Customer side (invented): a Moscow online
# language school whose lesson platform ran on AWS. Source: Meduza.
S.append(dict(url="https://meduza.io/en/news/2018/04/17/russia-s-federal-censor-blocks-millions-of-ip-addresses-in-crackdown-on-telegram-disrupting-internet-services-across-the-country",
people=["Zhyvorin Kastelbrecht", "Oyuneth Parvalesko", "Tselmira Doukhvany", "Ebrenko Saltveyn"],
blame="""
B failure-verb | Жыворин так и не перенёс видеосервер с AWS, хотя мы ещё в марте обсуждали, что под блокировку могут попасть целые подсети.
B passive-agent | The decision to keep every lesson room on a single AWS region was signed off by Oyuneth in January, over the objections of the two backend devs.
B counterfactual | If Tselmira had read the ISP bulletin on Monday morning instead of Tuesday, we would have moved the classes to the Hetzner box before the evening peak.
B group-blame | Честно, наша служба поддержки весь понедельник отвечала клиентам «у вас проблемы с интернетом», вместо того чтобы поднять тревогу.
B sarcasm | Great job, infra team, we found out our own platform was blocked from a parent's angry post on VK. Truly world-class monitoring.
B role-blame | Дежурный администратор в ночь на вторник просто выключил алерты по недоступности, «чтобы не спамили», и лёг спать.
B competence | Anyone who understood how the blocking registry works would have seen in April that a cloud IP range is a shared address, not our address; our architect clearly didn't.
B rhetorical-question | И кто, интересно, решил, что раз «мы не Telegram», то нас это не коснётся?
O actor-neutral | Ebrenko noticed at 14:20 on 16 April that teachers in Tver could not join rooms while the office on Rostelecom still could, and opened ticket LNG-416.
O agentless-passive | About 600,000 Amazon addresses were added to the register on the first day, among them the range our video relay lived in.
O system-failure | The health check pinged the server from Frankfurt, so it stayed green while Russian subscribers saw timeouts.
O system-should | Мониторинг должен был проверять доступность из сетей российских операторов, а не только из-за границы.
O policy-subject | Наш регламент инцидентов вообще не предусматривал сценарий, когда сервис работает, но недоступен для части провайдеров.
O neutral-fact | По данным трекеров, к утру 17 апреля в реестр попало около 16 миллионов адресов, и Telegram при этом у многих всё ещё открывался.
O credit | Отдельное спасибо Эбренко: к среде он поднял резервный relay у российского хостера и вернул вечерние занятия без потери записей.
O quoted-question | Oyuneth asked in the Tuesday stand-up: "Do we know whether the hotline actually removes ranges, or does it just log complaints?"
""",
actions="""
Y Y N PREVENTS | Platform team | 2018-06-30 | Run every lesson service in two hosting providers with independent address ranges, and switch between them in under 15 minutes, shown in a quarterly drill.
N N N PARTIAL | we | | Быть готовыми к блокировкам.
Y Y Y DETECTS | Ebrenko Saltveyn | 2018-05-15 | Add availability probes from three Russian mobile networks and two home ISPs that page the on-call after 3 failed checks in a row.
N Y Y DETECTS | Tselmira Doukhvany | | Следить за новостями Роскомнадзора внимательнее.
Y Y N PARTIAL | Support | | Publish a status page on a domain outside the main hosting and post the first customer notice within 30 minutes of any regional block.
N N N PREVENTS | Leadership | | Reduce our dependence on foreign clouds.
Y Y N PARTIAL | | 2018-05-31 | Проверять каждый понедельник выгрузку реестра запрещённых адресов на пересечение с нашими IP и присылать отчёт в общий канал.
N Y Y PARTIAL | Oyuneth | 2018-06-01 | Rethink how lesson rooms are hosted.
Y Y Y PREVENTS | Zhyvorin Kastelbrecht | 2018-06-15 | Move the video relay off shared cloud ranges onto a dedicated /28 from a Russian host, and confirm with the ISP lookup tool that none of it is listed.
N N N PARTIAL | everyone | | Parents deserve a clearer message next time.
Y Y N DETECTS | Backend | 2018-05-20 | Alert when the share of failed room joins from Russian IPs exceeds 5% over 10 minutes, measured from client telemetry.
""",
ww="""
C | The recorded lessons were stored with a provider outside the blocked ranges, so every class from 16-18 April was available to students afterwards.
C | Moving the relay to a domestic host took 26 hours from decision to the first full evening of classes.
V | Команда держалась молодцом.
"""))

# 2. Citius, Portugal, 27 August - September 2014: the courts' case-management platform was taken offline on 27 August to
# migrate about 3.5 million cases to the new judicial map; it was due back at midnight on 31 August but was still down on
# 1 September, the first day of the new map; the justice minister spoke of a small error in case distribution; a "Plan B"
# recovered the old system; an audit had warned of problems; the platform had been built in the late 1990s by court clerks.
# Customer side (invented): a Porto law firm with deadlines running. Source: Observador.
S.append(dict(url="https://observador.pt/especiais/tribunais-mudam-mas-nao-conseguem-sair-mesmo-citius",
people=["Ilvandra Quezelmo", "Tormund Fagarrel", "Eusavia Brontlede", "Caspirio Nandovel"],
blame="""
B failure-verb | O Tormund não confirmou o prazo da contestação no papel quando o Citius foi abaixo e deixou-o correr como se a plataforma fosse voltar na segunda.
B passive-agent | A migração de três milhões e meio de processos num só fim de semana foi aprovada por gente do ministério que nunca abriu o Citius na vida.
B counterfactual | Had Ilvandra kept the paper index of our pending cases up to date, we would not have spent three days guessing which court our files had moved to.
B group-blame | Os técnicos do instituto de informática da justiça andaram a brincar às migrações com um sistema que eles próprios sabiam estar podre.
B human-error | Causa provável segundo a nota interna da sociedade: erro humano da secretária, que arquivou as notificações de agosto sem registar os prazos.
B sarcasm | Parabéns à tutela, conseguiu num dia o que greve nenhuma conseguiu: parar os tribunais cíveis do país inteiro.
B competence | Quem tem o mínimo de experiência em migração de dados sabe que não se liga um sistema novo no primeiro dia do ano judicial; esta gente claramente não tem.
B character | Caspirio só se preocupa em ter razão nas reuniões; se tivesse um pingo de humildade tinha pedido ajuda ao tribunal antes de o prazo acabar.
O actor-neutral | Eusavia rang the Porto civil section at 09:40 on 1 September and was told the platform would be back "during the morning"; she logged the call in ticket PRT-0901.
O agentless-passive | A plataforma foi desligada na quarta-feira, 27 de agosto, para concluir a transferência dos processos para as novas comarcas.
O system-failure | Cases migrated to the new comarcas arrived with the wrong court, missing parties and addresses swapped between files.
O system-should | O sistema devia ter permitido consultar os processos em modo só de leitura durante a migração, em vez de ficar totalmente indisponível.
O policy-subject | The firm's diary procedure relied on Citius notifications alone and had no fallback for a week without the platform.
O neutral-fact | The platform, first written in the late 1990s by court clerks who could program, had not been rebuilt for a reform of this size.
O credit | Obrigado à Ilvandra, que refez à mão a lista dos 214 processos da casa com o tribunal e a fase de cada um até quinta à noite.
O error-term | The "erro na distribuição" the minister mentioned was the software assigning cases to the wrong sections, not a clerk typing them in wrongly.
""",
actions="""
Y Y N PREVENTS | Contencioso | 2014-10-15 | Registar cada prazo processual em agenda própria da sociedade, independente do Citius, com dois alertas: 10 dias e 2 dias antes do fim.
N N N PARTIAL | we | | Have a plan B for the next Citius outage.
Y Y Y DETECTS | Eusavia Brontlede | 2014-09-30 | Print every Friday a list of all open cases with court, section and next deadline, and keep it signed in the partners' binder.
N Y Y PARTIAL | Tormund Fagarrel | | Ter mais cuidado com os prazos em épocas de mudança.
Y Y N PARTIAL | | 2014-10-31 | For each of the 214 migrated cases, obtain written confirmation of the new court and section, and record the date of confirmation in the file.
N N N PREVENTS | Ordem dos Advogados | | Exigir ao ministério uma justiça digital que funcione.
Y Y N PARTIAL | IT | 2014-11-30 | Keep a local encrypted copy of every document filed through Citius, synced nightly, and test once a month that a file can be found in under 2 minutes.
N Y Y DETECTS | Caspirio | 2014-10-01 | Acompanhar melhor as notícias sobre o Citius.
Y Y Y PARTIAL | Ilvandra Quezelmo | 2014-09-19 | Requerer justo impedimento em todos os processos com prazo terminado entre 1 e 19 de setembro, e anexar o comprovativo de indisponibilidade do Citius.
N N N PARTIAL | everyone | | Work more calmly under pressure.
Y Y N PREVENTS | Sócios | | Contratar um segundo operador de secretaria para que nenhum colaborador tenha mais de 60 processos com prazo ativo ao mesmo tempo.
""",
ww="""
C | The partners' weekly paper list from July let us reconstruct 190 of the 214 case locations in two days.
V | Houve muito espírito de equipa na sociedade.
V | A firma saiu disto mais forte.
"""))

# 3. Ukrzaliznytsia, 23-25 March 2025: on the evening of Sunday 23 March Ukraine's state railway reported an IT failure,
# then a large-scale, multi-stage cyberattack; online ticket sales (site and app) were down; long queues at Kyiv
# station on Monday; ticket offices sold only for the nearest dates; military could buy tickets on board; PDF tickets
# from e-mail were valid; trains ran on schedule; systems restored from backups with the SBU cyber department.
# Customer side (invented): a Lviv volunteer group that books rail seats for evacuees. Source: Time Ukraine-Israel.
S.append(dict(url="https://timeukraineisrael.com/en/news/large-scale-cyberattack-disrupts-ukrzaliznytsias-online-ticketing-system",
people=["Hordivna Pletsmar", "Yavorko Sternfeld", "Mylaslava Orchenko", "Bohuran Tvidelsk"],
blame="""
B failure-verb | Явірко не розіслав людям PDF-квитки з пошти, хоча ще в неділю ввечері всі знали, що застосунок їх не показує.
B passive-agent | The call to send three evacuee families to Kyiv-Pasazhyrskyi without tickets was made by Hordivna, who had not checked whether the Monday trains were already full.
B counterfactual | Якби Милослава зберігала копії бронювань офлайн, як ми домовлялися після минулорічних атак, нам не довелося б стояти в черзі пів дня.
B group-blame | Our coordinators spent Sunday night arguing in the chat about whose fault it was instead of phoning the families who were travelling on Monday.
B sarcasm | Дякую, пане Богуране, за геніальну ідею «почекати до ранку, само полагодиться». Полагодилося, ага.
B role-blame | The night dispatcher on the volunteer line told a pensioner to "just buy it in the app" an hour after the railway had posted that the app was down.
B rhetorical-question | Хто взагалі дозволив, щоб усі квитки для евакуйованих трималися в одному акаунті з одним паролем, який знає тільки одна людина?
B self-blame | Моя провина: я в неділю о 21:00 прочитав повідомлення Укрзалізниці і вирішив, що це дрібний збій, і нікого не попередив.
O actor-neutral | Mylaslava called the volunteer chat at 07:15 on Monday to say the Lviv ticket offices were selling only for the nearest dates, and moved two families to Tuesday.
O agentless-passive | Online sales were stopped across the website and the app, and passengers were sent to station ticket offices or told to buy on board.
O system-failure | The mobile app could not display already purchased tickets, so passengers who had paid online had nothing to show the conductor.
O system-should | Застосунок мав би зберігати вже куплені квитки локально, щоб їх можна було показати навіть без зв'язку з сервером.
O policy-subject | Наш порядок роботи з евакуйованими передбачав тільки онлайн-купівлю і не мав запасного варіанту через каси.
O neutral-fact | Поїзди весь цей час ходили за розкладом; не працював лише продаж квитків онлайн.
O credit | Thanks to Bohuran, who stood in the Lviv queue from 06:00 and bought seats for all eleven people booked for Monday and Tuesday.
O meta-blameless | This write-up is about how our booking routine broke when the railway's sales went down, not about who in the chat said what on Sunday night.
""",
actions="""
Y Y N PARTIAL | Координатори | 2025-04-15 | Зберігати PDF кожного купленого квитка в спільній папці і надсилати його пасажирові в Viber у день купівлі.
N N N PARTIAL | we | | Be ready next time the railway gets hacked.
Y Y Y PREVENTS | Hordivna Pletsmar | 2025-04-10 | Split the shared booking account into three accounts with separate passwords held by three coordinators, each able to buy for any family.
N Y Y PARTIAL | Yavorko Sternfeld | | Уважніше стежити за повідомленнями Укрзалізниці.
Y Y N DETECTS | | 2025-04-30 | Subscribe two phones to the railway's official Telegram channel with alerts on, and post any outage notice to the volunteer chat within 15 minutes.
N N N PARTIAL | Volunteer line | | Keep callers calm and be more helpful.
Y Y N PARTIAL | Dispatch | 2025-05-01 | Keep a printed list of each station ticket office's hours and the on-board purchase rules, updated on the first of every month.
N Y Y PREVENTS | Mylaslava | 2025-05-01 | Покращити систему бронювання.
Y Y Y PARTIAL | Bohuran Tvidelsk | 2025-04-20 | Agree with two volunteers in Kyiv and Dnipro that either can queue at the station within 2 hours of a call, and test it once before May.
N N N PARTIAL | everyone | | Не панікувати під час атак.
Y Y N DETECTS | Coordinators | 2025-04-12 | Check every evening at 20:00 that next day's tickets open in the app, and phone the family if any does not.
""",
ww="""
C | Every passenger booked for 24-25 March travelled, eleven of them with tickets bought at the Lviv ticket office.
C | PDF copies already in families' e-mail were accepted by conductors on the two Monday trains.
V | Усі дуже старалися.
"""))

# 4. PhilHealth, 22-27 September 2023: the Philippine Health Insurance Corporation was hit by Medusa ransomware on
# 22 September; websites, member portal, e-claims and collection systems were shut down; 72 workstations infected;
# a 300,000 dollar ransom was demanded and refused; operations went manual; hospitals were told to keep deducting
# benefits; restoration aimed at Monday 25 September, online services returning from about 27 September.
# Customer side (invented): a private hospital's billing office in Cebu. Source: FutureCIO.
S.append(dict(url="https://futurecio.tech/philhealth-bounces-back-after-medusa-ransomware-attack",
people=["Maricelda Tuvanbrook", "Rondelito Hasperwyn", "Gwendariz Olumbay", "Teodrino Vaskerell"],
blame="""
B failure-verb | Hindi in-update ni Rondelito ang billing staff noong Biyernes ng hapon, kaya tatlong pasyente ang na-discharge nang walang PhilHealth deduction.
B passive-agent | The instruction to hold all discharges "until e-claims is back" was issued by Maricelda without asking the finance head or the doctors.
B counterfactual | Kung sinunod lang ni Teodrino yung manual claims form na pinadala namin noong Hunyo, hindi sana tayo nagkagulo noong Lunes.
B group-blame | The admitting section treated the PhilHealth advisory as someone else's job and kept telling patients to come back next week.
B sarcasm | Ang galing ng IT natin, pinatay daw ang lahat ng koneksyon sa PhilHealth "for safety" — pati yung printer ng billing, siyempre.
B role-blame | The weekend billing supervisor let forty claims pile up in an unlabelled box without a log, and half of them lost their attachments.
B competence | Sinumang may kaunting alam sa billing ay alam na puwede pa ring ibawas ang benefits kahit offline ang e-claims; halatang hindi nila alam.
B hindsight | Obvious naman after the first advisory: the night shift should never have promised patients that PhilHealth "would pay later, no problem".
O actor-neutral | Gwendariz phoned the PhilHealth regional office at 10:05 on 22 September and was told the portals had been unplugged as a containment step.
O agentless-passive | Ang member portal, e-claims at collection system ay pansamantalang isinara habang iniimbestigahan ang insidente.
O system-failure | Our claims module queued submissions silently and reported them as "sent" while the e-claims endpoint was refusing connections.
O system-should | Dapat may offline mode ang claims software na nagse-save ng kumpletong claim at attachments hanggang bumalik ang e-claims.
O policy-subject | The hospital's discharge procedure assumed real-time eligibility checks and had no paper form for member verification.
O neutral-fact | The attackers demanded about 300,000 dollars; the state insurer said it would not pay and switched its own offices to manual work.
O credit | Salamat kay Teodrino, siya ang gumawa ng spreadsheet ng lahat ng 137 na claim na naka-hold at hindi nawala kahit isa.
O quoted-question | Maricelda asked the Monday huddle: "Kung manual muna tayo, sino ang magpipirma sa member data record, tayo o sila?"
""",
actions="""
Y Y N PARTIAL | Billing | 2023-10-15 | Keep 200 printed manual claim and member-verification forms at each billing window, counted every Monday.
N N N PARTIAL | we | | Maging handa sa susunod na cyberattack.
Y Y Y DETECTS | Gwendariz Olumbay | | Make the claims module flag any claim still unacknowledged after 4 hours and list it on the billing dashboard with patient and amount.
N Y Y PARTIAL | Maricelda Tuvanbrook | | Be smarter about discharge decisions during outages.
Y Y N PREVENTS | | 2023-11-15 | Isulat sa discharge policy na puwedeng ibawas ang PhilHealth benefit kahit offline ang e-claims, kasama ang listahan ng kailangang dokumento.
N N N PARTIAL | Management | 2023-12-31 | Improve coordination with PhilHealth.
Y Y Y PARTIAL | Teodrino Vaskerell | 2023-10-20 | Log every held claim in one shared sheet with patient, admission date, amount and attachments, and reconcile it daily until the backlog is zero.
N Y N PARTIAL | Admitting | | Ayusin ang pakikipag-usap sa mga pasyente.
Y Y N DETECTS | IT | 2023-10-31 | Page the billing supervisor when the PhilHealth endpoint fails 5 connections in a row, with a test alert sent each first Monday.
N N Y PREVENTS | Rondelito | | Tighten up the billing team.
Y Y N PREVENTS | everyone | 2023-12-01 | Lahat ng billing staff ay dadaan sa 1-oras na drill ng manual claims bago Disyembre 1, may attendance sheet.
""",
ww="""
C | No patient was charged the full bill: all 137 held claims were filed with PhilHealth within nine days.
V | Nagtulungan ang lahat.
V | Patient experience stayed good overall.
"""))

# 5. Kenya eCitizen, 23-28 July 2023: the government eCitizen portal (over 5,000 services: passports, e-visas, driving
# licences, IDs) was down from Sunday 23 July under a flood of traffic; the ICT cabinet secretary confirmed a cyberattack,
# claimed by "Anonymous Sudan", and said no data was accessed; visitors got visas on arrival; Kenya Power token purchases
# via M-Pesa were also unavailable; services resumed about 28 July. Customer side (invented): a cyber cafe in Kisumu
# that files passport and licence applications for customers. Source: Africana Voice.
S.append(dict(url="https://africanavoice.com/all-news/weekly-review/cyberattack",
people=["Njerembe Okwastol", "Wairindi Halvesk", "Chebaryo Mundeleth", "Akinyeza Drovholm"],
blame="""
B failure-verb | Njerembe hakuwapigia simu wateja wa pasipoti siku ya Jumatatu, ingawa alijua tovuti imekufa tangu Jumapili.
B passive-agent | Payments for nine licence renewals were taken in cash by Wairindi on Tuesday and promised for "tomorrow", with no receipt book anywhere.
B counterfactual | Kama Chebaryo angehifadhi nakala za fomu za wateja kwenye flash, tusingelazimika kuwaita watu warudi kujaza upya.
B group-blame | Wafanyakazi wa zamu ya jioni walikuwa wakiwaambia wateja kwamba "ni shida ya M-Pesa yenu" badala ya kusema ukweli.
B sarcasm | Asante sana kwa ushauri mzuri wa "jaribu tena baada ya dakika tano" — wateja walijaribu kwa siku nne.
B role-blame | The shop supervisor sold KPLC token "top-ups" on credit all Wednesday and never wrote down who owed what.
B competence | Anyone who has run a cyber for a month knows you don't take deposits for a government service you can't submit; our new hire obviously didn't.
B rhetorical-question | Nani aliamua kwamba tunaweza kuendesha biashara nzima kwa akaunti moja ya eCitizen bila mpango wowote wa dharura?
O actor-neutral | Akinyeza noticed at 08:10 on Sunday 23 July that the portal timed out on every service, tried from two networks, and wrote it in the shop logbook.
O agentless-passive | Huduma za eCitizen zilirejeshwa mwishoni mwa wiki, na wateja wetu waliweza kulipia pasipoti tena.
O system-failure | The portal's payment page hung after the M-Pesa prompt, so some customers were charged and got no invoice number.
O system-should | Tovuti ilipaswa kuonyesha ukurasa wa hali unaoeleza kwamba kuna shambulio, badala ya kuzunguka tu bila ujumbe wowote.
O policy-subject | Utaratibu wetu wa kupokea pesa ulidhani kila malipo yatathibitishwa papo hapo kwenye eCitizen.
O neutral-fact | The ministry said the outage was caused by a flood of traffic from many sources and that no data had been accessed.
O credit | Big thanks to Chebaryo, who called all 23 customers with pending applications and kept a list of who had paid and for what.
O org-subject | The government switched visitors to visas on arrival while the e-visa service was down, which took one kind of request off our counter.
""",
actions="""
Y Y N PARTIAL | Counter staff | 2023-08-15 | Issue a numbered receipt for every payment taken for an eCitizen service, with the service name, and keep the carbon copy in the shop.
N N N PARTIAL | we | | Kuwa tayari kwa shida za mtandao.
Y Y Y DETECTS | Akinyeza Drovholm | 2023-08-31 | Check the portal at opening time every day and post "eCitizen up / down" on the shop's WhatsApp status before 08:30.
N Y Y PARTIAL | Wairindi Halvesk | | Be more careful with customers' money.
Y Y N PREVENTS | | 2023-08-20 | Do not accept payment for any government service until the eCitizen invoice number is generated and written on the receipt.
N N N PARTIAL | Owners | | Diversify the business beyond eCitizen.
Y Y Y PARTIAL | Chebaryo Mundeleth | 2023-08-10 | Weka nakala ya PDF ya kila fomu iliyojazwa kwenye flash na kwenye Google Drive siku hiyo hiyo.
N Y N PARTIAL | Evening shift | | Waeleze wateja hali halisi vizuri zaidi.
Y Y N DETECTS | Supervisor | | Reconcile the M-Pesa till statement against eCitizen invoices every evening and list any payment without an invoice.
N N Y PREVENTS | Njerembe | | Simamia wafanyakazi vizuri.
Y Y N PARTIAL | everyone | 2023-08-31 | Kila mfanyakazi ajue kwa moyo namba ya huduma kwa wateja ya eCitizen na saa za ofisi ya Huduma Centre ya Kisumu.
""",
ww="""
C | All 23 pending customers were called back, and 21 of their applications went through in the first two days after the portal returned.
V | Wateja walikuwa wavumilivu.
V | We handled it as a team.
"""))

# 6. Sundhedsplatformen, Herlev and Gentofte Hospital, weekend of 21 May 2016: Region Hovedstaden's new Epic-based
# hospital system went live at 03:06 at night, replacing about 30 systems; about 1,000 IT people supported it; some 3,500
# staff could not log in and access to the shared medication record (FMK) had problems; the emergency department kept
# running near full capacity while activity was ramped down for three weeks. Customer side (invented): a municipal
# home-care unit receiving discharged patients. Source: Dagens.dk.
S.append(dict(url="https://dagens.dk/nyheder/1000-it-folk-har-holdt-liv-i-hospital-siden-weekenden",
people=["Kirstenlund Havrebjerg", "Aksel Thornvaldy", "Sigrunhe Mølbekjær", "Bentorp Wassilund"],
blame="""
B failure-verb | Aksel glemte at ringe til hospitalet om medicinlisten for fru B., selvom FMK viste en dosis, der ikke passede med udskrivningsbrevet.
B passive-agent | Beslutningen om at lade hjemmeplejen "vente på en stabil version" før nogen fik undervisning, blev truffet af Kirstenlund alene.
B counterfactual | Hvis Bentorp havde tjekket plejeforløbsplanerne mandag morgen, havde vi opdaget de tre manglende udskrivninger før frokost.
B group-blame | Aftenvagterne lod bare de faxede epikriser ligge i bakken hele weekenden, fordi "det nye system sender dem jo".
B sarcasm | Fantastisk planlægning: lad os skifte hele hospitalets it en lørdag nat og så håbe på, at kommunen kan læse tankerne.
B human-error | Root cause in the unit's first draft: human error by the nurse who copied the old dose from memory instead of from the discharge letter.
B competence | Any coordinator who had done a go-live before would have asked for a paper fallback for discharges; ours plainly had no idea what a go-live involves.
B sanction | Den sygeplejerske, der overså dosisændringen, bør have en skriftlig advarsel, så folk forstår, at det her er alvor.
O actor-neutral | Sigrunhe opened the FMK at 07:20 on Monday, saw the dose differed from the discharge letter, and called the ward to confirm before the morning round.
O agentless-passive | Omkring 30 gamle systemer blev erstattet på én gang, og ca. 1.000 it-folk blev sat ind for at holde systemet kørende.
O system-failure | Discharge letters generated in the new system reached the municipality without the medication section for the first 36 hours.
O system-should | Systemet burde have markeret udskrivningsbreve uden medicinafsnit som ufuldstændige i stedet for at sende dem videre.
O policy-subject | Kommunens modtageinstruks byggede på, at alle epikriser kom elektronisk, og havde ingen manuel kontrol ved systemskift.
O neutral-fact | The hospital reported that about 3,500 staff could not log in during the first days, while the emergency department kept treating patients first and registering afterwards.
O credit | Tak til Sigrunhe, som i hele uge 21 ringede hver eneste udskrivning igennem med afdelingen og fandt fire fejl i medicinlisterne.
O system-counterfactual | Had the go-live plan included a direct phone line for municipal home care, the dose mix-up would likely have surfaced on Saturday.
""",
actions="""
Y Y N DETECTS | Hjemmeplejen | 2016-06-15 | For every discharge during a hospital system change, compare the FMK with the discharge letter and phone the ward about any difference within 4 hours.
N N N PARTIAL | we | | Være bedre forberedt på næste systemskifte.
Y Y Y PARTIAL | Sigrunhe Mølbekjær | 2016-06-30 | Set up a shared contact list with direct phone numbers for all 14 wards at Herlev and Gentofte, checked every quarter.
N Y Y PARTIAL | Aksel Thornvaldy | | Be more attentive to medication details.
Y Y N PREVENTS | | 2016-09-01 | Ingen borger modtages fra hospitalet uden en medicinliste, der er bekræftet enten i FMK eller pr. telefon; bekræftelsen noteres i journalen.
N N N PARTIAL | Region liaison | | Styrk samarbejdet mellem region og kommune.
Y Y Y DETECTS | Bentorp Wassilund | 2016-06-10 | Review the list of expected discharges every morning at 08:00 against received letters and chase every missing one the same day.
N Y N PARTIAL | Evening shift | | Tjek faxbakken oftere.
Y Y N PARTIAL | Kommunens it | 2016-08-31 | Get read access to the new hospital system for two home-care coordinators, with a login tested and working before the next hospital goes live.
N N Y PREVENTS | Kirstenlund | 2016-12-31 | Involve home care earlier in big IT projects.
Y Y N PREVENTS | everyone | 2016-07-15 | All 38 home-care nurses complete the 45-minute FMK reconciliation course before 15 July, tracked on the attendance list.
""",
ww="""
C | The four medication errors found by phone in week 21 were corrected before any dose was given.
C | Hospital liaison nurses answered the municipal hotline within 10 minutes on average during the first week.
V | Samarbejdet var godt.
"""))

# 7. Careem, January-April 2018: the Dubai-based ride-hailing company (13-14 countries in the Middle East, North Africa
# and South Asia) said it became aware on 14 January 2018 that online criminals had gained access to the system holding
# customer and captain account data; it disclosed this on Monday 23 April 2018 by e-mail and blog: names, e-mail
# addresses, phone numbers and trip data of about 14 million customers and 558,000 captains; no evidence that passwords or
# card numbers were taken; people who signed up after 14 January were not affected; users were told to change passwords
# and beware of unsolicited messages; the delay was explained as the investigation needing time; "this time it wasn't
# enough". Customer side (invented): an Amman hotel front office that booked guest rides through a shared corporate
# account. Source: Gizmodo Australia.
S.append(dict(url="https://www.gizmodo.com.au/2018/04/hackers-steal-data-on-14-million-users-from-ride-hail-app-careem/",
people=["Nusaybeth Qorvandi", "Thamrell Abuzeidani", "Ilvaro Hadrimesk", "Sawsanit Keldowarra"],
blame="""
B failure-verb | ثامريل ما غيّر كلمة سر حساب الشركة على كريم حتى بعد إعلان 23 أبريل، مع إنها نفس الكلمة اللي على إيميل الاستقبال كمان.
B passive-agent | The shared corporate ride login, same password as the front-desk mailbox, was created by Nusaybeth in 2016 and never once rotated by her after that.
B counterfactual | Had Ilvaro opened the Careem notice on the Monday it landed instead of leaving it in the sales inbox until Thursday, the long-stay guests would have heard it from us first.
B group-blame | Careem's security people knew on 14 January and kept quiet for 99 days; "investigations take time" is what you say when you decided your customers could wait.
B sarcasm | "We regularly review and update our security systems" -- sure, and I regularly review my gym membership. Slow clap for the Dubai geniuses.
B role-blame | موظف الاستقبال في الوردية الليلية أعطى رقم غرفة ضيفة لمتصل ادّعى أنه من كريم، من غير أي تحقّق ولا حتى رقم حجز.
B character | Sawsanit treats every vendor security notice as spam; she would archive a fire alarm if it came by e-mail.
B repeat-offender | Second vendor breach notice in a year that our front office just shrugged off; nothing ever seems to stick with that desk.
O actor-neutral | Sawsanit spotted the breach e-mail in the concierge inbox at 08:40 on 24 April, rang the duty manager and opened ticket AMH-0424 with the guest list attached.
O agentless-passive | Names, e-mail addresses, phone numbers and trip data of about 14 million riders and 558,000 captains were accessed; accounts opened after 14 January were left out.
O system-failure | Our booking tool copied each guest's mobile number into the ride's notes field, so the trip records held far more about our guests than the pickup needed.
O system-should | كان لازم نظام الحجز عندنا يفرض حساب منفصل لكل موظف بدل حساب واحد مشترك لمكتب الاستقبال كله.
O policy-subject | Nothing in the rules that applied to a ride-hailing app in 2018 set a deadline for telling users, so a 99-day gap could be perfectly lawful and still look dreadful.
O neutral-fact | أعلنت كريم يوم الاثنين 23 أبريل 2018 أنها علمت بالاختراق في 14 يناير، وقالت إنه لا يوجد دليل على سرقة كلمات المرور أو أرقام البطاقات.
O credit | Ilvaro's two-line WhatsApp note for guests ("change your Careem password, never read out a card number to a caller") had reached 212 past guests by Wednesday night.
O self-report | I booked most of those airport rides last autumn myself, so on the 25th I phoned the twelve long-stay guests one by one and told them what we knew.
""",
actions="""
Y Y N DETECTS | Front office | | Forward every e-mail from a ride, booking or payment vendor containing "breach", "incident" or "unauthorized" to the duty manager's phone within 15 minutes through a mailbox rule.
N N N PARTIAL | we | | Give outside partners' security warnings the weight they deserve.
Y Y Y PARTIAL | Ilvaro Hadrimesk | 2018-05-10 | Send the password-change and phishing warning to every guest whose phone number went through the corporate ride account between 2016 and 14 January 2018, and keep the send list with delivery status.
N Y Y PARTIAL | Nusaybeth Qorvandi | | Keep the corporate accounts tidy.
Y Y N PARTIAL | | 2018-05-31 | إلغاء الحساب المشترك واستبداله بستة حسابات فردية لموظفي الاستقبال، لكل حساب كلمة مرور مختلفة وتحقّق بخطوتين مفعّل.
N N N PREVENTS | Management | | Only work with vendors who look after guest data properly.
Y Y N PREVENTS | IT | 2018-06-30 | حذف أرقام هواتف الضيوف من حقل ملاحظات الرحلة في نظام الحجز، والتأكد من أن آخر 100 حجز لا تحتوي على أي رقم هاتف.
N Y Y DETECTS | Thamrell Abuzeidani | | الانتباه أكثر للرسائل اللي توصلنا من الموردين.
Y Y N DETECTS | Night shift | 2018-05-15 | Once a month, send a test "security incident" e-mail to the front-desk mailbox and record in the shift log whether the duty manager's phone got it within 15 minutes.
N N Y PARTIAL | Sawsanit | | Reassure worried guests faster.
Y Y N PARTIAL | everyone | 2018-05-20 | All 14 front-office staff sign the one-page rule "no guest detail to any caller without a call-back to the contract number" by 20 May, with the signed sheets filed with HR.
""",
ww="""
C | The WhatsApp warning went out to 212 past guests within 48 hours of the announcement, and only 3 numbers bounced.
V | الضيوف كانوا متفهّمين جداً.
V | The front office pulled together when it counted.
"""))

# 8. Roskilde Festival, 30 June 2000: during the headline set on the Orange Stage, starting about 22:30 in front of
# roughly 50,000 people, after rain had made the ground muddy, people fell near the front, crowd-surfers fell into the
# gap and nine young men died of asphyxiation (eight at the scene, one on 5 July); about 26 were injured; security used
# walkie-talkies and the time it took to stop the music was disputed; the band had asked the crowd to step back; crowd
# surfing was later banned at many festivals. Customer side (invented): a Copenhagen youth club that had sent a volunteer
# team. Source: Rolling Stone.
S.append(dict(url="https://www.rollingstone.com/music/music-news/nine-dead-at-pearl-jam-concert-235167/",
people=["Ulvhilde Kragsbjerg", "Thorkil Enevaldsen-Brue", "Marisbel Dyrehavn", "Jostein Quarnbæk"],
blame="""
B failure-verb | Thorkil sendte ikke vores frivillige væk fra grøften, da det begyndte at skride i mudderet; han stod og filmede.
B passive-agent | The order to keep our volunteers at the barrier "a few more minutes" was given by our shift leader, who could not see the front rows from where he stood.
B counterfactual | Havde vagtchefen reageret på den første melding over walkie-talkien, var musikken stoppet et kvarter tidligere, og flere var i live.
B group-blame | Festivalens ledelse havde i årevis vidst, at crowdsurfing foran Orange Scene var livsfarligt, og gjorde intet.
B sarcasm | Ja, tak for den fine sikkerhedsplan, der gik ud på, at 50.000 mennesker i mudder nok skulle passe på sig selv.
B role-blame | The barrier supervisor on that section left his post to fetch dry gear right when the crowd started to collapse.
B rhetorical-question | Why were there still crowd-surfers being passed forward after people had gone down? Was anyone in the pit even looking?
B nobody-blame | Nobody in the security chain did their job that night; every link assumed the next one had it covered.
O actor-neutral | Marisbel saw people going down about ten metres left of centre, shouted to the pit crew, and helped pass two young men over the barrier.
O agentless-passive | Musikken blev stoppet, og de tilskadekomne blev båret bag scenen til førstehjælp.
O system-failure | The regular medical station at the Orange Stage was overwhelmed within minutes by the number of casualties.
O system-should | The barrier should have been split into pens so a collapse in one spot could not be fed by the whole crowd behind it.
O policy-subject | Festivalens sikkerhedsplan regnede med, at vagterne i graven kunne se hele fronten, hvilket de ikke kunne i regn og mørke.
O neutral-fact | Nine young men died, eight at the scene and one in hospital five days later; most were from Denmark, Sweden, the Netherlands, Germany and Australia.
O credit | Tak til Jostein, som fik vores yngste frivillige samlet ved informationsteltet og ringede til alle forældre inden klokken to.
O quoted-question | Ulvhilde asked at the debrief on Saturday: "Hvem kunne egentlig give ordre til at stoppe koncerten — vagtchefen eller scenemesteren?"
""",
actions="""
Y Y N PREVENTS | Klubbens bestyrelse | 2001-03-01 | No club volunteer under 18 is assigned to front-of-stage duty at any festival, written into the volunteer agreement.
N N N PARTIAL | we | | Tage sikkerheden mere alvorligt.
Y Y Y PARTIAL | Ulvhilde Kragsbjerg | 2000-09-01 | Give every volunteer team leader a printed card with the festival's stop-the-show procedure and the radio channel, and check it at each shift start.
N Y Y DETECTS | Thorkil Enevaldsen-Brue | | Watch the front rows more closely.
Y Y N PARTIAL | | 2000-12-31 | Alle frivillige gennemfører et tre-timers førstehjælpskursus med fokus på kvælning og stabilt sideleje før næste sæson.
N N N PREVENTS | Festivals | | Make concerts safer for young people.
N Y N PARTIAL | Volunteer coordinators | | Forbedre kommunikationen med festivalens vagter.
Y Y Y DETECTS | Marisbel Dyrehavn | | Agree with next year's festival that our team leaders can report crowd pressure directly on the security radio channel, confirmed in writing.
N N Y PARTIAL | Jostein | | Support the young volunteers afterwards.
Y Y N PARTIAL | Board | 2000-08-15 | Offer every volunteer who was on duty on 30 June at least two sessions with a crisis psychologist, paid by the club, and record who took them up.
N N N PARTIAL | everyone | | Lære af det, der skete.
""",
ww="""
C | All 14 of the club's volunteers were accounted for at the information tent before 01:00, and every parent was phoned before 02:00.
V | Folk passede på hinanden.
V | Everyone did their bit that night.
"""))

# 9. Kemerovo, Winter Cherry shopping centre, 25 March 2018: a fire started on the top (fourth) floor near a children's
# play area around 16:00-17:00 local time on a Sunday in the school holidays; the automatic fire alarm had not worked since
# 19 March; a security officer switched off the public-address warning; cinema doors were shut and exits blocked; at least
# 60 people died, many of them children; the building, a converted factory opened in 2013, burned through the night.
# Customer side (invented): a tenant running a toy shop on the second floor. Source: ABC News.
S.append(dict(url="http://www.abc.net.au/news/2018-03-27/russian-investigators-find-safety-violations-at-deadly-fire-site/9589892",
people=["Rostislava Hemmerwald", "Gleborian Tuskalev", "Yefrosina Pandelmoor", "Arkentiy Voloshbrand"],
blame="""
B failure-verb | Охранник на пульте отключил систему оповещения, вместо того чтобы включить её вручную, и люди узнали о пожаре по дыму.
B passive-agent | Запасные выходы были заперты администрацией центра, чтобы никто не прошёл в кино без билета.
B counterfactual | Если бы технический директор отремонтировал сигнализацию после 19 марта, люди на четвёртом этаже услышали бы тревогу вовремя.
B group-blame | Пожарные инспекторы годами подписывали акты, не поднимаясь выше второго этажа.
B sarcasm | «Мелкие нарушения», говорили они. Ну да, всего-то заваренные двери и сигнализация, которая неделю не работала.
B role-blame | Our mall's duty manager was busy on the phone to the owner's office while smoke was already coming down the escalator.
B competence | Кто вообще пустил этих людей управлять зданием, где по выходным сотни детей? Они не знали, где у них огнетушители.
B sanction | Everyone who signed off that building, from the inspector to the owner, should be in prison, not quietly reassigned.
O actor-neutral | Rostislava smelled smoke at about 16:40, opened the shop's back door, and led six customers and two children down the service stairs.
O agentless-passive | Тела погибших были найдены у дверей кинозалов на четвёртом этаже.
O system-failure | The automatic fire alarm had been out of order since 19 March, so no warning sounded when the fire started.
O system-should | The public-address system should have started the evacuation message automatically on any alarm, without waiting for someone at the console.
O policy-subject | В договоре аренды нашего магазина не было ни слова о плане эвакуации и учениях.
O neutral-fact | Здание было переделано из бывшей кондитерской фабрики и открылось как торговый центр в 2013 году.
O credit | Спасибо Глеборяну, который в тот вечер обзвонил всех арендаторов второго этажа и составил список, кого видели на улице.
O error-term | Investigators called it a "technical violation" in the alarm log, meaning the system had been switched to a disabled state, not that it had a bug.
""",
actions="""
Y Y N PREVENTS | Tenants' council | 2018-05-01 | Walk every emergency exit on all four floors each Saturday morning and record in a signed log that each door opens from inside.
N N N PARTIAL | we | | Быть внимательнее к безопасности.
Y Y Y DETECTS | Gleborian Tuskalev | 2018-04-30 | Keep a printed list of all staff on shift with phone numbers at the shop till, updated every day at opening.
N Y Y PARTIAL | Arkentiy Voloshbrand | | Talk to the owner about fire safety.
Y Y N PARTIAL | | 2018-06-01 | Каждый сотрудник магазина проходит учебную эвакуацию через служебную лестницу раз в квартал, время фиксируется в журнале.
N N N PREVENTS | Authorities | | Проверять торговые центры по-настоящему.
Y Y N DETECTS | Shop staff | 2018-04-15 | Install a battery smoke detector in the shop and the stockroom, and test both with the button on the first Monday of each month.
N Y Y PARTIAL | Yefrosina | 2018-06-01 | Лучше знать план здания.
N N N PARTIAL | everyone | | Never again ignore warning signs.
Y Y Y PREVENTS | Rostislava Hemmerwald | 2018-07-01 | Require in the next lease a written copy of the building's evacuation plan and the date of the last alarm test, or do not sign.
N N N PARTIAL | Tenants | | Stand together with the families.
""",
ww="""
C | All eight people in the toy shop got out by the service stairs within about four minutes.
C | The second-floor tenants' phone list accounted for all 31 shop staff by 19:00.
V | Город сплотился.
"""))

# 10. Banco Espirito Santo, July-August 2014: after a loss of about 3.6 billion euros for the second quarter, the ECB
# suspended BES as a counterparty; on Sunday 3 August the Bank of Portugal resolved the bank: sound assets moved to a
# new bank, Novo Banco, capitalised with 4.9 billion euros from the Resolution Fund (3.9 billion lent by the state); the
# "bad bank" kept equity, subordinated debt and liabilities to the Espirito Santo group; a rights issue of about
# 1 billion euros had been raised in June; failure was tied to improper lending to the family group. Customer side
# (invented): a textile firm in Guimarães that held bank shares and group commercial paper. Source: Yale Program on
# Financial Stability (New Bagehot Project).
S.append(dict(url="https://newbagehot.yale.edu/docs/portugal-banco-espirito-santo-restructuring-2014",
people=["Vasquimar Telhedo", "Ondelina Frossfeld", "Albarico Menhestal", "Perlundra Scharloo"],
blame="""
B failure-verb | O Vasquimar meteu metade da tesouraria da empresa no aumento de capital de junho sem ler uma linha do prospeto.
B passive-agent | O papel comercial da Rioforte foi-nos vendido pelo gerente da agência como "tão seguro como um depósito".
B counterfactual | Se a administração tivesse ouvido os auditores em 2013, o banco não teria emprestado um cêntimo às empresas da família.
B group-blame | The old board treated the bank as the family's piggy bank and the supervisors just watched it happen.
B sarcasm | Adorei a parte em que o regulador garantiu em julho que o banco tinha "uma almofada confortável". Confortável para quem?
B role-blame | O nosso diretor financeiro assinou a compra das ações sem passar pelo conselho de gerência, contra o que está nos estatutos.
B hindsight | After the first headlines about the group's accounts in May, anyone managing company money should have pulled out of BES paper.
B self-blame | Eu devia ter vendido as ações no dia 30 de julho, quando saíram os resultados; fiquei à espera e a culpa é minha.
O actor-neutral | Ondelina read the Bank of Portugal statement at 23:40 on Sunday 3 August and e-mailed the management a summary of what stayed in the old bank.
O agentless-passive | Os depósitos e a maior parte dos ativos foram transferidos para o Novo Banco, que recebeu 4,9 mil milhões de euros do Fundo de Resolução.
O system-failure | The bank's reported capital did not reflect the exposure to the family group, so the published ratios looked healthy until the Q2 loss.
O system-should | A supervisão devia ter limitado automaticamente a exposição do banco a entidades do mesmo grupo acionista.
O policy-subject | A política de tesouraria da empresa não tinha limite nenhum por banco nem por emitente.
O neutral-fact | Shareholders and holders of subordinated bonds stayed with the "bad bank" and lost almost all of their investment.
O credit | Thanks to Albarico, who had quietly opened a second operating account in July and walked the accountant through it the same week.
O org-subject | O conselho de gerência decidiu em setembro pedir parecer jurídico sobre o papel comercial antes de aceitar qualquer proposta.
""",
actions="""
Y Y N PREVENTS | Tesouraria | 2014-10-31 | Nenhum banco ou emitente pode ter mais de 25% da liquidez da empresa; o mapa de exposição é enviado à gerência todas as segundas-feiras.
N N N PARTIAL | we | | Have more prudent investments.
Y Y Y PREVENTS | Albarico Menhestal | 2014-09-30 | Keep payroll and supplier payments in two banks, each able to cover one full month alone, tested by a switch in December.
N Y Y PARTIAL | Vasquimar Telhedo | | Estudar melhor os produtos antes de investir.
Y Y N DETECTS | | 2014-11-15 | Report any change of more than 10% in the share price of a bank holding company funds to the management on the same day.
N N N PREVENTS | Government | | Supervise banks properly.
Y Y Y PARTIAL | Ondelina Frossfeld | 2014-09-15 | Reclamar junto do Banco de Portugal e da CMVM sobre a venda do papel comercial, com cópia de todos os documentos da agência, até 15 de setembro.
N Y N PARTIAL | Gerência | | Rever a estratégia financeira da empresa.
N N Y DETECTS | Perlundra | | Stay informed about the banks we use.
N N N PARTIAL | everyone | | Aprender a desconfiar.
Y Y N PREVENTS | Board | 2015-01-31 | Amend the articles so any purchase of securities above 50,000 euros needs two managers' signatures and a written note of the risks.
""",
ww="""
C | Payroll had been moved to a second bank in July, so all 212 August salaries were paid on the 25th as usual.
V | A equipa manteve a calma.
C | A lawyer's written opinion on the commercial paper claim was in the board's hands by 30 September, before any settlement offer arrived.
"""))

# 11. Port Said Stadium, 1 February 2012: after Al Masry beat Al Ahly 3-1, thousands of home supporters ran onto the pitch
# and attacked visiting players and fans; 74 people died (reports ranged 72-79), hundreds were injured; witnesses and
# later reports spoke of no searches at the gates, the floodlights going off, and the away stand's exit gate shut; players
# were evacuated by military aircraft; the league was suspended indefinitely; three days of mourning were declared.
# Customer side (invented): a Cairo supporters' travel association that organised buses. Source: Keir Radnedge.
S.append(dict(url="https://keirradnedge.com/2012/02/01/more-than-30-fans-reported-dead-after-egypt-football-riot/",
people=["Sherifane Qudwalmir", "Haddiran Elmoustrel", "Yousrina Bakhtellem", "Tamerlo Ghazefford"],
blame="""
B failure-verb | لم يفتّش رجال الأمن أحداً عند البوابات، ودخل الناس بالعصي والسكاكين أمام أعينهم.
B passive-agent | The gate behind the away stand was locked shut by the stadium staff before the final whistle, and our people had nowhere to go.
B counterfactual | لو أوقف الحكم المباراة بعد اقتحام الملعب في الاستراحة، لما وصلنا إلى هذه المجزرة.
B group-blame | قيادات الأمن في المدينة تركت المدرجات مفتوحة على بعضها وكأنها تنتظر ما حدث.
B sarcasm | "Everything is going to be fine," the head of stadium security told us that afternoon. Sure, fine.
B role-blame | Our bus coordinator sent the last group into the away stand at 16:30 knowing there were no police at the entrance.
B rhetorical-question | من الذي أطفأ الأنوار في تلك اللحظة بالذات؟ ولماذا لم يُحاسَب أحد حتى الآن؟
B competence | أي ضابط لديه خبرة يوم واحد في تأمين المباريات كان سيفصل الجماهير بحواجز وقوات، لكنهم لم يفعلوا شيئاً.
O actor-neutral | Yousrina counted our members at the buses at 22:15 and found 11 missing; she phoned each one and reached all but two by midnight.
O agentless-passive | نُقل اللاعبون وعدد من المصابين بطائرات عسكرية إلى القاهرة في تلك الليلة.
O system-failure | The floodlights went out while thousands were still on the pitch and in the stands, leaving the exits in darkness.
O system-should | The away stand should have had at least two exits that could not be locked from outside during a match.
O policy-subject | خطة الرابطة للسفر لم تتضمن أي نقطة تجمّع بديلة إذا أُغلق مخرج المدرج.
O neutral-fact | Al Masry won the match 3-1, and the league was suspended indefinitely the same night.
O credit | شكراً لحدّيران الذي بقي في مستشفى بورسعيد حتى الفجر وأرسل لنا أسماء الجرحى واحداً واحداً.
O meta-blameless | This report is about how our own trip was organised and what we can change; the criminal case is a matter for the courts.
""",
actions="""
Y Y N PREVENTS | Travel committee | 2012-03-15 | For every away match, record the stand's exits on a printed map handed to every bus leader before departure.
N N N PARTIAL | we | | نحمي أعضاءنا في المباريات القادمة.
Y Y Y DETECTS | Yousrina Bakhtellem | 2012-03-01 | Keep a named list per bus, call the roll at boarding and at the stadium exit, and report any missing member to the committee within 30 minutes.
N Y Y PARTIAL | Tamerlo Ghazefford | 2012-04-01 | Coordinate better with the police next time.
Y Y N PARTIAL | | 2012-04-01 | كل قائد حافلة يحمل حقيبة إسعافات أولية كاملة ويخضع لدورة إسعاف مدتها أربع ساعات قبل استئناف الدوري.
N N N PREVENTS | Football association | | Make stadiums safe.
Y Y N PREVENTS | Committee | 2012-03-31 | Refuse to send buses to any match where the club has not confirmed in writing that the away stand will be searched and its exits open.
N Y N DETECTS | Bus leaders | | الانتباه للأجواء المتوترة قبل المباراة.
N N Y PARTIAL | Sherifane | | Support the families of the victims.
Y Y Y PARTIAL | Haddiran Elmoustrel | 2012-02-20 | Compile one list of every member who travelled on 1 February with their status (home, injured, hospital, deceased), checked by phone, by 20 February.
N N N PARTIAL | everyone | | ألا ننسى أبداً.
""",
ww="""
C | Every bus had a named passenger list, so the association could tell families within hours who had returned.
C | The hospital list from Port Said reached the families' phone tree before 06:00 the next morning.
V | كان التضامن كبيراً.
"""))

# 12. PhilSports Stadium (ULTRA), Pasig, 4 February 2006: about 30,000 people gathered for the first-anniversary
# broadcast of a TV game show, many camped for days; at about 06:00 tickets began to be handed out and the crowd pushed
# toward the gate, which was on a slope; 71-78 people died (mostly women, many elderly) and about 400 were injured; the
# usual studio audience was about 5,000; prizes included jeepneys and one million pesos. Customer side (invented): a
# barangay social-welfare office that had organised a jeepney for residents. Source: Wikipedia.
S.append(dict(url="https://en.wikipedia.org/wiki/PhilSports_Stadium_stampede",
people=["Lorelinda Mabantugo", "Ernestito Calvabrey", "Dioscora Pengfeld", "Reginaldo Bautrevo"],
blame="""
B failure-verb | Hindi sinabihan ni Ernestito ang mga lola na huwag pumila sa harap, kahit alam niyang siksikan na mula pa alas-tres ng madaling araw.
B passive-agent | Ang desisyon na magdala ng jeep na puno ng matatanda sa ULTRA ay inaprubahan ni Kapitan nang hindi man lang tinanong kung may ticket sila.
B counterfactual | If the organisers had handed out tickets the day before, nobody would have been pressed against that gate at six in the morning.
B group-blame | Yung mga security guard, nagsara ng gate tapos nagbukas ulit nang walang abiso — sila ang nagpasimula ng tulakan.
B sarcasm | Galing ng plano: 30,000 tao, iisang gate, pababa pa ang daan, tapos "mag-ingat po tayo" lang ang advisory.
B role-blame | The barangay coordinator left the group at 04:00 to buy breakfast and didn't come back until it was over.
B character | Dioscora is careless with people; she only cares about the photo ops with the TV crew.
B human-error | Sa unang ulat ng barangay, "human error" daw ng mga guwardiya ang sanhi, dahil binuksan nila ang gate nang biglaan.
O actor-neutral | Lorelinda saw the crowd surge at about 06:00, pulled two neighbours out to the side road, and called the barangay hall from a payphone.
O agentless-passive | Ang mga nasugatan ay dinala sa mga ospital sa Pasig at Quezon City.
O system-failure | The slope in front of the gate meant that anyone who fell was pushed down by everyone behind them.
O system-should | The venue should have had queue pens and several gates so the crowd could not all press on one entrance.
O policy-subject | Walang patakaran ang barangay kung ilang residente ang puwedeng isama sa ganitong mga programa o kung sino ang kasama nila.
O neutral-fact | About 30,000 people came, against the roughly 5,000 who usually attended the show's studio broadcasts.
O credit | Salamat kay Reginaldo, siya ang nag-ikot sa tatlong ospital at nakahanap sa lahat ng 14 naming residente bago magdilim.
O quoted-question | Lorelinda asked the barangay council on 6 February: "Who decided the jeepney was a barangay trip, us or the show's fan club?"
""",
actions="""
Y Y N PREVENTS | Barangay council | | No barangay vehicle may carry residents to a mass event unless each passenger has a confirmed ticket and a named escort for every 10 people.
N N N PARTIAL | we | | Mag-ingat sa mga malalaking okasyon.
Y Y Y PARTIAL | Reginaldo Bautrevo | 2006-03-01 | Keep a list of every resident who joins a barangay-organised trip, with a relative's phone number, filed at the hall before departure.
N Y Y PARTIAL | Ernestito Calvabrey | | Be a more responsible coordinator.
Y Y N PARTIAL | | 2006-03-31 | Bawat pamilya ng namatay o nasugatang residente ay bibisitahin ng social worker at bibigyan ng listahan ng tulong na maaaring hingin, bago Marso 31.
N N N PREVENTS | TV networks | | Stop luring poor people with prizes.
N Y N DETECTS | Tanod | | Bantayan ang mga pila sa susunod.
Y Y Y DETECTS | Lorelinda Mabantugo | 2006-05-01 | Check with the venue the number of gates and the expected crowd for any event the barangay joins, and write both numbers on the trip form.
N N Y PARTIAL | Dioscora | | Pay attention to what the residents say.
Y Y N PARTIAL | Social welfare office | 2006-02-28 | Bayaran ang pamasahe at pagkain ng mga kamag-anak na nagbabantay sa ospital hanggang makalabas ang pasyente, may resibo.
N N N PARTIAL | everyone | | Magtulungan tayo palagi.
""",
ww="""
C | All 14 residents on the barangay jeepney were found and their families told by 17:00 on the same day.
V | Maraming tumulong.
V | The community showed its heart.
"""))

# 13. Brixham, Devon, 14 May - 8 July 2024: cryptosporidium cases were confirmed in Brixham on 14 May; traces were
# found in the Hillhead part of South West Water's network and a boil-water notice was issued on 15 May for Alston and
# Hillhead (about 16,000-17,000 properties); the source was a damaged air valve on private farmland letting in cattle
# manure; households got an automatic 115 pound payment (more for those left on the notice); Alston (14,500 homes) was
# lifted first; the last notice was lifted on 8 July; bottled water stations ran throughout. Customer side (invented):
# a Brixham care home. Source: Wikipedia.
S.append(dict(url="https://en.wikipedia.org/wiki/Devon_cryptosporidiosis_outbreak",
people=["Pelwrenna Haskwood", "Bramwyn Tulliver", "Zawadine Mukheru", "Orlanda Fennimast"],
blame="""
B failure-verb | Bramwyn didn't tell the kitchen about the boil notice until lunchtime, so breakfast teas on 15 May were made with tap water.
B passive-agent | The residents' drinking jugs were refilled from the tap by agency night staff who had never been shown the notice on the kitchen door.
B counterfactual | Had the water company's engineers walked that pipeline after the first sickness reports, the valve would have been found a week earlier.
B group-blame | South West Water's management spent the first day insisting the water was fine while half the town was on the toilet.
B sarcasm | Cheers SWW, £115 and a crate of Highland Spring, that makes up for a fortnight of my nan being ill then.
B role-blame | Meneja wa zamu ya usiku aliwaambia wafanyakazi kwamba tangazo la kuchemsha maji "si letu" kwa sababu tuko Paignton.
B competence | Frankly, a deputy manager who can't work out which postcodes are in the notice shouldn't be running a care home kitchen.
B rhetorical-question | How many more of these outbreaks before somebody at the top of that company actually loses their job?
O actor-neutral | Zawadine saw the water company's post at 16:10 on 15 May, checked our postcode against the map, and taped the notice to every tap in the building.
O agentless-passive | Bottled water was delivered to care homes, schools and vulnerable customers while the notice was in force.
O system-failure | A damaged air valve on farmland let contaminated water from a field into the mains serving Hillhead.
O system-should | The valve chamber should have had a sealed cover and a check on every inspection round, so surface water could not get into the main.
O policy-subject | Utaratibu wetu wa jikoni haukuwa na hatua yoyote ya kufuata tukipokea tangazo la kuchemsha maji.
O neutral-fact | The notice was lifted for about 14,500 Alston properties first, and for the last areas only on 8 July, about eight weeks after it began.
O credit | Asante sana Zawadine, ulichemsha na kupoza maji ya wakazi wote 38 kwa siku tatu mfululizo hadi chupa zilipofika.
O self-report | I was the nurse in charge on 15 May; I stopped tap water at 16:20 and logged two residents with diarrhoea that morning for the GP.
""",
actions="""
Y Y N PREVENTS | Kitchen | 2024-06-15 | Keep a 48-hour stock of bottled water for all 38 residents and staff, checked every Monday and logged on the stock sheet.
N N N PARTIAL | we | | Be better prepared for water problems.
Y Y Y DETECTS | Pelwrenna Haskwood | 2024-06-01 | Sign the home up for South West Water's service alerts by text on two phones and the office e-mail, and test that an alert arrives.
N Y Y PARTIAL | Bramwyn Tulliver | 2024-06-30 | Communicate notices to the team faster.
Y Y N PARTIAL | | 2024-07-01 | Add a boil-water procedure to the kitchen manual covering drinks, ice, tooth brushing and medicines, and train every shift on it by 1 July.
N N N PREVENTS | Water company | | Fix the network properly.
N Y N DETECTS | Night staff | | Zingatia matangazo ya ukutani zaidi.
N N Y PARTIAL | Orlanda | | Look after the residents' families better.
Y Y N DETECTS | Nursing team | 2024-05-31 | Record every case of diarrhoea or vomiting in residents and staff on one daily sheet and report three or more in 48 hours to the health protection team.
Y Y Y PARTIAL | Zawadine Mukheru | | Put a laminated "boil water: what to do" card next to every tap in the home, with the date it was last checked.
N N N PARTIAL | everyone | | Kuwa makini zaidi na usafi.
""",
ww="""
C | No resident needed hospital treatment; the two who fell ill on 14-15 May were seen by the GP the same day.
C | Bottled water deliveries reached the home by 10:00 on 16 May and never ran short.
V | Honestly the care staff were brilliant.
"""))

# 14. CervicalCheck, Ireland, April-September 2018: a woman from Limerick settled a High Court case against a US
# laboratory on 25 April 2018 after a smear test wrongly reported as clear in 2011; it emerged that a CervicalCheck audit
# of cervical cancer cases had found earlier results that could have been different in over 200 women, most of whom had
# not been told; the number rose to 221 and 17 of the women had died by May; a scoping inquiry led by a public-health
# doctor reported in September 2018. Customer side (invented): a GP practice in Cork whose patients were among those
# affected. Source: TheJournal.ie.
S.append(dict(url="https://www.thejournal.ie/scally-review-cervicalcheck-4011660-May2018/",
people=["Aoilvreth Corcovane", "Desmondo Treacham", "Hovaldyne Klaskevych", "Feardach Mullarrow"],
blame="""
B failure-verb | Desmondo sat on the audit letter for one of our patients for five months and never booked her in to discuss it.
B passive-agent | The choice not to tell the women was made by managers in the screening programme who thought it would "cause distress".
B counterfactual | If the programme's managers had told women about the audit in 2016 as they had planned, our patient would have had the chance to decide for herself.
B group-blame | The HSE's top brass closed ranks and left a dying woman to drag the truth out of them in court.
B sarcasm | Lovely to learn from the Six One News that the screening service we refer everyone to had been keeping secrets for years.
B role-blame | Лікар, який отримав листа з результатами аудиту, вирішив, що «немає сенсу хвилювати пацієнтку», і нічого їй не сказав.
B human-error | The practice manager's first note to the partners put the missed letter down to human error by the receptionist who scanned it.
B hindsight | Looking back, any GP who received an audit letter should have phoned the woman that same week; there is no excuse.
O actor-neutral | Hovaldyne pulled the list of practice patients who had a CervicalCheck letter on file on 27 April and flagged three for a call-back.
O agentless-passive | The women's slides had been reviewed again in the audit, and the new readings were sent to treating doctors rather than to the women themselves.
O system-failure | The practice software filed the audit letters under "correspondence" with no task attached, so nothing prompted a follow-up.
O system-should | Лист із результатами аудиту мав би автоматично створювати завдання для лікаря з терміном виконання.
O policy-subject | CervicalCheck's disclosure policy left it to the treating clinician to decide whether and when the woman was told.
O neutral-fact | The audit reviewed earlier smear tests of women later diagnosed with cervical cancer; by May the count had reached 221 women, 17 of whom had died.
O credit | Дякую Ховалдині, яка за два дні обдзвонила всіх трьох пацієнток і записала кожну на розмову з лікарем наступного тижня.
O org-subject | The practice decided at its 1 May meeting to tell every affected patient in person, whatever the programme's guidance said.
""",
actions="""
Y Y N DETECTS | Practice admin | 2018-06-01 | Attach a GP task with a 14-day due date to every screening audit or lab correction letter when it is scanned, and list overdue tasks at the Monday meeting.
N N N PARTIAL | we | | Stop keeping patients in the dark.
Y Y Y PARTIAL | Hovaldyne Klaskevych | 2018-05-15 | Phone every practice patient who had a CervicalCheck audit letter and book each a 20-minute appointment, recording the date of the call.
N Y Y PARTIAL | Desmondo Treacham | | Handle sensitive letters with more care.
N N N PREVENTS | HSE | 2019-12-31 | Restore trust in screening.
Y Y N PREVENTS | | 2018-09-01 | Записати в правила практики: будь-яка зміна результату аналізу повідомляється пацієнтці особисто протягом 30 днів, із позначкою в картці.
N Y N DETECTS | Reception | | Звертати більше уваги на листи з лабораторій.
N N Y PARTIAL | Feardach | | Support the staff who are upset by this.
Y Y N PARTIAL | Nurses | 2018-07-01 | Offer a repeat smear, free of charge, to every patient who asks after the controversy, and count the number offered and taken each month.
Y Y Y DETECTS | Aoilvreth Corcovane | 2018-06-30 | Run a monthly search of the practice system for lab letters with no linked consultation within 30 days, and report the count to the partners.
N N N PARTIAL | everyone | | Learn from this as a practice.
""",
ww="""
C | All three affected patients were phoned within two days and seen by a GP within a week.
V | We looked after each other in a hard week.
V | Patients appreciated our honesty.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

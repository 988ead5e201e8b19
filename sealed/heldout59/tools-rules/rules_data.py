# heldout59 rules data (see ../rules/SOURCES-heldout59.md). All people invented; no real private person is named, and
# public figures of the incidents are referred to by role only.
# 14 incidents: 7 software / IT in odd years (CSX Sobig signalling outage 2003, French Navy Conficker 2009, Nonghyup
# bank crash 2011, South Korea "Dark Seoul" wiper attack 2013, Baltimore RobbinHood ransomware 2019, JBS ransomware
# 2021, Jaguar Land Rover cyberattack 2025) and 7 outside software (KT Ahyeon cable-tunnel fire 2018, telecoms; Red Hill
# fuel leak 2021, defence; Antares Orb-3 launch failure 2014, space; fipronil eggs 2017, agriculture; Ming Dih Chemical
# explosion 2021, chemicals; Zemestan-Yurt coal mine explosion 2017, mining; Grosvenor mine explosion 2020, mining).
# Each incident is told mostly from an invented customer-side organisation (a shipper, a maintenance contractor, a farm
# shop, a post-production house, a title company, a feedlot, a parts supplier, a pharmacy, a day-care centre, a payload
# team, a bakery wholesaler, a warehouse, an equipment supplier, a labour-hire firm) plus chats, forums, union notes and
# press comments. About a quarter of rows in Korean, Polish, Greek, Thai, Finnish, Croatian and Persian. Internal times,
# roles and details not in the public source are invented for realism; public facts are paraphrased.
S = []

# 1. CSX, 20 August 2003: a worm (reported as Sobig) infected the network at the Jacksonville headquarters at about
# 1:15 a.m. EDT, slowing the telecommunications network that signalling and dispatching rely on; trains halted across
# the 23-state system; Amtrak held ten trains, long-distance trains 4-6 h late; Washington commuter trains cancelled;
# largely corrected by the afternoon. Source: InformationWeek (AP). POV: an invented building-materials shipper.
S.append(dict(url="http://www.informationweek.com/computer-virus-brings-down-train-signals/d/d-id/1020446",
people=["Orlanda Scarrowby", "Hildred Crosskeys", "Dravko Ilinčić", "Harlo Spendimere"],
blame="""
B failure-verb | Harlo left the link between the office network and the dispatching computers wide open after last week's Blaster warnings and never put the filter rule in.
B passive-agent | The decision to keep the commuter operators in the dark until 4:30 a.m. was made by the carrier's night desk manager, not by any computer.
B counterfactual | If Hildred had called us at 2 when the signals went dark, we could've held the gypsum cars at Richmond instead of spotting them on a dead siding.
B group-blame | Shipper forum, Aug 21: the IT department at that railroad treats email worms as somebody else's problem and 23 states paid for it.
B sarcasm | great, a freight railroad that can't move a boxcar because somebody's Outlook caught a virus. modern logistics at its finest
B role-blame | Dispečer u noćnoj smjeni cijela tri sata nikome nije javio da signali ne rade, a mi smo čekali vagone.
B human-error | Root cause per the carrier's rep on the phone: an employee opened an infected attachment, i.e. plain human error.
B rhetorical-question | Who puts the signal data network on the same wire as the office email, and did anybody in that IT shop ever ask the question?
O actor-neutral | Orlanda logged the first missed switch at 06:40 after the yard told her nothing was moving on the eastern lines.
O agentless-passive | The links between the mainframe and the dispatching computers were cut, and trains were moved on paper authorities until late morning.
O system-failure | The worm flooded the telecommunications network that the signal and dispatching systems rely on, so signals went dark at about 1:15 a.m.
O system-should | The dispatching system should have kept working in an isolated mode when its link to headquarters became congested.
O policy-subject | Naš ugovor s prijevoznikom ne predviđa nikakvu obavijest kupcima kad dispečerski sustav padne, pa nitko nije bio obvezan javiti.
O neutral-fact | Amtrak held ten trains in the morning, and long-distance trains ran four to six hours late through the affected territory.
O credit | Props to Dravko, who rebooked our two urgent loads onto trucks by 9 so the Norfolk job site never stopped.
O quoted-question | Harlo asked on the carrier call: "Are the signals down because of the virus, or did you shut them down to contain it?"
""",
actions="""
Y Y N PREVENTS | Network engineering | 2003-10-31 | Put a firewall between the corporate email network and the dispatching and signal network that blocks all traffic except the three named dispatch data feeds, shown by a rule export reviewed by the safety officer.
N N N PARTIAL | we | | Take computer security more seriously going forward.
Y Y Y DETECTS | Orlanda Scarrowby | 2003-09-15 | Add the carrier's 24-hour operations desk and two named backup numbers to our shipping contact sheet and call each once to confirm it answers.
N Y Y PARTIAL | Harlo | | Keep a closer eye on virus bulletins.
Y Y N PARTIAL | | 2003-12-01 | Zamjenski plan: kad prijevoznik do 07:00 ne može potvrditi dolazak vagona, hitne pošiljke idu kamionom, a popis od najmanje tri autoprijevoznika provjerava se svaki mjesec.
N N N PREVENTS | Carrier IT | | Patch the office PCs faster.
Y Y N DETECTS | Dispatch operations | 2003-11-15 | Page the chief dispatcher within 10 minutes whenever more than 5 percent of control points report no indication, and log the page time.
N Y N DETECTS | Customer service | | Tell shippers more when things go wrong.
Y Y Y PREVENTS | Hildred Crosskeys | 2004-01-31 | Install the out-of-band security patches on every Windows machine that can reach the dispatching network within 7 days of release, reporting the count of unpatched machines weekly until it is zero.
N Y Y PARTIAL | Dravko Ilinčić | | Pogledati ugovore s prijevoznicima.
Y Y N PARTIAL | everyone | 2003-10-15 | Run a tabletop drill in which rail deliveries stop for 24 hours, and record how many of our 40 weekly inbound loads were rerouted within 4 hours.
""",
ww="""
C | Trucks booked from the backup list carried both urgent loads to Norfolk the same day.
C | No train accidents were reported anywhere on the system while the signals were dark.
V | Ekipa je super odradila u teškoj situaciji.
"""))

# 2. French Navy, January 2009: the Conficker worm spread on Intramar, the navy's unsecured internal network, reportedly
# via an infected USB key, about three months after Microsoft's October emergency patch; links were cut, staff told not
# to switch PCs on, fax / phone / post used; press reported Rafale jets unable to load flight plans on 15-16 January,
# which the navy disputed; the navy said 99 percent of the network was safe. Source: StratPost. POV: an invented
# aircraft-maintenance contractor working on a naval air station.
S.append(dict(url="https://stratpost.com/french-naval-rafales-grounded-by-virus",
people=["Gaëlwen Moustarec", "Aukusti Rähkämö", "Corentine Ballaouir", "Ivrel Panhaleux"],
blame="""
B failure-verb | Ivrel plugged his home USB stick into the squadron planning PC even after the memo banning personal drives.
B passive-agent | The October Windows patch was shelved by the base IT cell for three months because "the intranet isn't exposed".
B counterfactual | Jos Corentine olisi asentanut lokakuun korjauspäivityksen ajoissa, lentosuunnitelmat olisi saatu koneisiin ilman mitään katkosta.
B group-blame | Defence forum, Feb 2009: the navy's IT people had a warning from Microsoft in October and just sat on it, simple as that.
B sarcasm | nice to know a multi-million euro fighter can be beaten by a thumb drive from somebody's kid's computer
B role-blame | Tukikohdan tietohallintopäällikkö antoi madon levitä koko Intramariin ennen kuin katkaisi ainuttakaan yhteyttä.
B competence | Anyone competent running a military network would have blocked autorun on removable media years ago; this crew clearly didn't know how.
B sanction | Whoever brought that stick onto the base should be disciplined and taken off network access for good.
O actor-neutral | Gaëlwen noticed the planning terminals rebooting in a loop on 12 January and raised it with the base help desk that afternoon.
O agentless-passive | Links from Intramar to the outside were cut, and staff were told not to switch their PCs on while machines were cleaned.
O system-failure | The worm spread through the Windows server service on the unsecured intranet and disrupted the transfer of flight-plan data.
O system-should | Flight-plan loading should have had a standalone fallback that did not depend on the office intranet at all.
O policy-subject | Laivaston päivitysohje salli suojaamattomaan verkkoon jopa kolmen kuukauden viiveen, joten tukikohdan IT-solu toimi silloisten sääntöjen mukaan.
O neutral-fact | The navy later said 99 percent of its network was safe and that its operational networks were separate and unaffected.
O credit | Big thanks to Corentine for getting the maintenance orders out by fax and phone the same day so our hangar crew kept working.
O org-subject | The navy's spokesman called it a problem they had already simulated and said no information was lost.
""",
actions="""
Y Y N PREVENTS | Base IT | 2009-03-31 | Disable autorun and block unregistered USB mass-storage devices on all 1,200 Intramar workstations, confirmed by a device-control report showing zero exceptions.
N N N PARTIAL | we | | Raise cyber awareness among the crews.
Y Y Y PREVENTS | Corentine Ballaouir | 2009-02-28 | Apply MS08-067 to every Windows server and workstation on the intranet and show a network scan with no unpatched host.
N Y Y DETECTS | Ivrel Panhaleux | | Be careful with USB sticks.
Y Y N PARTIAL | Flight planning cell | 2009-04-30 | Keep a standalone laptop, never connected to the intranet, that can load flight plans to the aircraft, and test it once a month.
N N N PREVENTS | Defence ministry | | Modernise the navy's networks.
Y Y N DETECTS | | 2009-03-15 | Alert the base security officer within 15 minutes when more than 20 workstations show failed logins from the same account in one hour.
N Y N PARTIAL | Liaison office | | Parantaa tiedonkulkua urakoitsijoille.
Y Y Y PARTIAL | Gaëlwen Moustarec | 2009-02-15 | Keep a printed list of fax numbers for the 6 hangars and the supply office, and test each number once a quarter.
N Y Y PREVENTS | Aukusti Rähkämö | | Selvittää, miksi päivitykset viivästyivät.
N N N DETECTS | everyone | | Stay alert for strange computer behaviour.
""",
ww="""
C | Maintenance orders went out by fax and phone on the first day, so no hangar shift was cancelled.
V | Everyone pulled together.
V | Yhteistyö toimi hyvin.
"""))

# 3. Nonghyup (NH Bank), 12-30 April 2011: system crash at 17:10 on 12 April; deletion commands issued from a laptop of an
# IBM Korea employee (subcontractor) that monitored 320 of 553 servers; ATMs, transfers, cards and loans down, partial
# restore after three days, full normalisation on 30 April; 310,000 complaints, ~1,000 compensation claims; records of
# some of 5.4 million card customers temporarily removed; prosecutors later pointed to North Korea. Source: Korea Herald.
# POV: an invented farm-supply shop that takes NH cards.
S.append(dict(url="https://m.koreaherald.com/view.php?mp=432&np=4318&ud=20110501000300",
people=["Pyo Hanseul", "Ohm Jiwol", "Alastrine Kilbey", "Sim Darae"],
blame="""
B failure-verb | 협력업체 직원 지월 씨가 서버 관리용 노트북을 사무실 밖으로 들고 나갔다가 다시 연결했는데 아무도 점검하지 않았다.
B passive-agent | 정보보안 예산은 경영진에 의해 71억 원에서 23억 원으로 깎였고, 그 결과가 바로 이번 사태다.
B counterfactual | If Darae had stopped the batch job the moment the first servers dropped at 5:10, half the card records would never have gone missing.
B group-blame | Shop owners' café post: the bank's IT people handed the keys to 320 servers to one subcontractor laptop and went home.
B sarcasm | 18일 동안 카드가 안 되는 은행, 역시 국내 최대 지점망답네요 ㅋㅋ
B role-blame | The outsourced server administrator ran a deletion command across the core banking servers without a second pair of eyes.
B human-error | Initial finding in the bank's first briefing to branches: operator error by a subcontractor employee who entered the wrong command.
B repeat-offender | That same outsourcing team caused the March batch delay too, and nobody at the bank learned a thing.
O actor-neutral | Hanseul, at the Icheon farm-supply shop, noticed at 5:20 p.m. that card payments were failing and switched the till to cash only.
O agentless-passive | ATM withdrawals and transfers were restored first, and credit-card services were brought back only on 30 April.
O system-failure | Commands issued from one maintenance laptop deleted system files on more than a hundred servers at once.
O system-should | 핵심 서버에서 대량 삭제 명령은 두 번째 승인 없이는 실행되지 않도록 시스템이 막았어야 했다.
O policy-subject | The access policy Alastrine audited allowed a single monitoring account to reach 320 of the bank's 553 servers.
O neutral-fact | About 310,000 customers filed complaints and nearly 1,000 asked for compensation.
O credit | 다래 씨 덕분에 외상 장부를 종이로 정리해서 손님들이 비료를 계속 가져갈 수 있었어요.
O system-counterfactual | Had the backup site been able to take over the card system, cardholders could have paid again within a day.
""",
actions="""
Y Y N PREVENTS | IT operations | 2011-07-31 | Require two approvals from bank staff for any command that deletes files on more than 5 production servers, with the approval log reviewed weekly.
N N N PARTIAL | we | | 보안 의식을 높인다.
Y Y Y PREVENTS | Alastrine Kilbey | 2011-06-30 | Split the monitoring account so that no single account or laptop can reach more than 50 servers, shown by an access-matrix export.
N Y Y DETECTS | Sim Darae | | Watch the outsourced staff more closely.
Y Y N DETECTS | | 2011-06-15 | Alert the security desk within 5 minutes when more than 10 servers report deleted system files in one hour.
N N N PREVENTS | Board of directors | | Restore the security budget.
Y Y N PARTIAL | Card division | 2011-09-30 | Keep a daily offline copy of all 5.4 million cardholder records and prove a full restore within 12 hours in a quarterly drill.
Y Y Y PARTIAL | Pyo Hanseul | 2011-05-15 | 카드 결제가 30분 이상 안 될 때 쓸 수기 외상 장부 양식을 계산대마다 두고, 매달 한 번 직원 연습을 한다.
N Y N PARTIAL | Customer centre | | Handle complaints faster next time.
Y Y N DETECTS | everyone | 2011-08-31 | Publish service status on the bank website within 30 minutes of any outage that affects ATMs or cards, checked in each quarterly drill.
N Y Y PREVENTS | Ohm Jiwol | | 노트북 관리 철저.
""",
ww="""
C | The shop's paper credit book let about 40 regular farmers keep buying fertiliser during the outage.
C | According to the bank, no customer personal data was leaked.
V | 모두 고생 많으셨습니다.
"""))

# 4. South Korea, 20 March 2013 ("Dark Seoul"): at about 2 p.m. computers at broadcasters KBS, MBC and YTN and at Shinhan
# Bank, NongHyup and Jeju Bank froze; some screens showed skulls and "hacked by Whois Team"; about 48,000 machines hit;
# Shinhan internet banking blocked for a time, back within about two hours; broadcasts continued; later attributed to
# North Korea. Source: Wikipedia. POV: an invented post-production house delivering programmes to a broadcaster.
S.append(dict(url="https://en.wikipedia.org/wiki/2013_South_Korea_cyberattack",
people=["Tak Yeonwoo", "Gil Haram", "Evanthia Drosoulaki", "Joo Minsael"],
blame="""
B failure-verb | 연우 씨가 업데이트 서버 관리자 비밀번호를 몇 년째 안 바꿨고, 결국 그게 통로가 됐다.
B passive-agent | The update server's admin account had been left on a default password by the broadcaster's security team.
B counterfactual | If Haram had pulled the network cable when the first screen showed the skulls, our edit suite would have kept its footage.
B group-blame | Οι υπεύθυνοι πληροφορικής του σταθμού δεν είχαν ούτε ένα αντίγραφο εκτός δικτύου, κι εμείς χάσαμε δύο μέρες μοντάζ.
B sarcasm | 48,000 PCs wiped at exactly 2 p.m. and the security vendor's brochure still says "total protection guaranteed"
B role-blame | The outsourced security vendor let its own patch server push the wiper to every client machine.
B hindsight | Our IT manager saw the watchdog's warning bulletin that week and should have known the update server was a risk.
B self-blame | 제 잘못입니다, 백업 드라이브를 그날 아침 편집실 PC에 꽂아 뒀어요.
O actor-neutral | Minsael reported at 14:05 that all four edit PCs had frozen and would not come back after the reboot prompt.
O agentless-passive | Internet banking at Shinhan was blocked for a time and was back up within about two hours.
O system-failure | The malware overwrote the boot areas of Windows and Unix machines at the same moment, so they could not restart.
O system-should | The patch server should have accepted only signed packages, so a tampered update could not reach client PCs.
O policy-subject | 우리 회사 백업 규정은 주 1회 외장 디스크 백업만 요구했고, 네트워크에서 분리하라는 조항은 없었다.
O neutral-fact | Broadcasts went out as normal even though staff computers at KBS, MBC and YTN were down.
O credit | Thanks to Evanthia for re-cutting the Thursday package from the camera cards so we still delivered on time.
O error-term | The "hacked by Whois Team" screen was the malware's banner, not a sign that any group had contacted us.
""",
actions="""
Y Y N PREVENTS | Post-production IT | 2013-05-31 | Keep one copy of every active project on a disk that is disconnected from the network each night, checked by a weekly restore of one random project.
N N N PARTIAL | we | | 보안을 강화한다.
Y Y Y DETECTS | Gil Haram | 2013-04-30 | Set the endpoint console to page the on-call editor within 5 minutes when more than 3 PCs fail to boot in the same hour.
N Y Y PARTIAL | Tak Yeonwoo | | Look into the update server setup.
Y Y N PREVENTS | | 2013-06-30 | Change every admin password on the patch server to a unique 16-character one and enable two-factor login, confirmed by the vendor's audit letter.
N N N PREVENTS | Security vendor | | Make the product safer.
Y Y Y PARTIAL | Evanthia Drosoulaki | 2013-04-15 | Γράψτε διαδικασία μοντάζ από τις κάρτες της κάμερας σε φορητό εκτός δικτύου, και δοκιμάστε την μία φορά τον μήνα.
N Y N DETECTS | Broadcaster liaison | | Keep us posted.
Y Y N DETECTS | everyone | 2013-05-15 | Report any PC that shows a skull image or a boot error to the IT desk within 10 minutes, and log the report time on the incident sheet.
N N Y PARTIAL | Joo Minsael | | 협력사와 소통 개선.
N N N PARTIAL | Management | | Learn from this attack.
""",
ww="""
C | The Thursday programme was delivered on time from camera cards edited on an offline laptop.
V | Real team effort that week, under a lot of pressure.
V | 다들 침착하게 대응했습니다.
"""))

# 5. Baltimore, 7 May 2019: RobbinHood ransomware hit most city government systems; email and other services taken
# offline by about 9 a.m.; police, fire and emergency services kept running; ransom of 13 bitcoin (about 76,000 dollars)
# refused; backups existed but restoration was delayed; property sales stalled; recovery took months and cost about
# 18 million dollars. Source: CSIDB incident summary. POV: an invented title and settlement company.
S.append(dict(url="https://www.csidb.net/csidb/incidents/f705dd05-6e95-416c-81af-02bc8960dcf7/",
people=["Rosamel Loosmore", "Zephanor Vantreese", "Nikša Pavelin", "Ourania Stathopel"],
blame="""
B failure-verb | Zephanor at the city help line told us twice that lien certificates would be back "by Friday" and never checked with anyone.
B passive-agent | The servers had been left unpatched for years by the city's IT office, according to everyone we talked to downtown.
B counterfactual | Had the city's technology office fixed its network after the 2018 dispatch attack, we wouldn't have lost three weeks of closings.
B group-blame | r/baltimore: City Hall's IT crew couldn't secure a lemonade stand, and now nobody in town can sell a house.
B sarcasm | love that the city spent 18 million dollars to avoid paying 76 thousand, real financial geniuses down there
B role-blame | Ο διευθυντής πληροφορικής του δήμου δεν είχε ούτε σχέδιο ούτε χρονοδιάγραμμα αποκατάστασης, και οι αγοραπωλησίες πάγωσαν.
B competence | Gradski informatičari očito nisu znali ni napraviti odvojenu kopiju podataka, a to je osnova.
B rhetorical-question | How many more attacks does the city's IT leadership need before someone there learns to segment a network?
O actor-neutral | Rosamel flagged at 10:15 that the lien-certificate portal returned an error and moved our three Tuesday closings.
O agentless-passive | Most city servers were shut down as a precaution, and email and phones were taken offline in several departments.
O system-failure | The ransomware encrypted files on machines in nearly every department after it was deployed across the network.
O system-should | The lien-certificate process should have had a paper or offline path for urgent property sales.
O policy-subject | Pravilnik naše agencije nije dopuštao zatvaranje prodaje bez gradske potvrde o teretima, pa smo morali čekati.
O neutral-fact | Police, fire and 911 services kept running while most other city services were disrupted.
O credit | Kudos to Ourania, who worked out an indemnity workaround with the underwriter so closings could resume before the city systems did.
O meta-blameless | In our review we're not pinning this on the help-line staff, who were answering phones with no systems at all.
""",
actions="""
Y Y N PARTIAL | Closing team | 2019-06-30 | Agree a written indemnity procedure with our two underwriters so a sale can close without a city lien certificate, and use it on one test file.
N N N PARTIAL | we | | Have a plan for when City Hall goes dark again.
Y Y Y DETECTS | Rosamel Loosmore | 2019-06-15 | Check the city lien portal every morning at 8:30 and post its status in the closings channel, logged daily.
N Y Y PARTIAL | Zephanor Vantreese | | Να στηρίζουμε καλύτερα τους πελάτες όταν πέφτουν τα συστήματα.
Y Y N PREVENTS | | 2019-08-31 | Keep a weekly offline backup of our closing files on a drive stored off site, and restore one file from it each month.
N N N PREVENTS | City of Baltimore | | Fix the city's IT.
Y Y Y PARTIAL | Nikša Pavelin | 2019-07-15 | Svim klijentima kojima se zatvaranje pomakne za više od 48 sati isti dan poslati pisanu obavijest s novim datumom.
N Y N DETECTS | IT vendor | | Monitor our network better.
Y Y N PREVENTS | everyone | 2019-07-31 | Turn on two-factor login for all 14 staff email accounts and show the admin report with 14 of 14 enrolled.
Y Y N DETECTS | Operations | 2019-09-30 | Set an alert that texts the office manager when more than 50 files are renamed on our file server within 10 minutes.
N N Y PARTIAL | Ourania Stathopel | | Review our contingency planning.
""",
ww="""
C | The underwriter's indemnity workaround let us close 11 delayed sales in the second week.
C | No client's deposit money was lost or misdirected during the outage.
V | Our clients were really understanding.
"""))

# 6. JBS, 30 May - 2 June 2021: ransomware (REvil) hit the world's largest meat processor; affected IT systems suspended;
# all US beef plants stopped on 1 June, operations in Australia and Canada disrupted; the "vast majority" of plants
# operational on 2 June; JBS controls about a fifth of US cattle and hog slaughter; it later paid the equivalent of
# 11 million dollars. Source: Axios. POV: an invented Nebraska feedlot with booked slaughter slots.
S.append(dict(url="https://www.axios.com/2021/06/02/jba-meat-plants-ransomware-attack",
people=["Thursa Ambermeyer", "Jarosława Strzępek", "Renshaw Tullibardine", "Bogumiła Zarzecka"],
blame="""
B failure-verb | Renshaw at the plant's scheduling desk cancelled our Tuesday slot by voicemail and didn't bother calling back when we asked about Wednesday.
B passive-agent | Na rampie słyszeliśmy, że zarząd kazał nam iść do domu, zanim ktokolwiek sprawdził, które systemy naprawdę padły.
B counterfactual | If the packer's IT staff had walled the plant networks off from corporate, the kill floors could've kept running.
B group-blame | Feedlot group chat: those corporate IT guys got caught with their pants down, same as every big outfit this year.
B sarcasm | paying 11 million to criminals after the plants were already back up, galaxy-brain move from the suits
B role-blame | Kierownik zmiany wysłał całą nocną zmianę do domu bez słowa o tym, czy dostaniemy za to zapłatę.
B human-error | Word from the buyer: somebody in their office clicked a bad link, plain and simple human error.
B character | The plant's scheduling manager is just careless, he loses our booking sheets every other month anyway.
O actor-neutral | Thursa called the buyer at 6:10 a.m. on Tuesday after the truck was turned away at the gate with 38 head aboard.
O agentless-passive | The affected IT systems were suspended as soon as the attack was detected, and our cattle were held back at the lot.
O system-failure | The ransomware took down servers supporting operations in North America and Australia, and plants could not schedule or label product.
O system-should | Plant scheduling should have been able to run from a local copy so trucks could still be received.
O policy-subject | Nasza umowa z zakładem nie przewiduje rekompensaty za przetrzymanie bydła dłużej niż dobę, więc koszty paszy ponieśliśmy sami.
O neutral-fact | The company handles about a fifth of US cattle and hog slaughter, and most of its plants were running again on Wednesday.
O credit | Shout-out to Jarosława, who kept the night-shift phone tree going and told everyone when to come back.
O self-report | I texted the two drivers at 5:50 to wait at the gate until we heard back from the buyer.
""",
actions="""
Y Y N PARTIAL | Feedlot office | 2021-07-15 | Book standby slaughter slots with a second packer for at least 20 percent of our weekly head count, confirmed in a signed agreement.
N N N PARTIAL | we | | Be less dependent on one packer.
Y Y Y DETECTS | Thursa Ambermeyer | 2021-06-30 | Call the plant scheduling desk at 5:00 a.m. before any truck leaves the lot, and record the answer on the load sheet.
N Y Y PARTIAL | Renshaw Tullibardine | | Poprawić komunikację z dostawcami bydła.
Y Y N PREVENTS | Packer IT | 2021-09-30 | Separate every plant's production network from the corporate network, allowing only the 4 listed data flows, verified by an outside penetration test.
N N N PREVENTS | Meat industry | | Take ransomware seriously.
Y Y Y PARTIAL | Jarosława Strzępek | 2021-07-01 | Prowadzić listę telefonów całej nocnej zmiany i raz w miesiącu wysyłać testowy SMS, zapisując, ile osób odpowiedziało.
N Y N DETECTS | Plant management | | Keep workers better informed.
Y Y N DETECTS | | 2021-08-15 | Text the feedlot manager automatically when a booked slot has not been confirmed by the packer 24 hours before loading.
N Y N PREVENTS | everyone | | Think twice before clicking links.
N N Y PARTIAL | Bogumiła Zarzecka | | Przeanalizować koszty przestoju.
""",
ww="""
C | All 38 head were loaded again on Wednesday and delivered to the plant by 9 a.m.
V | Ludzie stanęli na wysokości zadania.
V | The lads on the lot did us proud.
"""))

# 7. Jaguar Land Rover, 31 August - October 2025: a cyberattack detected on 31 August led JLR to shut down its global IT
# systems; production at Halewood, Solihull and Wolverhampton paused (normally about 1,000 cars a day); dealers could not
# register vehicles; the pause was extended to 24 September and then to 1 October; losses reported at about 50 million
# pounds a week; JLR said some data was affected; smaller suppliers were hit hard. Source: WION. POV: an invented
# tier-2 wiring supplier in the West Midlands with Polish staff.
S.append(dict(url="https://www.wionews.com/trending/jaguar-land-rover-suffers-cyberattack-who-is-behind-this-attack-1758807898343",
people=["Kenrick Attwater-Bly", "Ludmiła Garbacz", "Bożydar Wilczyński", "Ambrosine Coldridge"],
blame="""
B failure-verb | Ambrosine on the carmaker's supplier-portal team switched off our EDI access without telling us, so we kept loading trucks for a closed plant.
B passive-agent | Decyzja, żeby wysłać nas na przymusowy urlop bez wynagrodzenia, została podjęta przez dyrektora zakładu w jeden dzień.
B counterfactual | If the carmaker's IT people had patched what they'd been told to patch, the attackers would have had a much harder time getting in.
B group-blame | Trade mag comment: the carmaker's board cut security corners for years and the supply chain is the one paying the wages now.
B sarcasm | a company that builds a thousand luxury cars a day, taken down by a bunch of kids with a Telegram channel, top-tier risk management
B role-blame | Kierownik logistyki u klienta przez tydzień nie odbierał telefonów, a my mieliśmy 40 palet wiązek na placu.
B competence | Nasz dyrektor finansowy nie ma pojęcia o płynności, przecież od razu było wiadomo, że klient nie zapłaci we wrześniu.
B hindsight | Our MD should have seen from the retail attacks in the spring that we needed cash cover for a customer shutdown.
O actor-neutral | Bożydar noticed on Monday 1 September that the call-off schedule from Solihull had not arrived and phoned the plant at 07:30.
O agentless-passive | Production at Halewood, Solihull and Wolverhampton was paused, and suppliers were told not to send more parts.
O system-failure | The carmaker's global IT systems were shut down, so parts call-offs, dealer registrations and invoicing all stopped together.
O system-should | The supplier portal should have kept showing the last confirmed schedule even when the carmaker's back end was offline.
O policy-subject | Nasza polityka kredytowa zakładała, że największy klient płaci w 30 dni, bez scenariusza pięciotygodniowego przestoju.
O neutral-fact | The pause was extended first to 24 September and then to 1 October, with losses reported at around 50 million pounds a week.
O credit | Ludmiła spent the first week calling every one of our 60 agency staff to explain what was happening, which kept most of them with us.
O quoted-question | Kenrick asked on the supplier call: "Do we invoice for parts already on your dock, or do we hold everything?"
""",
actions="""
Y Y N PARTIAL | Finance | 2025-11-30 | Arrange a standby credit line covering 8 weeks of payroll, signed by the bank, so a customer shutdown does not force unpaid leave.
N N N PARTIAL | we | | Reduce our dependence on one customer.
Y Y Y DETECTS | Bożydar Wilczyński | 2025-10-15 | Alert the shift lead if the daily call-off schedule has not arrived by 06:00, and log each missed schedule.
N Y Y PARTIAL | Kenrick Attwater-Bly | | Lepiej rozmawiać z klientem w czasie kryzysu.
Y Y N PREVENTS | IT | 2025-12-31 | Enforce phishing-resistant MFA on all 120 staff accounts and on the supplier-portal logins, shown by an admin report with no exceptions.
N N N PREVENTS | Automotive industry | | Make supply chains more resilient.
Y Y Y PARTIAL | Ludmiła Garbacz | 2025-10-31 | Przygotować listę kontaktów 60 pracowników agencyjnych i w ciągu 4 godzin od każdej decyzji o przestoju wysłać im informację.
N Y N DETECTS | Logistics | | Watch the customer's situation more closely.
Y Y N DETECTS | | 2025-11-15 | Store the last confirmed call-off schedule from each customer in our own system every day, so it can be read when their portal is down.
Y Y N PARTIAL | everyone | 2026-01-31 | Run one tabletop exercise on a 4-week shutdown of our biggest customer and write down the 5 decisions we would take in the first 48 hours.
N N Y PREVENTS | Ambrosine Coldridge | | Review supplier access controls.
""",
ww="""
C | 52 of our 60 agency staff came back when the lines restarted, because they had been kept informed every week.
C | The 40 pallets on the yard were stored under cover and none had to be scrapped.
V | Zespół pokazał ogromną solidarność.
"""))

# 8. KT Ahyeon branch, Seoul, 24 November 2018: fire in the basement cable tunnel from about 11:10 a.m., out after about
# ten hours; 168,000 telephone lines and 220 sets of fibre cables; landline, mobile, internet, card terminals and ATMs
# down in Mapo, Seodaemun, Yongsan, Eunpyeong and parts of Goyang; police stations used radio; emergency texts did not
# reach KT phones; about 8 billion won of damage; restoration over about a week. Source: Korea Herald. POV: an invented
# pharmacy in Mapo.
S.append(dict(url="https://m.koreaherald.com/view.php?ud=20181125000198",
people=["Yeom Seulbi", "Wi Hyangmi", "Ban Gyeoul", "Marthe Oudegeest"],
blame="""
B failure-verb | Gyeoul at the KT branch office told us service would be back "in an hour" and then stopped answering the pharmacy's calls.
B passive-agent | 통신구 소방 설비 설치는 비용 문제로 KT 경영진에 의해 계속 미뤄졌다.
B counterfactual | If KT's facility managers had put the Ahyeon tunnel under proper fire detection like the big hubs, this would've stayed a small fire in a corner.
B group-blame | 마포 자영업자 카페: KT 사람들은 보상 얘기만 나오면 숨고, 우리는 토요일 장사를 다 날렸다.
B sarcasm | 세계 최고 IT 강국 클라스 ㅋㅋ 카드 단말기 대신 종이에 외상 적는 2018년
B role-blame | The branch's facility manager left one copper-and-fibre route serving four districts with no backup path at all.
B competence | Whoever designed that network clearly didn't understand the first thing about redundancy.
B hindsight | KT management must have known from earlier tunnel inspections that a fire down there would cut off half of western Seoul.
O actor-neutral | Seulbi saw the card terminal drop at about 11:20 and put a "cash or bank transfer only" sign on the pharmacy door.
O agentless-passive | Mobile, landline and internet service was restored in stages from Sunday, and the remaining lines were repaired over the week.
O system-failure | The fire in the basement cable tunnel burned through 168,000 telephone lines and 220 sets of fibre cables.
O system-should | The card terminals should have fallen back to another carrier's mobile network when the wired line died.
O policy-subject | 우리 약국 결제 계약은 KT 회선 하나만 쓰게 되어 있었고, 예비 회선 조항이 없었다.
O neutral-fact | The fire started around 11:10 a.m. on Saturday and took about ten hours to put out.
O credit | Hyangmi walked our stock list over to the Sinchon clinics so doctors could still check which prescriptions we could fill.
O quoted-question | Marthe asked at the counter: "If the city sent an emergency text, would KT phones even have received it?"
""",
actions="""
Y Y N PARTIAL | Pharmacy management | 2019-01-31 | 카드 단말기에 다른 통신사 LTE 예비 회선을 달고, 매달 첫째 월요일에 예비 회선으로 결제 테스트를 한다.
N N N PARTIAL | we | | Be more prepared for outages.
Y Y Y DETECTS | Yeom Seulbi | 2018-12-15 | Check the card terminal's connection light at opening every day and write the result on the opening checklist.
N Y Y PARTIAL | Ban Gyeoul | | KT 고객 응대를 개선한다.
Y Y N PREVENTS | Network operator | 2019-12-31 | Install automatic fire detection and suppression in every cable tunnel that carries more than 10,000 lines, confirmed by the regulator's inspection list.
N N N PREVENTS | Carriers | | Build a stronger network.
Y Y Y PARTIAL | Wi Hyangmi | 2019-01-15 | Keep a printed list of the 12 clinics we serve with a second phone number for each, and test the numbers every quarter.
N Y N DETECTS | KT branch | | Inform shops faster.
Y Y N PARTIAL | everyone | 2018-12-31 | Everyone on the counter learns the paper-receipt procedure, and each person completes one practice sale on paper by the end of December.
N N Y PARTIAL | Marthe Oudegeest | | 보상 절차를 알아본다.
N Y N PREVENTS | | | Add more redundancy.
""",
ww="""
C | Walking the stock list to the clinics meant no prescription went unfilled on Saturday.
V | 이웃 가게들이 서로 많이 도와줬다.
V | The team kept calm.
"""))

# 9. Red Hill, Oahu, 20 November 2021: a pipeline rupture at the Navy's Red Hill bulk fuel storage facility released fuel,
# about 5,542 gallons of which escaped into the environment; the release was not contained for about 30 hours; about a
# week later residents of military housing around Joint Base Pearl Harbor-Hickam reported fuel odours, vomiting, rashes
# and burns; the Navy investigation (2022) listed leadership and communication failures; the facility is to be defuelled
# and closed. Source: Honolulu Star-Advertiser. POV: an invented day-care centre in the housing area.
S.append(dict(url="https://staradvertiser.com/2022/07/01/hawaii-news/long-list-of-failures-caused-red-hill-leak-navy-investigation-finds",
people=["Signhild Halverholt", "Xanthippi Tsamadou", "Kaimana Ridgeley", "Chanida Phrommart"],
blame="""
B failure-verb | Kaimana from the housing office told our director on the 22nd that the water was fine and never followed up when the kids started throwing up.
B passive-agent | Parents were told the tap water was safe by base officials who hadn't run a single lab test.
B counterfactual | If the Red Hill leadership had treated the spill as fuel from the start, the well would've been shut days before our toddlers drank from it.
B group-blame | Οι αξιωματικοί της βάσης έκαναν σαν να μη συμβαίνει τίποτα μέχρι που όλη η γειτονιά μύριζε καύσιμο.
B sarcasm | a "brutally honest self-assessment" seven months after telling military families to keep drinking the jet fuel, very brave
B role-blame | The facility's operations officer assumed the best case after every leak and reported it up the chain that way.
B rhetorical-question | Πόσα παιδιά έπρεπε να αρρωστήσουν για να κλείσει κάποιος υπεύθυνος την αντλία;
B sanction | ผู้บังคับบัญชาที่บอกว่าน้ำปลอดภัยควรถูกปลดจากตำแหน่ง ไม่ใช่แค่ถูกตักเตือน
O actor-neutral | Signhild noticed an oily sheen in the infant-room sink on the 28th and switched the centre to bottled water that morning.
O agentless-passive | The Red Hill well was shut off, and residents were told not to use the tap water for drinking, cooking or bathing.
O system-failure | About 5,542 gallons of fuel escaped into the environment, and some of it reached the Navy's drinking-water well.
O system-should | The water system should have had continuous hydrocarbon sensors at the well so fuel could not reach homes unnoticed.
O policy-subject | Η πολιτική του παιδικού σταθμού απαιτούσε οδηγία από το υπουργείο υγείας πριν σταματήσουμε το νερό της βρύσης, και η οδηγία ήρθε στις 29.
O neutral-fact | The fuel release was not contained for about 30 hours, and residents began reporting fuel odours about a week later.
O credit | Xanthippi organised the bottled-water runs and the hand-washing stations so the centre stayed open for essential-worker families.
O system-counterfactual | With an automatic shut-off on the well tied to a fuel sensor, the contaminated water would have been stopped before it reached the housing loop.
""",
actions="""
Y Y N DETECTS | Centre operations | 2022-01-31 | Test the centre's tap water for petroleum hydrocarbons through a certified lab every month and post the result by the sign-in desk.
N N N PARTIAL | we | | Protect the children better.
Y Y Y PARTIAL | Signhild Halverholt | 2021-12-15 | Keep 3 days of bottled water for all 64 enrolled children on site, counted on the first Monday of each month.
N Y Y DETECTS | Kaimana Ridgeley | | Listen to parents' complaints.
Y Y N PREVENTS | Navy | 2022-06-30 | Install an automatic shut-off on the Red Hill well pumps that trips when fuel sensors read above the state action level, tested quarterly with the state health department present.
N N N PREVENTS | Department of Defense | | Fix Red Hill.
Y Y Y DETECTS | Xanthippi Tsamadou | 2022-01-15 | Καταγράφετε κάθε αναφορά γονέα για οσμή ή εξάνθημα σε ημερολόγιο και στέλνετε το ημερολόγιο στο τμήμα υγείας μέσα σε 24 ώρες.
N Y N PARTIAL | Base housing office | | Communicate honestly with families.
Y Y N PARTIAL | | 2022-02-28 | Write a no-tap-water procedure for the centre with hand-washing stations and bottled formula, and run it as a half-day drill twice a year.
Y Y N DETECTS | everyone | 2022-01-31 | พนักงานทุกคนต้องรายงานกลิ่นน้ำมันหรือคราบมันในน้ำประปาต่อผู้อำนวยการภายใน 15 นาที และบันทึกเวลาไว้ในสมุด
N N Y PARTIAL | Chanida Phrommart | | Review the incident with the staff.
""",
ww="""
C | The centre never closed: bottled water and hand-washing stations were in place by noon on the 28th.
C | Every parent report of odour or rash was logged and passed to the health department within a day.
V | Οι γονείς μάς στήριξαν πολύ.
"""))

# 10. Antares Orb-3, Wallops Island, 28 October 2014: the Orbital Sciences rocket carrying a Cygnus with more than
# 5,000 lb of cargo for the ISS failed about 15 seconds after liftoff at 6:22 p.m.; the range safety officer sent the
# destruct command; no injuries; preliminary finding a turbopump-related failure in one of the two refurbished AJ26
# first-stage engines; AJ26 use to be discontinued; loss at least 200 million dollars. Source: Phys.org (AFP).
# POV: an invented university payload team with an experiment aboard.
S.append(dict(url="https://phys.org/news/2014-11-orbital-blames-rocket-failure-launchpad.html",
people=["Averil Spurway", "Thalassini Gerakopoulou", "Veikko Närhilahti", "Pascoe Lundgate"],
blame="""
B failure-verb | Pascoe signed off the engine acceptance even though the test-stand failure from May was still an open item.
B passive-agent | Η επιλογή να πετάξουν με κινητήρες σαράντα ετών πάρθηκε από τη διοίκηση της εταιρείας για να γλιτώσει χρήματα.
B counterfactual | If the launch provider's engineers had re-inspected the turbopumps after the test-stand failure, our experiment would be on the station now.
B group-blame | Spaceflight forum: the propulsion people knew those refurbished engines were a gamble and flew them anyway.
B sarcasm | Soviet moon-rocket engines out of a warehouse, what could possibly go wrong, said the finance department
B role-blame | Ο υπεύθυνος ποιότητας της εταιρείας υπέγραψε την πτήση χωρίς να ζητήσει νέα δοκιμή του κινητήρα.
B competence | Yksikään pätevä rakettiinsinööri ei olisi hyväksynyt noita moottoreita ilman uutta koeajoa.
B self-blame | Honestly that one is on me, I didn't push our team to build a second flight unit, so we have nothing to re-fly.
O actor-neutral | Averil watched the telemetry from the Wallops press site and logged loss of signal at 6:22 p.m. plus about 15 seconds.
O agentless-passive | The rocket was destroyed by a command from the range safety officer before it hit the ground near the pad.
O system-failure | Evidence pointed to a turbopump-related failure in one of the two AJ26 first-stage engines.
O system-should | The engine health monitoring should have been able to catch a turbopump problem while the rocket was still held on the pad.
O policy-subject | Yliopiston sääntö vaati, että kaikki koelaitteet lähetetään yhdellä lennolla, joten varakappaletta ei ollut.
O neutral-fact | The Cygnus was carrying more than 5,000 pounds of supplies and experiments for the International Space Station.
O credit | Thalassini had archived every calibration file on the university server the night before, so the rebuild can start from a known baseline.
O error-term | The "anomaly" in the first NASA statement is the standard word for any launch failure, not a sign that they already knew the cause.
""",
actions="""
Y Y N PARTIAL | Payload team | 2015-03-31 | Build a second flight unit of the experiment and keep it qualified and ready to ship within 30 days of any launch loss.
N N N PARTIAL | we | | Learn from the launch failure.
Y Y Y DETECTS | Averil Spurway | 2014-12-15 | Record the last 48 hours of our payload's health data to the university server before every future launch and check that the file opens.
N Y Y PARTIAL | Pascoe Lundgate | | Ask the launch provider tougher questions.
Y Y N PREVENTS | Launch provider | 2016-03-01 | Replace the AJ26 first-stage engines with a new propulsion system and complete a hot-fire test of the new stage before the next cargo flight.
N N N PREVENTS | Space industry | | Use more reliable engines.
Y Y Y PARTIAL | Thalassini Gerakopoulou | 2015-01-31 | Κρατήστε αντίγραφο όλων των αρχείων βαθμονόμησης σε δύο ξεχωριστούς δίσκους και ελέγχετε την επαναφορά ενός αρχείου κάθε μήνα.
N Y N DETECTS | NASA liaison | | Keep payload customers better informed.
Y Y N PARTIAL | | 2015-02-28 | Hankitaan laukaisuvakuutus, joka kattaa kokeen uudelleenrakentamisen vähintään 80 000 euroon asti, ja vakuutuskirja arkistoidaan projektikansioon.
N N Y PREVENTS | Veikko Närhilahti | | Review our launch strategy.
N Y N PARTIAL | everyone | | Stay positive and rebuild.
""",
ww="""
C | All calibration files were archived the night before, so no test data was lost with the hardware.
V | Η ομάδα έδειξε μεγάλη ψυχραιμία.
V | Spirits held up well in the team.
"""))

# 11. Fipronil eggs, July-August 2017: the Dutch food and consumer product safety authority (NVWA) halted production at
# seven poultry companies in July after the banned insecticide fipronil was found in barns and eggs, and recalled eggs
# from four; soon more than 180 farms were blocked; a pest-control firm had used a lice product mixed with fipronil;
# eggs were withdrawn in several countries; an anonymous tip from November 2016 had not been passed on. Source:
# NL Times. POV: an invented bakery wholesaler in Poland buying Dutch liquid egg.
S.append(dict(url="https://nltimes.nl/2017/07/24/seven-dutch-poultry-companies-closed-toxic-substance",
people=["Wojsława Ciężkowska", "Wouterus Bankhuysen", "Zvjezdana Matulović", "Eustacia Brimble"],
blame="""
B failure-verb | Wouterus at the packing station signed our July certificate as "residue-free" without a single fipronil test behind it.
B passive-agent | Ostrzeżenie z listopada 2016 zostało schowane do szuflady przez urzędników holenderskiego inspektoratu.
B counterfactual | Gdyby inspektorat od razu przekazał anonimowy sygnał hodowcom, nie musielibyśmy wyrzucać trzech cystern masy jajowej.
B group-blame | Those pest-control cowboys mixed a banned insecticide into their lice spray and sold it to hundreds of farms.
B sarcasm | "no immediate danger, but we recalled them anyway" — thanks for the clarity, very reassuring for a bakery sitting on 2 tonnes of egg mix
B role-blame | Kierownik zakupów podpisał umowę z pakowaczem bez żadnej klauzuli o badaniach pozostałości pestycydów.
B character | Osoba odpowiedzialna za zakupy jaj w naszej firmie jest po prostu niedbała i zawsze bierze najtańszego dostawcę.
B sanction | Direktor nabave trebao bi snositi posljedice jer je bez ikakve provjere uzeo najjeftinijeg dobavljača.
O actor-neutral | Wojsława saw the published farm list on 3 August, matched two of our packer's farm codes and put the liquid-egg lots on hold.
O agentless-passive | Eggs from the affected farms were blocked from sale and withdrawn from shop shelves in several countries.
O system-failure | The lice treatment the farms bought contained fipronil, and the insecticide passed from the hens into the eggs.
O system-should | The packer's residue testing should have covered fipronil, since it is a well-known veterinary insecticide.
O policy-subject | Naše ulazne specifikacije tražile su samo mikrobiološke analize, pa ostaci pesticida nisu bili obuhvaćeni.
O neutral-fact | The Dutch authority halted production at seven poultry companies in July and recalled eggs from four of them.
O credit | Zvjezdana found a supplier with test certificates within two days, so the bakery lines only stood still for one shift.
O quoted-question | Eustacia asked the packer on the phone: "Which of our lots came from farms on the blocked list, by farm code?"
""",
actions="""
Y Y N DETECTS | Quality assurance | 2017-10-31 | Test every incoming liquid-egg lot for fipronil at an accredited lab and release it only when the result is below 0.005 mg/kg.
N N N PARTIAL | we | | Choose suppliers more carefully.
Y Y Y PREVENTS | Wojsława Ciężkowska | 2017-09-30 | Dodać do każdej umowy z pakowaczem klauzulę o badaniach pozostałości pestycydów, z wynikami dołączanymi do każdej dostawy.
N Y Y PARTIAL | Wouterus Bankhuysen | | Be more honest with buyers.
Y Y N PARTIAL | Purchasing | 2017-12-31 | Qualify a second egg supplier in another country and place at least one trial order with it every quarter.
N N N PREVENTS | Food authorities | | Share warnings faster.
Y Y Y DETECTS | Zvjezdana Matulović | 2017-09-15 | Svakog radnog dana usporediti objavljene popise blokiranih farmi s kodovima naših serija i zapisati provjeru u dnevnik.
N Y N DETECTS | Packer | | Improve traceability.
Y Y N PARTIAL | | 2017-11-30 | Keep lot-to-farm-code traceability for every egg delivery so the lots from any recalled farm can be listed within 1 hour.
Y Y N PARTIAL | everyone | 2017-10-15 | Wszyscy pracownicy magazynu przechodzą 30-minutowe szkolenie z blokowania partii w systemie i zdają krótki test.
N N Y PREVENTS | Eustacia Brimble | | Rethink the sourcing strategy.
""",
ww="""
C | The two suspect lots were put on hold the same morning, before any of it went into production.
C | A tested replacement supplier was delivering within two days, so only one shift was lost.
V | Dobra współpraca między działami.
"""))

# 12. Ming Dih Chemical, Bang Phli, Samut Prakan, 5 July 2021: explosion at about 2:50 a.m. at a factory making plastic
# foam and pellets on Soi King Kaew 21, followed by a fire across the compound (five or six warehouses, about 50 tonnes of
# chemicals); evacuation ordered within 5 km; more than 30 fire engines and helicopters; smoke visible from Suvarnabhumi,
# flights unaffected; later reports: one volunteer firefighter killed, dozens injured, about 70 houses and 15 vehicles
# damaged, fire reignited the next day. Source: Bangkok Post. POV: an invented logistics warehouse nearby.
S.append(dict(url="https://www.bangkokpost.com/thailand/general/2143619/huge-explosion-fire-at-chemical-factory-21-injured",
people=["Wasana Kittiphonthong", "Thanadet Ruamsukjai", "Eldmar Vrijdaghe", "Pimchanok Daengsawat"],
blame="""
B failure-verb | Eldmar never put our warehouse on the district's emergency contact list, so we only heard about the evacuation from Facebook.
B passive-agent | ใบอนุญาตให้โรงงานเก็บสารเคมีใกล้หมู่บ้านถูกต่ออายุโดยเจ้าหน้าที่ที่ไม่เคยมาดูพื้นที่จริงเลยสักครั้ง
B counterfactual | ถ้าผู้บริหารโรงงานย้ายถังเก็บสารออกจากเขตชุมชนตั้งแต่ที่ชาวบ้านร้องเรียน อาสาสมัครคนนั้นคงยังมีชีวิตอยู่
B group-blame | Expat forum: the district officials let a chemical plant sit next to a housing estate for decades and then act shocked.
B sarcasm | โรงงานสารเคมีอยู่กลางหมู่บ้าน ผังเมืองไทยเยี่ยมมาก 👏
B role-blame | The plant's safety officer had no list of what was in the tanks to hand to the fire crews at 3 a.m.
B human-error | ข่าววงในบอกว่าต้นเหตุคือคนงานกะดึกทำงานไม่ระวัง เป็นความผิดพลาดของคนล้วน ๆ
B rhetorical-question | How does a factory manager keep 50 tonnes of chemicals next to people's homes and still sleep at night?
O actor-neutral | Wasana heard the blast at about 2:50 a.m., called the night guard and had all 12 trucks moved out of the yard by 4.
O agentless-passive | ประชาชนในรัศมี 5 กิโลเมตรได้รับคำสั่งให้อพยพ และผู้บาดเจ็บถูกนำส่งโรงพยาบาลใกล้เคียง
O system-failure | Chemicals left in the underground tanks kept feeding small explosions, and the fire flared up again the next afternoon.
O system-should | The storage tanks should have had remotely operable shut-off valves so crews did not need more than a day to close them.
O policy-subject | ระเบียบของโกดังเรากำหนดให้อพยพตามประกาศของอำเภอเท่านั้น จึงต้องรอคำสั่งก่อนย้ายพนักงาน
O neutral-fact | One volunteer firefighter was killed, dozens of people were hurt, and about 70 houses and 15 vehicles were damaged.
O credit | Pimchanok ran the headcount at the evacuation shelter and had found all 37 of our night staff by 6 a.m.
O meta-blameless | Our internal review is about how the warning reached us, not about who on our night shift should have done what.
""",
actions="""
Y Y N DETECTS | Warehouse operations | 2021-09-30 | ลงทะเบียนโกดังกับสำนักงานป้องกันและบรรเทาสาธารณภัยอำเภอบางพลี และทดสอบการรับข้อความแจ้งเตือนทุก 3 เดือน
N N N PARTIAL | we | | ปรับปรุงความปลอดภัยโดยรวม
Y Y Y PARTIAL | Wasana Kittiphonthong | 2021-08-31 | Write a night evacuation plan that gets every truck out of the yard within 60 minutes, and time it in a drill twice a year.
N Y Y DETECTS | Eldmar Vrijdaghe | | Keep up with local news better.
Y Y N PREVENTS | Provincial industry office | 2022-06-30 | Require every plant storing more than 10 tonnes of flammable monomer within 1 km of homes to file a tank inventory and valve plan with the fire service.
N N N PREVENTS | Government | | Move factories away from communities.
Y Y Y PARTIAL | Pimchanok Daengsawat | 2021-08-15 | Keep a printed staff list for each shift at the gate and hold a headcount drill at the assembly point every quarter.
N Y N PARTIAL | HR | | Support staff after the incident.
Y Y N DETECTS | | 2021-10-31 | Put two smoke and VOC sensors on the warehouse fence facing the industrial estate, with an alarm to the night guard's phone.
N N Y PARTIAL | Thanadet Ruamsukjai | | ทบทวนสัญญาเช่าโกดัง
N Y N PREVENTS | everyone | | Be more aware of chemical risks nearby.
""",
ww="""
C | All 37 night staff were accounted for at the shelter by 6 a.m.
V | ทุกคนช่วยเหลือกันดีมาก
V | Great spirit from the team.
"""))

# 13. Zemestan-Yurt coal mine, Golestan, Iran, 3 May 2017: explosion at about 12:45 local time deep in a tunnel when miners
# tried to start a locomotive with an external battery; accumulated gas; 42 killed, including rescuers, and at least 75
# injured; more than 500 workers employed; officials linked the lack of safety precautions to financial problems and
# unpaid wages. Source: Wikipedia. POV: an invented mine-safety equipment supplier in Gorgan.
S.append(dict(url="https://en.wikipedia.org/wiki/Zemestan-Yurt_coal_mine_disaster",
people=["Touraj Kamangir", "Parvaneh Sholehvar", "Hushang Dastgerdi", "Trudelein Fennemore"],
blame="""
B failure-verb | تورج گزارش گازسنجی صبح را امضا کرد بدون اینکه اصلاً پایش به تونل برسد.
B passive-agent | بودجه تهویه و نگهداری معدن بارها توسط مدیران شرکت قطع شد.
B counterfactual | If the mine's owners had paid the wages and kept the ventilation crew on, that gas would never have built up in the tunnel.
B group-blame | Union newsletter: the owners treated safety as a cost line to cut while the men were still begging for their back pay.
B sarcasm | a kilometre underground, detectors nobody calibrated, months without pay — but sure, call it "an accident"
B role-blame | سرشیفت اجازه داد لوکوموتیو را با باتری بیرونی روشن کنند، در حالی که گاز در تونل جمع شده بود.
B human-error | Official line in the first state TV report: human error by miners who jump-started a locomotive.
B competence | مدیر ایمنی معدن حتی نمی‌دانست دستگاه‌های گازسنج چند ماه است کالیبره نشده‌اند.
O actor-neutral | Parvaneh, at our Gorgan warehouse, took the first call from the mine at about 1:10 p.m. asking for every self-rescuer we had in stock.
O agentless-passive | Rescue teams were sent into the tunnel, and the injured were taken to hospitals in Azadshahr and Gorgan.
O system-failure | گاز انباشته در تونل با جرقه‌ای هنگام روشن کردن لوکوموتیو منفجر شد و بخشی از تونل فرو ریخت.
O system-should | The locomotives should have been flameproof units that cannot be started from an external battery in a gassy section.
O policy-subject | The supply contract Hushang negotiated let the mine postpone detector calibration whenever an invoice was unpaid.
O neutral-fact | The explosion happened around 12:45 local time, and the death toll rose to 42, including some of the rescuers.
O credit | Trudelein drove the spare breathing sets from Gorgan herself and had them at the portal before the second rescue team went in.
O quoted-question | یکی از خانواده‌ها پشت در معدن پرسید: «آیا هنوز کسی در تونل هست که بشود با او تماس گرفت؟»
""",
actions="""
Y Y N PREVENTS | Mine operator | 2017-12-31 | Replace every battery locomotive in the gassy sections with certified flameproof units and remove all external jump-start leads from underground.
N N N PARTIAL | we | | ایمنی معدن را بهتر کنیم.
Y Y Y DETECTS | Touraj Kamangir | 2017-08-31 | Calibrate all 40 portable methane detectors every month and keep the signed calibration sheet at the mine office.
N Y Y PARTIAL | Hushang Dastgerdi | | Be stricter with customers about safety.
Y Y N PARTIAL | Supply warehouse | 2017-07-31 | انبار گرگان همیشه دست‌کم ۱۰۰ دستگاه خودنجات آماده تحویل داشته باشد و موجودی هر هفته شمارش شود.
N N N PREVENTS | Government | | Enforce mining safety laws.
Y Y Y PARTIAL | Parvaneh Sholehvar | 2017-06-30 | Keep a 24-hour emergency phone at the warehouse and answer a test call from the mine rescue station every month.
N Y N DETECTS | Ventilation crew | | Don't let the methane sneak up on us again.
Y Y N DETECTS | | 2017-10-31 | Install fixed methane sensors every 200 metres along the main haulage tunnel that cut power to the locomotives above 1.25 percent.
Y Y N PARTIAL | everyone | 2017-09-30 | همه کارکنان انبار یک دوره دو ساعته آموزش حمل اضطراری تجهیزات نجات را بگذرانند و نامشان در فهرست ثبت شود.
N N Y PARTIAL | Trudelein Fennemore | | Think about our role as a supplier.
""",
ww="""
C | Spare breathing sets reached the portal before the second rescue team went underground.
C | Our warehouse delivered 60 self-rescuers to the mine within the first three hours.
V | همه با تمام وجود کمک کردند.
"""))

# 14. Grosvenor coal mine, Moranbah, Queensland, 6 May 2020: methane ignition at the longwall face seriously injured five
# workers (burns to upper bodies and airways; four airlifted); the Queensland Coal Mining Board of Inquiry (report June
# 2021) found 27 methane exceedances above 2.5 percent between 1 July 2019 and 5 May 2020 and that production continued
# although gas drainage could not cope with the rate of production. Source: Hazardex. POV: an invented labour-hire firm
# with Finnish and Croatian workers placed at the mine.
S.append(dict(url="https://www.hazardexonthenet.net/article/185597/Australian-inquiry-into-2020-mine-explosion-finds-miners-faced--unacceptable-level-of-risk-.aspx",
people=["Aaro Pennalahti", "Marijeta Kovačec", "Broderick Tregwithen", "Caswenna Tolhurst-Quay"],
blame="""
B failure-verb | Broderick kept the shearer cutting through the afternoon even after the tailgate readings went past 2.5 percent twice.
B passive-agent | The call to keep production above what the gas drainage could handle was made by mine management, as the inquiry found.
B counterfactual | Jos vuoroesimies olisi pysäyttänyt louhinnan ensimmäisen metaanihälytyksen jälkeen, viisi miestä ei olisi palanut.
B group-blame | Union bulletin: the company's managers chased tonnes while the men underground breathed the gas, and 27 warnings went in the bin.
B sarcasm | 27 exceedances in ten months and it's still "an unexpected event", must be a very surprising kind of gas
B role-blame | Inspektor rudnika vidio je prijave o prekoračenjima i zaključio da ne treba ništa poduzeti.
B human-error | First-day talk on the crew bus: human error by the blokes at the face, nothing more to it.
B sanction | Odgovorni rukovoditelji trebali bi izgubiti dozvole, a ne samo dobiti ukor.
O actor-neutral | Aaro was in the crib room when the pressure wave came through and radioed the control room within a minute.
O agentless-passive | Four of the injured workers were airlifted to hospital with burns to their upper bodies and airways.
O system-failure | Methane from the goaf reached the longwall face and ignited, and the temperature at the face went past 200 degrees.
O system-should | The gas drainage system should have been sized for the planned production rate before the longwall block started.
O policy-subject | Urakoitsijan ohjeet eivät antaneet työntekijöille oikeutta pysäyttää louhintaa kaasulukeman perusteella.
O neutral-fact | The board of inquiry counted 27 methane exceedances above 2.5 percent in the ten months before the explosion.
O credit | Marijeta je još iste večeri organizirala prijevoz obitelji do bolnice u Brisbaneu.
O org-subject | The mine operator said it would cooperate with the inquiry and kept the mine shut until the regulator approved a staged restart.
""",
actions="""
Y Y N PREVENTS | Mine operator | 2021-12-31 | Cap the longwall production rate so that measured methane make never exceeds the rated capacity of the gas drainage plant, with a weekly report to the inspectorate.
N N N PARTIAL | we | | Put safety before production.
Y Y Y DETECTS | Aaro Pennalahti | 2020-07-31 | Check that every contractor on the longwall crew carries a personal methane detector at the start of each shift, recorded on the shift sheet.
N Y Y PARTIAL | Broderick Tregwithen | | Take the crew's concerns seriously.
Y Y N PREVENTS | Labour-hire office | 2020-09-30 | Write into every placement agreement that any worker may stop mining at a reading above 2 percent methane without penalty, signed by the mine.
N N N PREVENTS | Regulator | | Be tougher on mines.
Y Y Y PARTIAL | Marijeta Kovačec | 2020-08-31 | Voditi popis kontakata obitelji svih 45 radnika na rudniku i ažurirati ga svaka tri mjeseca.
N Y N DETECTS | Inspectorate | | Pay closer attention to exceedance reports.
Y Y N DETECTS | | 2020-10-31 | Forward each methane exceedance notice from the mine to all our placed workers by text within 24 hours.
N N Y PARTIAL | Caswenna Tolhurst-Quay | | Jatkaa keskustelua kaivoksen kanssa.
N Y N PARTIAL | everyone | | Look after each other.
""",
ww="""
C | Families of all five injured men were in Brisbane the same night, on flights our office booked.
V | Kiitos kaikille tuesta.
V | The crew looked out for each other.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

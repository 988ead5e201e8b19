# heldout57 rules data (see ../rules/SOURCES-heldout57.md). All people invented; no real private person is named, and
# public figures of the incidents are referred to by role only.
# 14 incidents: 7 software / IT, 2004-2008 (Comair crew-scheduling crash 2004, LAX customs outage 2007, RBC processing
# disruption 2004, FAA NADIN flight-plan failure 2008, TJX card breach disclosed 2007, Sasser worm at the UK coastguard
# 2004, ANA domestic reservation/check-in failure 2007) and 7 outside software (Ajka red sludge 2010, Baia Mare cyanide
# spill 2000, Lapindo/Sidoarjo mudflow 2006, Mihama-3 steam pipe rupture 2004, Evrona oil spill 2014, Saltsjobanan
# runaway train 2013, Formosa Ha Tinh toxic discharge 2016).
# Written in many registers (board memo, Reddit thread, trade magazine, court judgment, inquest, chat, ticket fields,
# tabloid, union newsletter, forum); about a quarter of rows in Japanese, Swedish, Romanian, Hungarian, Vietnamese,
# Indonesian and Hebrew. Internal times, roles and details not in the public source are invented for realism; public
# facts are paraphrased.
S = []

# 1. Comair, 24-29 December 2004: the crew-management application (SBS) had a hard limit of 32,000 changes a month;
# storm-driven reassignments pushed it over on Christmas Eve; all 1,100 flights cancelled on 25 December, about 30,000
# passengers; limited service from 26 December, full schedule by 29 December; no backup; DOT investigation; a
# replacement system was due in January. Source: The Register.
S.append(dict(url="https://m.theregister.co.uk/2004/12/30/comair_bad_box/",
people=["Quellbrin Ashdrewe", "Tamsery Voglund", "Orrenby Castelfitch", "Wendalyn Prusk"],
blame="""
B failure-verb | Orrenby sat on the vendor's capacity warning for two budget cycles and never put the crew system replacement in front of the board.
B passive-agent | The decision to keep running the old crew tracking box through the holiday peak was made by Tamsery, over the objections of the ops planners.
B counterfactual | If Quellbrin had just pulled the plug on the manual reassignments at 25k changes instead of letting the desk hammer it all night, we'd have flown on Christmas.
B group-blame | FlyerTalk post: the Comair IT people knew that thing was held together with tape and spit and they still let it ride into the busiest week of the year.
B sarcasm | great job guys, 30,000 people got to spend christmas on the carpet at CVG so somebody could save on a software license
B role-blame | Flygchefen på crew control lät folk mata in ändring efter ändring utan att någon frågade hur mycket systemet tålde.
B competence | Anyone who understood integer limits would have spotted a 16-bit counter in a crew system for a 1,100-flight airline; our architects plainly did not.
B hindsight | Wendalyn should have known from the November change volumes that one more storm would push the system past its ceiling.
O actor-neutral | Wendalyn paged the vendor at 22:40 on the 24th when the crew application stopped accepting reassignments and the desk fell back to paper.
O agentless-passive | All 1,100 Christmas Day departures were cancelled and passengers were rebooked onto Delta flights where seats existed.
O system-failure | The crew management application shut down once it reached its ceiling of 32,000 changes in a month, and there was no standby system to switch to.
O system-should | The crew application should have refused new changes with a clear warning well before its counter ran out, not simply stopped.
O policy-subject | A beszállítói szerződés, amelyet Tamsery aláírt, semmilyen kapacitáskorlátot nem említett, így senki sem figyelte a havi változásszámot.
O neutral-fact | The storm over the Cincinnati hub forced an unusually high number of crew reassignments in the days before Christmas.
O credit | Big thanks to Orrenby, who wrote the paper crew-pairing sheets on the 26th that let us get 10 to 15 percent of the schedule back up.
O org-subject | Comair had already bought a newer crew package from the same vendor, with installation planned for January.
""",
actions="""
Y Y N PREVENTS | Crew systems | 2005-03-31 | Replace the legacy crew tracking application with a system that handles at least 100,000 changes a month, proven by a load test at three times the December 2004 peak.
N N N PARTIAL | we | | No more holiday meltdowns, period.
Y Y Y DETECTS | Quellbrin Ashdrewe | | Alert the crew desk supervisor and IT on-call when monthly crew changes pass 25,000, with a daily counter shown on the ops dashboard.
N Y Y PARTIAL | Tamsery | | Get tougher with the software vendor.
Y Y N PARTIAL | | 2005-02-28 | Keep a warm standby crew system at the secondary site and switch to it within 2 hours in a quarterly drill.
N N N PREVENTS | IT management | 2005-03-31 | Modernise our legacy platforms.
Y Y Y PARTIAL | Wendalyn Prusk | 2005-04-30 | Ge crew control en pappersrutin för 200 avgångar per dag, med förtryckta blanketter på varje bas och en övning före nästa vinter.
N Y N DETECTS | | | Keep an eye on change volumes during storms.
Y Y N PARTIAL | everyone | 2005-01-15 | Publish a storm rebooking policy on the website within 1 hour of any hub cancellation over 100 flights.
N N Y PREVENTS | Orrenby | | Escalate technical risks to Delta more forcefully.
Y Y N DETECTS | Vendor management | 2005-03-15 | Obtain written documentation of every hard limit in each critical vendor application and record each one in the risk register.
""",
ww="""
C | Delta mainline absorbed rebooked Comair passengers on its own flights from Christmas Day onwards.
V | Employees in every area worked around the clock.
V | Det var fin sammanhållning i teamet.
"""))

# 2. US Customs and Border Protection at LAX, 11-12 August 2007: a partially failed network interface card on one
# desktop in the Tom Bradley terminal flooded the local network from about 12:50; total failure around 2 p.m.; about
# nine to ten hours to diagnose and restore; 17,000+ international passengers on 73 flights held on planes and in the
# customs hall; planes refuelled for air conditioning; a second outage late Sunday from a power supply failure.
# Source: Los Angeles Times.
S.append(dict(url="https://www.latimes.com/archives/la-xpm-2007-aug-15-me-lax15-story.html",
people=["Brinsa Haldercott", "Juvenko Marralt", "Peyvie Strondmoor", "Aldebrun Tesque"],
blame="""
B failure-verb | Juvenko spent three hours rebooting the wrong switches instead of looking at which port was spewing traffic.
B passive-agent | Hệ thống bị để chạy mà không có phương án dự phòng thủ công, do chính anh Aldebrun quyết định cắt ngân sách năm ngoái.
B counterfactual | Had Peyvie run a simple packet capture at one o'clock, the bad card would have been unplugged before a single plane got held.
B group-blame | Airline station manager, email to the airport: the federal IT contractors clearly have no idea how their own network in this terminal is wired.
B sarcasm | ten hours to find one bad network card, amazing, my nephew could do that with a laptop and a bag of chips
B role-blame | Người trực kỹ thuật ca chiều cứ ngồi chờ chỉ thị từ Washington trong khi hàng nghìn khách bị nhốt trên máy bay.
B rhetorical-question | Why was nobody walking the floor checking desktops — did Brinsa think the problem would fix itself?
B character | Juvenko is the kind of tech who closes a ticket before he has read it, and Saturday showed it.
O actor-neutral | Brinsa called the carriers' station managers at 14:20 to say primary inspection was down and arriving flights would be held on board.
O agentless-passive | Planes were refuelled on the ramp so their auxiliary power units could keep the cabins cooled, and lavatory trucks were sent round.
O system-failure | A network interface card on a single desktop failed partway and flooded the local network until the other cards and the link to the national systems gave out.
O system-should | The local network should have isolated a port flooding traffic automatically instead of letting it take down the whole terminal segment.
O policy-subject | Quy trình mà Peyvie làm theo không có bước nào cho phép kiểm tra hành khách bằng danh sách giấy khi mất kết nối với hệ thống quốc gia.
O neutral-fact | More than 17,000 passengers on 73 international flights were affected, and the last of them cleared customs around four in the morning.
O credit | Props to Aldebrun, who got bottled water and snacks onto the held aircraft within the first hour.
O self-report | I restarted the core switch at 17:05 and the flooding came straight back; noting it so the timeline is complete.
""",
actions="""
Y Y N PREVENTS | Port network engineering | 2007-10-31 | Enable broadcast storm control on every access switch in the Bradley terminal, capping each port at 5% of link bandwidth, confirmed by a configuration audit.
N N N PARTIAL | we | | Have a better backup plan.
Y Y Y DETECTS | Peyvie Strondmoor | | Page the network on-call when any single port carries more than 20% of segment traffic for 2 minutes.
N Y Y PARTIAL | Juvenko | | Be quicker at troubleshooting.
Y Y N PARTIAL | | 2007-12-31 | Provide an offline watch-list lookup on 20 standalone laptops so officers can keep admitting passengers during a network outage, tested every quarter.
N N N DETECTS | Headquarters IT | 2007-10-31 | Monitor the LAX network more closely.
N Y N PARTIAL | Airport operations | | Cải thiện phối hợp giữa hãng bay và hải quan.
Y Y Y PARTIAL | Brinsa Haldercott | 2007-11-15 | Agree with Los Angeles World Airports a written plan to deplane held passengers into a holding area after 90 minutes on board.
N N N PREVENTS | everyone | | Không để chuyện này xảy ra lần nữa.
Y Y N DETECTS | Facilities | 2008-01-31 | Put every customs network closet on a monitored UPS that raises an alarm within 60 seconds of a power supply fault.
N Y Y PARTIAL | Aldebrun | | Review staffing on peak summer Saturdays.
""",
ww="""
C | Held aircraft kept power and air conditioning because the ramp crews refuelled their APUs.
C | Officers processed the whole backlog in about four hours once the system came back.
V | Mọi người đã rất kiên nhẫn.
"""))

# 3. Royal Bank of Canada, 31 May - 7 June 2004: a routine programming update to one computer system left deposits,
# withdrawals and payments of 31 May and 1 June missing from balances; the defect was fixed on 2 June but verifying
# the backlog took until the weekend; payroll deposits for public employees (Ontario, Newfoundland, Nova Scotia
# teachers) were late; fees reversed, branches opened on Saturday, apology ads. Source: IT World Canada.
S.append(dict(url="https://itworldcanada.com/article/update-rbc-fixes-processing-glitch/16238",
people=["Corvinia Stelmark", "Radomirel Ionescault", "Merriweth Oplanka", "Thadric Bunsewell"],
blame="""
B failure-verb | Thadric pushed the batch program change on Monday night without running it against a full copy of the month-end file.
B passive-agent | Actualizarea a fost aprobată de Radomirel fără ca cineva din echipa de testare să o fi văzut măcar.
B counterfactual | If Merriweth had stopped the downstream jobs after the first failed reconciliation, the backlog would have been one day, not five.
B group-blame | Union newsletter: the bank's programmers gambled with the pay of thousands of teachers and left them to explain bounced rent cheques.
B sarcasm | "routine programming update", sure, routinely make a sixth of the country's bank accounts wrong for a week
B role-blame | Responsabilul de schimbări din tura de noapte a semnat fără să citească planul de revenire.
B human-error | Cauza principală, conform notei interne: o greșeală umană a unui programator la modificarea programului de procesare.
B self-blame | That one's on me: I signed off the change window and I didn't ask what the rollback was.
O actor-neutral | Corvinia flagged at 06:10 on 1 June that the overnight posting totals were far below the usual Monday volume.
O agentless-passive | Service fees and overdraft interest caused by the delay were reversed, and branches were opened on Saturday to handle questions.
O system-failure | The update left the posting job unable to apply the 31 May and 1 June transactions, so balances lagged while cash kept moving.
O system-should | The posting job should have halted and raised an alarm when its totals did not reconcile, rather than finishing as if all were well.
O policy-subject | Procedura de schimbare pe care a urmat-o Thadric nu cerea un test pe volum real pentru modificări considerate de rutină.
O neutral-fact | About 62,000 Ontario public servants were among those whose pay did not show up on time.
O credit | Mulțumiri lui Merriweth, care a scris scriptul de reconciliere ce a prins tranzacțiile lipsă din 1 iunie.
O meta-blameless | This review is blameless: it asks how a routine change could reach production untested, not who typed it.
""",
actions="""
Y Y N PREVENTS | Core banking change management | 2004-09-30 | Run every change to the posting programs against a full copy of a month-end production file before release, with the reconciliation report attached to the change ticket.
N N N PARTIAL | we | | Treat 'routine' changes with more respect.
Y Y Y DETECTS | Corvinia Stelmark | | Stop all downstream jobs automatically when overnight posting totals differ from the sum of source files by more than 0.1%.
N Y Y PARTIAL | Radomirel | | Să comunice mai bine cu clienții.
N N N PREVENTS | Technology leadership | 2004-09-30 | Strengthen our processing platform.
Y Y N PARTIAL | | 2004-08-31 | Keep a one-step rollback for every posting program release and prove in a drill that it restores the prior version in under 30 minutes.
N Y N DETECTS | Operations | | Pay closer attention to volume anomalies.
Y Y Y PARTIAL | Thadric Bunsewell | 2004-10-15 | Give large payroll clients a same-day file confirming each deposit batch posted, sent by 07:00 on pay days.
N N Y PARTIAL | Merriweth | | Îmbunătățirea procesului de reconciliere.
Y Y N PARTIAL | everyone | 2004-07-15 | Refund every fee and overdraft charge linked to the delay, including those charged by other banks, and close 100% of claims by 15 July.
N N N DETECTS | | | Watch for problems after every release.
""",
ww="""
C | Balances were updated to include all transactions through 4 June by the opening on Monday 7 June.
V | Echipa a muncit din greu toată săptămâna.
V | Our clients showed incredible patience.
"""))

# 4. FAA flight-plan processing, 26 August 2008: at about 1:25 p.m. ET the NADIN flight-plan system at the Hampton,
# Georgia facility failed (a communication link problem); all flight plans went through the Salt Lake City facility,
# which was overloaded; at one point no new flight plans were accepted; delays of 90-105 minutes at Atlanta, holds for
# Boston, Newark, Chicago; about 650 flights delayed; normal next morning. Source: AVweb.
S.append(dict(url="https://www.avweb.com/avwebflash/news/FAAFlightPlanSystem_MassDelays_198666-1.html",
people=["Gustivar Pellamonde", "Sukmawanti Rejobraja", "Holleck Dravenant", "Imbrey Castlequoin"],
blame="""
B failure-verb | Holleck loaded the new routing table at Hampton in the middle of the afternoon push and then went to lunch.
B passive-agent | Konfigurasi jalur komunikasi itu diubah oleh Gustivar tanpa izin dari tim jaringan, dan tidak ada yang tahu sampai semuanya macet.
B counterfactual | If Imbrey had switched the east to Salt Lake in stages instead of all at once, Salt Lake would never have choked.
B group-blame | Pilot forum: the FAA's tech people have been nursing that 1980s box for twenty years and still act surprised when it falls over.
B sarcasm | two computers for the whole country's flight plans and one of them decided to take a nap, world-class engineering right there
B role-blame | Supervisor teknis shift siang di Hampton membiarkan antrean rencana penerbangan menumpuk hampir satu jam sebelum menelepon siapa pun.
B competence | Whoever designed a failover that can't carry half the country's traffic doesn't understand capacity planning at all.
B repeat-offender | Same Hampton site, same crew chief as the June 2007 mess, and Gustivar still hasn't written the runbook he promised after it.
O actor-neutral | Sukmawanti logged at 13:31 that flight plans filed from our Atlanta dispatch were timing out and called the command centre.
O agentless-passive | Flight-plan processing for the eastern half of the country was shifted to the Salt Lake City facility.
O system-failure | The communication link between the Hampton flight-plan computer and the network failed, and the single remaining facility could not keep up with the full load.
O system-should | The Salt Lake City processor should have had the capacity to take the whole country's flight plans, since it is the only backup.
O policy-subject | Prosedur yang diikuti Holleck mengharuskan semua rencana diajukan ulang bila tidak ada konfirmasi, sehingga antrean makin panjang.
O neutral-fact | About 650 flights were delayed as a direct result, with departures at Atlanta held roughly 90 minutes.
O credit | Terima kasih kepada Imbrey yang menyusun daftar prioritas penerbangan internasional supaya yang jarak jauh bisa berangkat dulu.
O quoted-question | Gustivar asked the command centre at 14:05: "Do we refile everything that went out before 13:25, or only what never got an acknowledgement?"
""",
actions="""
Y Y N PREVENTS | Flight data systems | 2009-06-30 | Size each of the two flight-plan processors to carry 120% of the national peak-hour load alone, demonstrated in a full failover test.
N N N PARTIAL | we | | Modernize the flight plan infrastructure.
Y Y Y DETECTS | Sukmawanti Rejobraja | | Alarm the command centre within 60 seconds when flight-plan acknowledgements from either facility stop for more than 30 seconds.
N Y Y PARTIAL | Holleck | | Koordinasi lebih baik dengan maskapai.
Y Y N PARTIAL | | 2008-12-31 | Publish a refiling instruction to airline dispatch within 10 minutes of any processor failover, through the command-centre advisory system.
N N N PREVENTS | Agency leadership | 2009-06-30 | Invest in next-generation air traffic systems.
Y Y Y PREVENTS | Gustivar Pellamonde | 2008-11-30 | Require a second engineer's sign-off and a maintenance window between 01:00 and 05:00 local for any routing change on the flight-plan network.
N Y N DETECTS | Network operations | | Memantau jaringan dengan lebih cermat.
N N Y PARTIAL | Imbrey | | Improve the failover procedure.
Y Y N PARTIAL | everyone | 2009-03-31 | Transfer traffic to the surviving processor region by region, no more than 25% of flights every 15 minutes, and practise it twice a year.
N N N PARTIAL | Airline operations | | Plan better for system delays.
""",
ww="""
C | Radar and radio contact with aircraft were unaffected throughout, so no flight already airborne was at risk.
C | By the next morning traffic was back to normal apart from some delays at Atlanta and Chicago.
V | Semua pihak bekerja sama dengan baik.
"""))

# 5. TJX Companies, disclosed January 2007 (filing of 28 March 2007): intruders first got into TJX systems in July
# 2005 and again from mid-May 2006 to mid-January 2007; at least 45.7 million card numbers, plus driver's licence and
# other IDs of about 455,000 customers who returned goods without receipts; TJX had deleted much transaction data in
# the normal course, so the total could not be known; the intruders had access to the decryption tool; fraudulent use
# reported as far away as Sweden and Hong Kong. Source: NBC News / AP.
S.append(dict(url="https://www.nbcnews.com/id/wbna17853440",
people=["Elvastine Moorgrave", "Yonatanel Breskvar", "Fridolyn Achterhaus", "Obadine Quarrelsby"],
blame="""
B failure-verb | Fridolyn left the store wireless on the old encryption for more than a year after the upgrade was approved in 2005.
B passive-agent | הנתונים של לקוחות ההחזרות נשמרו שנים בלי שום צורך, לפי הוראה של אובדין עצמו.
B counterfactual | Om Elvastine hade läst larmloggarna från butiksnätet hösten 2006 hade intrånget stoppats ett halvår tidigare.
B group-blame | Bank fraud desk chat: TJX's security team basically left the vault door open and went on vacation for eighteen months.
B sarcasm | 45 million cards and they "may never know" how many more, really reassuring stuff from the world's biggest discount retailer
B role-blame | מנהל אבטחת המידע של הרשת חתם על דוחות תאימות בלי לבדוק אף חנות אחת.
B sanction | Yonatanel should be walked out of the building for signing off that network as compliant.
B nobody-blame | Nobody in the whole security org bothered to ask why a store network could reach the central card servers.
O actor-neutral | Yonatanel opened the investigation in December 2006 after suspicious software was found on the payment servers.
O agentless-passive | Customers who had returned goods without a receipt were notified by letter that their licence numbers had been taken.
O system-failure | Kortdata från butikerna passerade ett centralt system där inkräktarna också kunde komma åt dekrypteringsverktyget.
O system-should | The card processing servers should have refused any connection originating from a store wireless segment.
O policy-subject | The retention policy Obadine followed kept return records with licence numbers indefinitely, which is why so many were exposed.
O neutral-fact | The first intrusion dated to July 2005, and card data from transactions going back to January 2003 was involved.
O credit | תודה לאלבסטין שבנתה בתוך יומיים את רשימת טווחי הכרטיסים ששלחנו לבנקים.
O error-term | "Masked" in the filing means the magnetic-stripe security data was stored as asterisks, not that the card numbers were hidden.
""",
actions="""
Y Y N PREVENTS | Store network engineering | 2007-06-30 | Move every store wireless network to WPA2 and block all traffic from store wireless segments to the card servers, verified by a scan of all 2,500 stores.
N N N PARTIAL | we | | Treat card data like it's cash.
Y Y Y PREVENTS | Obadine Quarrelsby | | Stop storing driver's licence numbers from receiptless returns and purge all existing ones, confirmed by a database query returning zero rows.
N Y Y DETECTS | Fridolyn | | Titta oftare på loggarna från butikerna.
Y Y N DETECTS | | 2007-09-30 | Alert the security operations centre within 15 minutes of any new executable appearing on the card processing servers.
Y Y N PARTIAL | everyone | 2007-04-30 | Keep card transaction logs for 24 months in write-once storage so the scope of any future breach can be counted.
N N N PREVENTS | Information security | 2007-06-30 | לשפר את אבטחת הרשת.
Y Y Y PARTIAL | Elvastine Moorgrave | 2007-05-15 | Send affected card ranges to Visa and MasterCard within 48 hours of confirming any new compromise.
N Y N PARTIAL | | | Review our breach notification approach.
Y Y N DETECTS | Internal audit | 2007-12-31 | Test PCI controls by sampling 50 stores a quarter, with findings closed within 60 days and reported to the board.
N N Y DETECTS | Yonatanel | | Keep up with what the attackers are doing.
""",
ww="""
C | Security-code data had been stored as asterisks since September 2003, so about three-quarters of the stolen cards were expired or masked.
C | Ett nytt kort skickades till varje berörd kund inom två veckor.
V | Forensics folks were top notch.
"""))

# 6. Sasser worm at the UK Maritime and Coastguard Agency, 3-4 May 2004: the worm hit all 19 coastguard control rooms
# and the headquarters; computerised mapping failed and staff went back to paper charts ("pinkies"); fax and telex
# down; telephones, radio and command and control unaffected; search and rescue continued; BA check-in at Heathrow
# Terminal 4 also hit, 21 flights delayed. Source: BBC News.
S.append(dict(url="http://news.bbc.co.uk/2/hi/technology/3682803.stm",
people=["Ravelin Gorstwick", "Hadasya Melcombe", "Tennick Oberwaith", "Lisanne Cawdrey-Voss"],
blame="""
B failure-verb | Tennick parked the LSASS patch for a fortnight because he wanted to "bundle it" with the next maintenance window.
B passive-agent | The exemption that kept the control-room PCs off automatic patching was signed by Lisanne and never reviewed.
B counterfactual | Had Ravelin taken the ops-room machines off the corporate network on Saturday like the bulletin said, the maps would have stayed up.
B group-blame | Station watch log, annotated: HQ IT treats our control rooms as an afterthought and this week it showed.
B sarcasm | nice to know a worm written by a teenager can send the whole coastguard back to pencils and paper charts
B role-blame | מנהל ה-IT הראשי ידע על העדכון מיום שישי ופשוט לא עשה כלום.
B rhetorical-question | Who decides that the PCs running search-and-rescue mapping don't get patched — was Hadasya asleep at that meeting?
B human-error | מסקנת התחקיר הפנימי: טעות אנוש של טכנאי שחיבר מחשב נייד לא מעודכן לרשת המבצעית.
O actor-neutral | Hadasya switched the Swansea watch to paper charts at 09:40 when the mapping screens began rebooting every few minutes.
O agentless-passive | Fax and telex were put out of action, while telephones and radios kept working.
O system-failure | The worm exploited a Windows flaw and made infected machines crash and restart repeatedly, which took the mapping system down in every control room.
O system-should | Operational control-room PCs should sit on a network segment that an internet worm cannot reach at all.
O policy-subject | The patching policy Tennick applied treated operational PCs as "critical, change-frozen", so they were excluded from the automatic roll-out.
O neutral-fact | All 19 coastguard control rooms and the headquarters were affected, but command and control and lifesaving equipment were not.
O credit | תודה לרבלין שהוציא את המפות הנייר מהמחסן ודאג שבכל משמרת יהיה מישהו שזוכר איך עובדים איתן.
O quoted-question | Lisanne asked on the call: "Is the worm on the operational network, or are we only seeing the office side?"
""",
actions="""
Y Y N PREVENTS | IT security | 2004-07-31 | Apply critical Windows security patches to control-room PCs within 72 hours of release, with a weekly compliance report per station.
N N N PARTIAL | we | | Get ahead of the next worm.
Y Y Y PREVENTS | Tennick Oberwaith | | Separate the operational mapping network from the corporate network with a firewall that blocks ports 135 to 139 and 445 in both directions.
N Y Y DETECTS | Ravelin | | Keep a closer watch on security bulletins.
Y Y N PARTIAL | | 2004-06-30 | Keep a full set of current paper charts at each of the 19 stations and run a one-hour paper-only watch exercise every quarter.
N N N PARTIAL | Coastguard operations | 2004-07-31 | לשפר את ההמשכיות העסקית.
Y Y Y DETECTS | Hadasya Melcombe | 2004-08-31 | Alert the IT duty officer when more than 5 PCs at one station reboot within 10 minutes.
N Y N PREVENTS | Procurement | | Look again at the patching contract.
Y Y N PARTIAL | everyone | 2004-07-15 | Keep a standby fax line on a separate analogue circuit at every station, tested on the first Monday of each month.
N N Y PARTIAL | Lisanne | | Review the exemptions list.
Y Y N DETECTS | Network operations | 2004-10-31 | Monitor outbound traffic on TCP port 445 from every station and open a ticket automatically above 100 connection attempts a minute.
""",
ww="""
C | Staff switched to the paper charts within minutes, so search and rescue was never interrupted.
V | הצוותים גילו גמישות מרשימה.
V | Great teamwork across the stations.
"""))

# 7. All Nippon Airways, 27 May 2007: data between the domestic reservation host and six intermediate connection
# machines slowed to several times below normal, causing a backlog that blocked reservations, ticketing and check-in;
# 130 flights cancelled and 306 delayed by more than an hour, about 69,300 passengers; three of the six intermediate
# machines had been replaced in the previous two weeks; the cause was still unknown days later; the previous
# comparable failure was on 21 March 2003. Source: InfoWorld (IDG News).
S.append(dict(url="http://www.infoworld.com/article/2662290/operating-systems/ana-still-in-the-dark-on-reservation-systems-failure.html",
people=["Kazuhemi Toranaga-Pell", "Ostrander Vilquist", "Maelvinne Sunnohaki", "Bexworth Ilanderro"],
blame="""
B failure-verb | 鳥長さん（Kazuhemi）は中継機の入れ替えを繁忙期前の週末にねじ込み、負荷試験を省いた。
B passive-agent | The switch back to the old intermediate machines was delayed by Ostrander, who insisted on "one more hour of observation" while Haneda queues grew.
B counterfactual | もしBexworthが土曜夜の遅延を報告していれば、日曜朝の大混乱は防げたはずだ。
B group-blame | 2ch thread: ANAのシステム部門の連中は2003年から何も学んでいない、同じことを繰り返しているだけ。
B sarcasm | 130便欠航で「原因不明」とは、さすが日本一の航空会社のIT部門ですね
B role-blame | The shift lead at the host centre saw the queue growing on Saturday night, shrugged, and went home.
B competence | Anyone competent would have load-tested the new connection machines at holiday traffic before putting three of them live.
B hindsight | Maelvinne should have seen from Saturday evening's slowdowns that the new boxes were not ready for a Sunday morning peak.
O actor-neutral | Maelvinne opened the incident at 05:55 when the first Haneda check-in counters reported terminals freezing mid-transaction.
O agentless-passive | 羽田発の国内線は約4時間にわたって欠航となり、午後6時から運航が再開された。
O system-failure | Traffic between the reservation host and the intermediate machines slowed to a fraction of normal, and the backlog eventually clogged the whole system.
O system-should | The connection layer should have shed load or failed over to the old machines on its own instead of letting the backlog build for hours.
O policy-subject | Ostranderが従った変更手順では、中継機の交換は「ハードウェア保守」扱いで、業務影響の事前評価が不要だった。
O neutral-fact | About 69,300 passengers were affected, and by the next morning one flight was cancelled and nine were delayed.
O credit | Bexworthさん、手書きの搭乗券で地方空港の最終便を何とか飛ばしてくれて本当に助かりました。
O org-subject | ANA said it could not yet promise the failure would not recur, because the point where the trouble began had not been found.
""",
actions="""
Y Y N PREVENTS | Reservation systems | 2007-08-31 | Load-test any replacement intermediate machine at 150% of the peak holiday transaction rate for 4 hours before it carries live traffic.
N N N PARTIAL | we | | 二度と同じことが起きないよう努める。
Y Y Y DETECTS | Maelvinne Sunnohaki | | Alert the host centre when host-to-intermediate throughput falls below 50% of the same hour last week for 5 minutes.
N Y Y PARTIAL | Ostrander | | Decide faster in an incident.
Y Y N PARTIAL | | 2007-09-30 | Keep the previous intermediate machines powered and cabled for 30 days after any replacement, with a documented 20-minute switch-back.
N N N PREVENTS | 情報システム部 | 2007-08-31 | システムの信頼性を向上させる。
Y Y Y PARTIAL | Kazuhemi Toranaga-Pell | 2007-10-31 | 全国の空港に手書き搭乗券と乗客名簿の予備キットを配備し、年2回の訓練で1便あたり15分以内に搭乗手続きを終えられることを確認する。
N Y N DETECTS | | | Report slowdowns earlier.
Y Y N DETECTS | everyone | 2007-08-15 | Log every host-side queue length once a minute and keep 90 days of history for post-incident analysis.
N N Y PARTIAL | Bexworth | | ベンダーとの連携を強化する。
Y Y N PREVENTS | Vendor management | 2007-12-31 | Obtain a written root-cause report from the vendor within 30 days of any outage over one hour, reviewed at the IT steering committee.
""",
ww="""
C | 午後になってデータの流れが回復し、午後6時から羽田の便が再開できた。
C | Regional airlines that share the system were warned by phone within the first hour.
V | 現場のみんな、本当にお疲れさまでした。
"""))

# 8. Ajka alumina plant, Hungary, 4 October 2010: the western/north-western corner of red-mud reservoir no. 10 of the
# MAL alumina plant broke; the highly alkaline red mud flooded Kolontar, Devecser and Somlovasarhely; 10 dead and
# many injured, homes of 150 people destroyed; the Torna and Marcal valleys were polluted and the spill reached the
# Danube; MAL was later fined for the environmental damage. Source: Environmental Justice Atlas.
S.append(dict(url="https://ejatlas.org/conflict/redmud-disaster-kolontar-devecser-hungary",
people=["Szilvorka Benedane", "Lajostin Pereczky-Marr", "Ebbeline Garrowfield", "Tormund Hajnalvary"],
blame="""
B failure-verb | Lajostin a nyári esőzések után sem engedte le a tározó szintjét, mert nem akart kiesést a termelésben.
B passive-agent | A gát nyugati sarkán látott repedést Tormund egyszerűen kihúzta a heti ellenőrzési jegyzőkönyvből.
B counterfactual | If Ebbeline had ordered the level brought down in September, the wall would not have been holding back a full reservoir on 4 October.
B group-blame | Devecseri lakossági fórum: a gyár vezetői évtizedekig úgy kezelték a vörösiszapot, mintha nem is létezne.
B sarcasm | "nothing untoward at the last inspection", sure, apart from the bit where the wall was about to walk off into Kolontár
B role-blame | A tározóért felelős gátőr hetek óta látta a szivárgást, és senkinek nem szólt.
B human-error | The Prime Minister's first statement put the cause down to presumably human error at the plant.
B character | Szilvorka always did the minimum on dam inspections, just enough to get a signature on the form.
O actor-neutral | Ebbeline raised the alarm from the plant control room at 12:28 after the level sensor on reservoir 10 dropped sharply.
O agentless-passive | Residents of Kolontár were evacuated, and the lower parts of the village were later walled off by a protective dam.
O system-failure | A tározó nyugati fala átszakadt, és a lúgos vörösiszap hullámként öntötte el a Torna völgyét.
O system-should | The reservoir should have had continuous wall-movement sensors with an alarm, not only visual checks on a weekly round.
O policy-subject | Az engedély, amely alapján Tormund dolgozott, a vörösiszapot nem veszélyes hulladékként sorolta be, így szigorúbb ellenőrzés nem volt kötelező.
O neutral-fact | Ten people died, and the homes of about 150 people were destroyed in Kolontár and Devecser.
O credit | Köszönet Lajostinnak, aki a tűzoltókkal együtt éjjel is gipsszel semlegesítette az iszapot a Marcal torkolatánál.
O meta-blameless | Ez az összefoglaló nem bűnösöket keres; a bírósági eljárás külön zajlik, itt a rendszer hibáit nézzük.
""",
actions="""
Y Y N DETECTS | Dam safety | 2011-03-31 | Fit every red-mud reservoir wall with displacement sensors read every 10 minutes, alarming the control room above 5 mm of movement.
N N N PARTIAL | we | | Biztonságosabbá tenni a tározókat.
Y Y Y PREVENTS | Ebbeline Garrowfield | | Keep reservoir 10 at least 2 metres below crest level, checked daily and recorded in the shift log.
N Y Y DETECTS | Tormund | | Alaposabban ellenőrizni a gátakat.
Y Y N PARTIAL | | 2011-04-30 | Install sirens in Kolontár and Devecser that can be triggered from the plant control room and test them on the first Monday of each month.
N N N PREVENTS | Company management | 2011-03-31 | Move to a safer way of storing red mud.
Y Y N PREVENTS | everyone | 2012-12-31 | Convert all wet red-mud storage to dry stacking, so that no reservoir holds free-standing liquid, confirmed by the environment authority.
N Y N PARTIAL | Kommunikáció | | Jobban tájékoztatni a lakosságot.
N N Y PARTIAL | Szilvorka | | Take dam inspections more seriously.
Y Y Y PARTIAL | Lajostin Pereczky-Marr | 2011-02-28 | Keep 500 tonnes of gypsum and acid-neutralising agents at the plant, counted each month, ready for river dosing.
N N N DETECTS | Environment team | | Keep better watch on the Torna and the Marcal.
""",
ww="""
C | Gypsum was dosed at the Marcal mouth from the second day, with the river pH measured and posted every hour.
V | Az önkéntesek hősiesen helytálltak.
V | Everyone pulled together in the villages.
"""))

# 9. Aurul, Baia Mare, Romania, 30 January 2000: on the night of 30 January the dam of the tailings pond near Bozanta
# Mare burst and about 100,000 cubic metres of cyanide-contaminated water (an estimated 100 tonnes of cyanide) went
# over farmland into the Somes, then the Tisza and the Danube; cyanide over 700 times the permitted level in the Somes;
# drinking supplies of over 2.5 million Hungarians affected; mass fish kills, 80% of aquatic life killed in the Serbian
# section; the Australian partner blamed excessive snowfall. Source: Wikipedia text (cryer.org.uk mirror).
S.append(dict(url="http://cryer.org.uk/2000_Baia_Mare_cyanide_spill",
people=["Vasilica Drummerand", "Ferrendt Olahgrove", "Petrunia Voskamber", "Caddoc Lindquarrie"],
blame="""
B failure-verb | Ferrendt a continuat să pompeze în iaz toată luna ianuarie, deși nivelul era deja la câțiva centimetri de coronament.
B passive-agent | Deversorul de avarie fusese blocat cu saci de nisip de Caddoc, ca să nu se piardă apă din circuit.
B counterfactual | Ha Petrunia időben leállítja a zagy szivattyúzását, a Tiszába egy gramm cián sem jutott volna.
B group-blame | Szolnoki halászok fóruma: a bányacég vezetői a havazásra kenik, de ők döntöttek úgy, hogy nincs vésztározó.
B sarcasm | excessive snowfall, in Maramureș, in January, who could possibly have predicted that
B role-blame | Dispecerul de noapte a văzut apa trecând peste dig și a așteptat dimineața ca să sune la șef.
B competence | Whoever designed a closed cyanide circuit with no spare storage for a Carpathian winter had no business designing dams.
B rhetorical-question | Miért nem szólt senki a magyar hatóságoknak már aznap éjjel — Vasilica azt hitte, a folyó megáll a határon?
O actor-neutral | Vasilica a oprit pompele la 22:50 și a anunțat inspectoratul de mediu după ce a văzut breșa în digul iazului.
O agentless-passive | The breach was closed with a makeshift plug the following morning, and downstream villages were given alternative water.
O system-failure | A zagytározó gátja átszakadt, és mintegy százezer köbméter ciántartalmú víz folyt a Szamosba.
O system-should | The tailings pond should have had an emergency overflow basin sized for the snowmelt of a wet winter.
O policy-subject | Autorizația după care lucra Ferrendt nu cerea un bazin de avarie, pentru că circuitul era declarat „închis”.
O neutral-fact | Cyanide concentrations in the Someș reached more than 700 times the permitted level.
O credit | Thanks to Caddoc, who drove the water samples to the lab at Satu Mare overnight so the warning to Hungary could go out with real numbers.
O quoted-question | Petrunia întreba la telefon: „Putem devia apa înapoi în iazul vechi, sau și acela e plin?”
""",
actions="""
Y Y N PREVENTS | Tailings engineering | 2000-10-31 | Build an emergency basin holding at least 150,000 cubic metres below the tailings pond and keep it empty, checked weekly.
N N N PARTIAL | we | | Să protejăm mai bine râurile.
Y Y Y DETECTS | Vasilica Drummerand | | Mount level sensors on the pond crest that alarm the control room when freeboard falls below 1 metre.
N Y Y PARTIAL | Ferrendt | | Take the weather forecast into account.
Y Y N PARTIAL | | 2000-04-30 | Send a cross-border pollution alert to the Hungarian water authority within 2 hours of any release, through the Danube warning system.
N N N PREVENTS | Company board | 2000-10-31 | Rethink the whole tailings process.
Y Y Y PREVENTS | Caddoc Lindquarrie | 2000-06-30 | Treat all water leaving the circuit to below 0.1 mg/l free cyanide before discharge, with each batch tested and logged.
N Y N DETECTS | Laboratorul | | Să monitorizeze mai des apa din Someș.
N N Y PARTIAL | Petrunia | | Jobb kapcsolatot a magyar hatóságokkal.
Y Y N DETECTS | everyone | 2000-09-30 | Sample the Lăpuș and Someș at three fixed points every 6 hours and publish the cyanide readings the same day.
N N N PARTIAL | | | Să învățăm ceva din povestea asta.
""",
ww="""
C | The international Danube warning system passed the alert downstream to Hungary and Yugoslavia.
C | Satele de lângă iaz au primit apă potabilă din cisterne din prima zi.
V | Mindenki becsülettel dolgozott.
"""))

# 10. Lapindo Brantas, Sidoarjo, East Java, from 29 May 2006: mud erupted about 150 m from the Banjar Panji-1 gas
# exploration well; two years later it had submerged six villages and displaced 12,000 families, flowing at over
# 100,000 cubic metres a day; British and US geologists said drilling triggered it (a kick undetected for 90 minutes
# the day before); the company said an earthquake caused it; the government shared clean-up costs. Source:
# korbanlumpur.id reprint of a Financial Times report.
S.append(dict(url="https://korbanlumpur.id/2008/08/lapindo-blamed-for-mudflow-in-east-java/",
people=["Wiraspati Kuncorowening", "Hollarby Beaudraine", "Endang Sumarhadjoyo", "Tovrekk Ashenmeer"],
blame="""
B failure-verb | Tovrekk memerintahkan pengeboran dilanjutkan tanpa casing di bagian bawah sumur, padahal itu sudah dibahas di rapat sebelumnya.
B passive-agent | The kick that came in the day before was missed by Hollarby's crew for about ninety minutes.
B counterfactual | Kalau Wiraspati mau mendengar ahli lumpur dan menutup sumur lebih awal, desa saya tidak akan tenggelam.
B group-blame | Warga Porong di forum: para bos perusahaan itu main aman di Jakarta, sementara kami yang menanggung lumpurnya.
B sarcasm | "natural disaster", the mud volcano just happened to pick a spot 150 metres from their rig, what are the odds
B role-blame | The company man on the rig signed the casing change without asking the geologist a single question.
B sanction | Endang harus dipecat dan diadili; dia yang menandatangani rencana pengeboran yang cacat itu.
B self-blame | Saya yang salah membaca data tekanan malam itu, dan saya akan hidup dengan itu.
O actor-neutral | Endang reported gas and water bubbling in a rice field near the well at 05:00 on 29 May and called the rig supervisor.
O agentless-passive | Tanggul tanah dibangun dan terus ditinggikan untuk menahan lumpur agar tidak masuk ke jalan tol dan rel kereta.
O system-failure | The open, uncased section of the well could not hold the pressure, and fluid found a path to the surface away from the wellhead.
O system-should | The well design should have required casing down to the carbonate layer before drilling any deeper.
O policy-subject | Izin pengeboran yang dipegang Hollarby tidak mensyaratkan studi risiko untuk sumur di dekat permukiman padat.
O neutral-fact | Two years on, the mud had submerged six villages and displaced some 12,000 families.
O credit | Terima kasih kepada Tovrekk yang mengatur pompa dan truk air untuk pengungsi di pasar baru Porong.
O error-term | "Kick" here means an influx of water and gas into the well bore, not an explosion or a blow-out at the rig.
""",
actions="""
Y Y N PREVENTS | Drilling engineering | 2006-09-30 | Require steel casing to within 100 metres of the target formation on every well within 5 km of housing, checked by an independent engineer before spud.
N N N PARTIAL | we | | Bertanggung jawab kepada masyarakat.
Y Y Y DETECTS | Hollarby Beaudraine | | Alarm the driller's console within 60 seconds of any pit volume gain over 1 cubic metre, with a weekly kick drill logged for every crew.
N Y Y PARTIAL | Wiraspati | | Lebih mendengar masukan dari ahli geologi.
Y Y N PARTIAL | | 2006-12-31 | Pay the agreed compensation instalment to each registered displaced family by 31 December, with a published list of payments.
N N N PREVENTS | Management | 2006-09-30 | Improve our safety culture.
Y Y Y PARTIAL | Endang Sumarhadjoyo | 2006-10-31 | Raise the containment levees to at least 1 metre above the mud surface along the whole toll road side, measured weekly.
N Y N DETECTS | Tim lingkungan | | Memantau kualitas udara di sekitar semburan.
Y Y N DETECTS | everyone | 2006-09-15 | Measure hydrogen sulphide at 10 points around the vent every 4 hours and evacuate any street above 10 ppm.
N N Y PREVENTS | Tovrekk | | Tighten drilling procedures.
Y Y N PARTIAL | Government liaison | 2007-03-31 | Agree in writing with the government the map of affected areas and who pays for each zone, signed by both sides.
""",
ww="""
C | Tanggul darurat selesai dalam dua minggu pertama dan menahan lumpur dari jalan raya Porong.
V | The relief volunteers were amazing.
V | Warga saling membantu.
"""))

# 11. Kansai Electric Power, Mihama unit 3, Fukui, 9 August 2004: a 56 cm carbon-steel condensate pipe in the turbine
# building burst and scalding steam killed four subcontractor workers and injured seven (no radiation released); the
# wall had thinned from 10 mm to 1.4 mm; the section had never had an ultrasound thickness check since the unit
# started in 1976 because it had been left off the inspection list by mistake; a subcontractor had pointed out the
# omission months earlier; an ultrasound check had been scheduled for 14 August. Source: The Japan Times (Kyodo).
S.append(dict(url="https://www.japantimes.co.jp/news/2004/08/11/national/kepco-failed-to-inspect-aging-reactor-pipe-despite-warning/",
people=["Hanzaburo Kittelwane", "Ysmeralde Marrickfield", "Genjiro Blasthorne", "Carradine Oshimaru"],
blame="""
B failure-verb | 検査計画担当のGenjiroは、下請けから指摘を受けた配管を点検リストに戻さないまま半年以上放置した。
B passive-agent | The warning from the inspection subcontractor was filed away by Ysmeralde with a note saying "next outage".
B counterfactual | Hanzaburoが昨年11月の時点で超音波検査を前倒ししていれば、4人は今も生きていた。
B group-blame | Union newsletter: Kansai's maintenance managers decided, year after year, that a pipe nobody had measured since 1976 could wait.
B sarcasm | 28年間一度も測っていない配管を「次の定検で」か。大した安全文化だ
B role-blame | The plant's quality-control chief signed every inspection plan for a decade without ever asking what had been left out.
B repeat-offender | Third missed inspection item from the same group in five years; Carradine's department just can't be trusted with a checklist.
B competence | 配管の減肉を理解している技術者なら、オリフィス下流の炭素鋼管を最優先で測ったはずだ。
O actor-neutral | Carradine called the fire brigade at 15:28 after the turbine building fire alarm went off and workers came out with burns.
O agentless-passive | 3号機は自動停止し、タービン建屋の作業員は全員退避させられた。
O system-failure | The carbon-steel pipe downstream of the flow orifice had been worn from 10 mm to about 1.4 mm by the swirling water and finally tore open.
O system-should | The inspection database should have flagged any pipe section with no thickness reading since commissioning.
O policy-subject | Ysoldeが使っていた点検管理表は、初回登録時に漏れた部位を後から見つける仕組みを持っていなかった。
O neutral-fact | Operators are required to replace such pipes before the wall thins to 4.7 mm; this section had never been checked with ultrasound.
O credit | Thanks to Genjiro, who had the contractor's crew moved out of the neighbouring room within minutes, which kept the injury count from rising.
O quoted-question | Hanzaburo asked at the evening briefing: "Are there other sections on unit 1 and 2 that were never entered in the list at all?"
""",
actions="""
Y Y N PREVENTS | Maintenance engineering | 2004-12-31 | Measure wall thickness by ultrasound at every secondary-system pipe location on the erosion list at all units, and replace any section below 4.7 mm before restart.
N N N PARTIAL | we | | 安全最優先を徹底する。
Y Y Y DETECTS | Ysmeralde Marrickfield | | Flag in the inspection database every pipe section with no thickness reading in the last 10 years and report the count to the plant manager monthly.
N Y Y PARTIAL | Genjiro | | 下請けとのコミュニケーションを改善する。
Y Y N PARTIAL | | 2004-11-30 | Keep contractor crews out of turbine-building rooms containing high-energy lines while the unit is at power, enforced by badge access logs.
N N N PREVENTS | 経営陣 | 2004-12-31 | Rebuild public trust in nuclear safety.
Y Y Y DETECTS | Carradine Oshimaru | 2005-01-31 | Log every subcontractor notice of an inspection gap in a register with a 30-day response deadline, reviewed at the weekly safety meeting.
N Y N DETECTS | Quality control | | Double-check inspection plans.
N N Y PARTIAL | Hanzaburo | | Be more vigilant about ageing plants.
Y Y N PREVENTS | everyone | 2005-03-31 | 全ユニットの二次系配管について、点検リストと配管図を照合し、未登録部位がゼロであることを第三者が確認する。
N N N PARTIAL | | | Strengthen safety education.
""",
ww="""
C | The reactor tripped automatically and no radioactive material was released.
V | 関係者全員が誠実に対応した。
V | Strong cooperation with the prefecture.
"""))

# 12. Eilat-Ashkelon Pipeline Company, Evrona nature reserve, Israel, 3-4 December 2014: during maintenance work near
# Be'er Ora the pipeline was breached and some 3-5 million litres of crude oil flowed into the Evrona reserve; slicks
# spread over several miles and the main road to Eilat was closed for a time; barriers were built and about 20,000
# tonnes of contaminated soil removed; air quality tested. Source: REMPEC accident map.
S.append(dict(url="https://www.rempec.org/en/our-work/pollution-preparedness-and-response/response/accident-map/2014-evrona-oil-spill",
people=["Tzofiyel Harbenstock", "Amichael Dovrenko", "Nurith Callowmere", "Isidoro Pennythwaite"],
blame="""
B failure-verb | עמיכאל הורה להמשיך בעבודות ליד הצינור בלי לסמן את התוואי בשטח, למרות שהתבקש פעמיים.
B passive-agent | The shut-off of the line was held back by Isidoro for over an hour while he "confirmed the pressure drop".
B counterfactual | אם נורית הייתה סוגרת את המגופים כשהלחץ צנח, חצי מהנפט היה נשאר בצינור.
B group-blame | Letter to the editor: the pipeline company's managers have behaved for decades as if secrecy exempts them from basic care.
B sarcasm | nothing says "top secret strategic asset" like five million litres of crude running down a desert wadi next to the road to Eilat
B role-blame | מנהל העבודה של הקבלן חפר מעל צינור נפט פעיל כאילו מדובר בצינור השקיה.
B rhetorical-question | איך ייתכן שאף אחד בחברה לא ידע שעובדים ליד הצינור באותו בוקר — צופיאל בכלל קרא את היומן?
B human-error | Our contractor's site report puts the breach down to human error by the excavator operator.
O actor-neutral | Nurith saw the pressure fall on the southern section at 22:10 and phoned the control room in Ashkelon.
O agentless-passive | The main road to Eilat was closed for a time while crews built earth barriers across the wadi.
O system-failure | הצינור נפרץ במהלך עבודות התחזוקה, והנפט זרם לשמורת עברונה לפני שהקטע נותק.
O system-should | The line should have had automatic shut-off valves that close on a sudden pressure drop without waiting for an operator.
O policy-subject | The work permit Tzofiyel issued did not require a pipeline company inspector on site during digging.
O neutral-fact | About 20,000 tonnes of oil-soaked soil were removed from the reserve for treatment.
O credit | תודה לאיזידורו שהביא את מכונות העפר מאילת בתוך שעתיים ובנה את סוללת העפר לפני שהנפט הגיע למפרץ.
O meta-blameless | This debrief looks at permits, valves and alarms; individual conduct is for the police inquiry, not for us.
""",
actions="""
Y Y N PREVENTS | Pipeline integrity | 2015-06-30 | Install remotely operated shut-off valves at most every 10 km on the southern section and close them automatically on a 20% pressure drop within 60 seconds.
N N N PARTIAL | we | | לשפר את הבטיחות בעבודות ליד הצינור.
Y Y Y PREVENTS | Tzofiyel Harbenstock | | Issue no excavation permit within 20 metres of the line unless a company inspector is named on the permit and signs in on site.
N Y Y DETECTS | Nurith | | Watch the pressure readings more carefully.
Y Y N DETECTS | | 2015-04-30 | Alarm the Ashkelon control room and the duty engineer by SMS within 30 seconds of any pressure fall above 5% on any section.
N N N PARTIAL | Environment department | 2015-06-30 | Work more closely with the Nature and Parks Authority.
Y Y Y PARTIAL | Isidoro Pennythwaite | 2015-02-28 | Keep 2 excavators and 500 metres of oil boom on standby in Eilat, checked monthly, able to reach Evrona within 2 hours.
N Y N PARTIAL | Communications | | לשקף לציבור את היקף הדליפה בזמן אמת.
Y Y N DETECTS | everyone | 2015-05-31 | Walk or fly over the whole Arava section every week and log any digging or vehicle tracks within 50 metres of the line.
N N Y PREVENTS | Amichael | | Tighten contractor oversight.
N N N PARTIAL | Management | | Make Evrona a turning point for the company.
""",
ww="""
C | An earth dam across the wadi stopped the oil from reaching the Gulf of Eilat.
C | Surface oil was cleared from the reserve within about two weeks.
V | תודה לכל מי שהתגייס.
"""))

# 13. Saltsjobanan, Sweden, 15 January 2013: a four-car commuter train parked at the Neglinge depot started moving
# with only a cleaner on board at about 02:30, ran through two stations, overran the buffer stops at Saltsjobaden and
# crashed into the ground floor of a block of flats; the cleaner was seriously injured, nobody in the house was hurt;
# early media reports said she had stolen the train and the owner (SL) and operator (Arriva) later apologised; her
# union considered a defamation action; the accident investigation authority's final report (5 May 2014) cleared her,
# finding that safety procedures had not been followed and points had not been set to keep the train off the line.
# Source: Wikipedia.
S.append(dict(url="https://en.wikipedia.org/wiki/2013_Saltsj%C3%B6banan_train_crash",
people=["Ingalill Vrettersand", "Mortimar Klevehov", "Saffrienne Duvelquist", "Bolesdan Agerwick"],
blame="""
B failure-verb | Mortimar ställde upp tåget i Neglinge utan att lägga i parkeringsbromsen och gick hem.
B passive-agent | Växeln som skulle ha hållit tåget kvar på depåspåret lämnades i fel läge av Bolesdan vid kvällens sista rangering.
B counterfactual | If Saffrienne had done the end-of-shift check she was rostered for, that train would still have been standing in the depot at 2:30.
B group-blame | Fackets nyhetsbrev: Arrivas depåchefer har i åratal låtit säkerhetsrutinerna vara frivilliga.
B sarcasm | Sure, the 22-year-old cleaner "stole" a commuter train and took it for a joyride at two in the morning, very plausible, well done SL press office
B role-blame | The depot supervisor on the night shift never checked whether the parked sets were secured before locking up.
B sanction | Whoever briefed the press that a cleaner had stolen the train should lose their job over it.
B human-error | SL:s första pressmeddelande angav mänskligt fel hos städpersonalen som trolig orsak.
O actor-neutral | Ingalill called 112 at 02:34 after hearing the crash from her flat across the road.
O agentless-passive | The lead car was lifted out of the building by two cranes about two weeks later.
O system-failure | Tåget kom i rörelse från depån och fortsatte i cirka 80 km/h genom två stationer innan det spårade ur vid ändstationen.
O system-should | The depot track should have had derailers or interlocked points that make it physically impossible for a parked set to reach the main line.
O policy-subject | Instruktionen som städpersonalen följde sa att de skulle gå in i förarhytten för att stänga dörrarna och gå ut den vägen.
O neutral-fact | None of the five people inside the house at the time was hurt; the cleaner was seriously injured.
O credit | Tack till Bolesdan som stängde av strömmen till kontaktledningen inom några minuter så att räddningstjänsten kunde gå in.
O self-report | I was the first to tell the newsroom that "a cleaner stole the train"; that came from one phone call and I did not check it, so I am correcting the record here.
""",
actions="""
Y Y N PREVENTS | Depot operations | 2013-06-30 | Set the Neglinge depot points against the main line whenever trains are stabled overnight, with the setting recorded in the night log and checked by the signaller.
N N N PARTIAL | we | | Ha bättre säkerhetskultur i depåerna.
Y Y Y PREVENTS | Mortimar Klevehov | | Apply the parking brake and isolate traction power on every stabled set, confirmed by a signed checklist photo for each train.
N Y Y PARTIAL | Saffrienne | | Be stricter with the end-of-shift checks.
Y Y N DETECTS | | 2013-09-30 | Alarm the traffic control centre within 10 seconds if any stabled train moves more than 2 metres outside service hours.
Y Y N PARTIAL | everyone | 2013-03-31 | Ingen uppgift om orsak lämnas till media innan haverikommissionen eller polisen bekräftat den skriftligt.
N N N PARTIAL | Kommunikation | 2013-06-30 | Bli bättre på kriskommunikation.
Y Y Y PARTIAL | Ingalill Vrettersand | 2013-05-31 | Give cleaning staff a written instruction that forbids entering the driver's cab, with a laminated copy in every cab door.
N Y N DETECTS | | | Hålla bättre koll på depåerna nattetid.
Y Y N PREVENTS | Infrastructure | 2014-06-30 | Fit a derailer on the depot exit track at Neglinge that stays applied unless the signaller releases it.
N N Y PARTIAL | Bolesdan | | Review how shifts hand over.
""",
ww="""
C | Räddningstjänsten evakuerade huset inom en halvtimme och ingen av de boende skadades.
V | Alla gjorde sitt bästa den natten.
V | Grannarna ställde upp fint.
"""))

# 14. Formosa Ha Tinh Steel, Vietnam, April - June 2016: hundreds of tonnes of dead fish washed ashore in April along
# the coast of Ha Tinh, Quang Binh, Quang Tri and Thua Thien-Hue; an investigation with more than 100 scientists traced
# wastewater with phenol, cyanide and iron hydroxides to the steel complex in the Vung Ang zone, then in test
# operation; the company took responsibility on 28 June, its chairman apologised on video at the 30 June press
# conference, and it committed US$500 million in compensation. Source: Thanh Nien News.
S.append(dict(url="http://www.thanhniennews.com/society/formosa-unit-owns-up-to-fish-kill-disaster-commits-to-500-million-compensation-63688.html",
people=["Nguyet Anh Traverholm", "Desvaunt Quillerack", "Phuonglinh Arkavesh", "Ruvanek Tanglewade"],
blame="""
B failure-verb | Desvaunt cho xả nước thải từ khu luyện cốc ra biển trong lúc hệ thống xử lý còn chưa chạy thử xong.
B passive-agent | The bypass around the wastewater treatment unit was opened on Ruvanek's instruction so the test run would not be delayed.
B counterfactual | Nếu anh Ruvanek chịu dừng chạy thử khi kết quả phenol vượt ngưỡng lần đầu, cá đã không chết dọc 200 cây số bờ biển.
B group-blame | Bài báo: ban lãnh đạo nhà máy coi biển miền Trung như cái cống thải miễn phí.
B sarcasm | "choose fish or steel" — great pitch, really wins hearts in a province that lives off fishing
B role-blame | Trưởng ca vận hành biết bể xử lý đang bảo trì mà vẫn ký phiếu cho xả.
B rhetorical-question | Who thought it was fine to run a steel complex at test load with half the treatment plant offline — did Phuonglinh even read the discharge permit?
B competence | Any environmental engineer worth their salary would have tested the effluent for cyanide before sending it down a pipe into the sea.
O actor-neutral | Phuonglinh forwarded the first photos of dead fish from Kỳ Anh beach to the plant's environment office on the morning of 6 April.
O agentless-passive | Mẫu nước và cá chết được gửi tới các phòng thí nghiệm trong và ngoài nước để phân tích.
O system-failure | Wastewater from the test runs carried phenol, cyanide and iron hydroxides above the permitted limits into the sea through the outfall.
O system-should | The outfall should have had an online monitor that shuts the discharge valve when cyanide or phenol passes the limit.
O policy-subject | Giấy phép mà Desvaunt làm theo chỉ yêu cầu lấy mẫu nước thải mỗi tháng một lần trong giai đoạn chạy thử.
O neutral-fact | Dead fish washed ashore along the coasts of Hà Tĩnh, Quảng Bình, Quảng Trị and Thừa Thiên-Huế.
O credit | Cảm ơn chị Nguyệt Anh đã ghi lại từng ngày số lượng cá chết ở từng bãi, dữ liệu đó giúp các nhà khoa học khoanh vùng nguồn thải.
O org-subject | The company accepted responsibility on 28 June and committed US$500 million for compensation, clean-up and new jobs for fishermen.
""",
actions="""
Y Y N PREVENTS | Environmental engineering | 2016-12-31 | Install continuous phenol and cyanide analysers at the outfall that close the discharge valve automatically above the permit limit, calibrated monthly.
N N N PARTIAL | we | | Tuân thủ nghiêm pháp luật về môi trường.
Y Y Y PREVENTS | Ruvanek Tanglewade | | Remove the bypass pipe around the wastewater treatment unit and weld the tie-in shut, confirmed by a photo and the inspector's signature.
N Y Y DETECTS | Desvaunt | | Theo dõi chất lượng nước thải sát sao hơn.
Y Y N PARTIAL | | 2016-10-31 | Pay each registered fishing household in the four provinces its compensation instalment and publish the list of payments by commune.
N N N PARTIAL | Public relations | 2016-12-31 | Rebuild trust with local communities.
Y Y Y DETECTS | Phuonglinh Arkavesh | 2016-08-31 | Post outfall sampling results online within 24 hours of every sample, with a weekly sample during test operation.
N Y N PREVENTS | Production | | Không chạy thử khi hệ thống xử lý chưa sẵn sàng.
Y Y N DETECTS | everyone | 2016-11-30 | Report any fish kill over 100 kg on a single beach to the provincial environment department within 12 hours.
N N Y PARTIAL | Nguyet Anh | | Phối hợp tốt hơn với ngư dân.
Y Y N PARTIAL | Legal | 2016-07-31 | Sign the written commitment to the government with the US$500 million schedule and the list of remedial works, each with a completion date.
""",
ww="""
C | More than 100 scientists, including foreign experts, traced the source within about two months.
C | Ngư dân được hỗ trợ gạo và tiền mặt trong những tháng không thể ra khơi.
V | Tinh thần đoàn kết rất đáng quý.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

# heldout44 rules data (see ../rules/SOURCES-heldout44.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Estonian ID card ROCA key flaw 2017, UK Police National Computer record deletion 2021,
# Everbright Securities runaway orders 2013, Punjab National Bank SWIFT letters of undertaking 2018, Royal Mail export
# ransomware 2023, DigiNotar CA compromise 2011, RSA SecurID seed theft 2011) and 7 outside software (Cologne city
# archive collapse 2009, Continental Europe grid separation 2021, Elgin wellhead gas leak 2012, Petrobras P-36 sinking
# 2001, Beatson radiotherapy overdose 2006, NECC compounding pharmacy meningitis outbreak 2012, Vega VV17 2020).
# Written as training text for a learned blame classifier: mostly responders' drafts (chat lines with handles and times
# stripped, terse notes, timeline rows, review sticky notes, half sentences), some report prose.
S = []

# 1. Estonian ID card ROCA flaw, 2017: researchers found that the RSA key generation in an Infineon chip library made
# private keys recoverable from public keys; about 750,000 Estonian ID cards issued from October 2014 were affected;
# the authority was told on 30 August 2017, went public on 5 September, suspended the certificates on 3 November and
# moved cards to elliptic-curve keys by remote update; it later emerged that the card maker had generated some keys
# outside the chip.
S.append(dict(url="https://en.wikipedia.org/wiki/ROCA_vulnerability",
people=["Kaarelvi Tonnisaarik", "Heleriin Partelpoegu", "Ottmar Vilbaste-Kruuse", "Siivo Ramjalgus"],
blame="""
B failure-verb | kaarelvi never asked the card vendor which library made the keys, we took the chip on trust for three years
B passive-agent | The fast-prime option in the chip was waved through by Siivo in the 2014 tender without any crypto review.
B counterfactual | if Ottmar had read the scope of the chip certificate properly we'd have known keygen was never evaluated
B group-blame | the vendor's personalisation crew generated keys off-card for some batches, which tells you everything about that lot
B sarcasm | 750k citizens, one keygen library, zero questions asked. stellar work from procurement as usual
B human-error | Root cause (first draft): human error in supplier oversight at the authority.
B rhetorical-question | who decided a three-year-old chip library didn't need a fresh look before the local elections??
B hindsight | Anyone with a crypto background could have told Heleriin that a "fast prime" shortcut was a red flag.
O system-failure | The RSA key generator in the chip library produced primes with a structure that let the private key be recovered from the public one.
O system-should | The certificate issuing system should have tested each new public key for the known fingerprint before signing it.
O actor-neutral | Heleriin got the researchers' mail on 30 August and pulled the response group together the same afternoon.
O neutral-fact | About 750,000 cards issued from October 2014 onward carried the affected chip.
O agentless-passive | Certificates on the affected cards were suspended on 3 November and the remote switch to elliptic-curve keys opened that week.
O policy-subject | The supply contract Siivo negotiated had no clause on where card keys had to be generated.
O credit | props to @ottmar.v for getting the public key checker online so people could test their own card
O meta-blameless | Sticky on the draft: drop "vendor incompetence" from the summary, describe the missing key-quality check instead.
""",
actions="""
Y Y N PREVENTS | ID card programme | 2018-03-31 | Move every issued card to elliptic-curve keys generated on the chip and revoke the remaining RSA certificates.
N N N PARTIAL | we | | Trust suppliers a little less.
Y Y Y DETECTS | Ottmar Vilbaste-Kruuse | 2017-11-30 | Run the published fingerprint test on every public key before a certificate is issued and reject any key that matches.
N Y Y PARTIAL | Siivo | | Look into the chip certification paperwork.
Y Y N PREVENTS | Procurement | 2018-06-30 | Add a contract clause that card keys are generated only on the chip, with the right to audit the personalisation site twice a year.
N N N DETECTS | | | Stay on top of crypto research somehow.
Y N Y PARTIAL | Heleriin | | Publish the card issuing and key generation procedure and have an outside cryptographer review it every year.
N Y N PREVENTS | Legal | 2018-01-31 | Sort things out with the card maker.
Y Y N DETECTS | | 2017-12-15 | Keep the online key checker up and report each Monday how many affected certificates are still valid.
N Y Y DETECTS | Kaarelvi Tonnisaarik | | Keep an eye on vulnerability disclosures for smart cards.
Y Y Y PARTIAL | Siivo Ramjalgus | 2018-02-28 | Write the fallback plan for a mass certificate suspension, with the paper-ID and help-desk steps, and rehearse it once.
""",
ww="""
C | The key checker let citizens test their own card within days of the announcement.
C | The remote update moved cards to new keys without people having to visit an office.
V | Excellent cooperation between agencies.
"""))

# 2. UK Police National Computer, January 2021: a routine weeding job, changed in late 2020, deleted about 400,000
# records (offence, arrest and person records) that should have been kept, because of a coding error; the Home Office
# announced it in January 2021 and restored the data from backups over the following weeks.
S.append(dict(url="https://en.wikipedia.org/wiki/Police_National_Computer",
people=["Brennavy Quillfether", "Desmund Orravale", "Pellinor Statham-Crewe", "Yusrah Venkatagiri"],
blame="""
B failure-verb | desmund shipped the weeding change in november and never ran it against a copy of live data first
B passive-agent | The new deletion rule was approved by Pellinor on a Friday with nobody from the data side in the room.
B counterfactual | if brennavy had just checked the dry-run counts we'd have seen 400k rows going, not 40
B group-blame | The contractor dev team treated a national police database like a test box, frankly.
B competence | a half-decent DBA would have spotted that the retention flag was being read backwards
B sarcasm | love that the "routine housekeeping" job was the most destructive thing anyone did to the PNC all year
B human-error | Cause: human error during a routine weeding process.
B sanction | whoever pushed that job live should be nowhere near production for a long while
O system-failure | The weeding job failed to honour the retention marker, so records due to be kept were deleted with the rest.
O system-should | The release process should have stopped a deletion job whose output was ten times the usual weekly volume.
O actor-neutral | Yusrah noticed the weekly weeding count was far above normal and raised it with the service desk on the Monday.
O neutral-fact | Around 400,000 offence, arrest and person records were removed by the job.
O agentless-passive | The deleted records were restored from backup in stages over the following weeks.
O policy-subject | The change procedure Desmund followed let a data-deletion job go live with only a code review.
O credit | good catch by the records team lead, the Monday count is what started all this
O meta-blameless | reviewer note: "the contractor messed up" tells us nothing; write what let an unusual deletion count pass unchecked
""",
actions="""
Y Y N PREVENTS | PNC service team | 2021-03-31 | Run every change to a deletion job against a masked copy of live data and compare the deletion count with the last four runs before release.
N N N PARTIAL | we | | Treat the PNC with more respect.
Y Y Y DETECTS | Yusrah Venkatagiri | 2021-02-28 | Alert the duty manager when a weeding run deletes more than 150% of its four-week average, and hold the run.
N Y Y PARTIAL | Desmund | | Go over the weeding code again.
Y Y N PARTIAL | Data assurance | | Keep deleted records in a recoverable holding table for 90 days before they are purged.
N N N DETECTS | | | Be more alert to strange numbers.
N Y N PREVENTS | Contractor | 2021-04-30 | Improve the quality of code changes.
Y N Y PREVENTS | Pellinor Statham-Crewe | 2021-05-31 | Require sign-off from a named data owner for any change that deletes records, recorded in the change ticket.
Y Y N DETECTS | | 2021-02-15 | Publish a list of every force whose records were affected, with the count restored per force.
N Y Y DETECTS | Brennavy Quillfether | | Make sure someone looks at the Monday report.
N Y N PARTIAL | everyone | | Double-check data jobs before they run.
""",
ww="""
C | The unusual weekly count was spotted within days, before the backups holding the records aged out.
V | Everyone at the Home Office went the extra mile.
V | People pulled together across departments.
"""))

# 3. Everbright Securities, 16 August 2013: an error in the ETF arbitrage order system of the strategy investment
# department sent about 23.4 billion yuan of buy orders at about 11:05, of which about 7.27 billion filled; the
# Shanghai Composite jumped nearly 6% in minutes; no front-end limit capped total order value; in the afternoon the
# firm hedged by selling futures and ETFs before disclosing the error; the regulator fined it about 523 million yuan.
S.append(dict(url="http://www.bjreview.com/print/txt/2013-08/26/content_563208.htm",
people=["Liang Qiaowenbo", "Zhuo Minghaoyu", "Tanvir Okparaeze", "Wenxia Daolunbei"],
blame="""
B failure-verb | minghaoyu switched the strategy back on without testing the order re-send path, and it fired thousands of orders in a couple of seconds
B passive-agent | the live cap on order value had been switched off by Liang's desk months ago "for speed"
B counterfactual | If the desk head had stopped the hedge at lunch and called the exchange, the regulator would have had nothing on insider trading.
B group-blame | strategy investment dept thought risk controls were for the brokerage side, not for them
B repeat-offender | same desk, same kind of slip: a bond trader fat-fingered a sale on Monday too. this lot never learns
B character | Wenxia cares about the P&L number and nothing else, the afternoon hedge proves it
B human-error | Preliminary: trader error at the strategy desk caused the abnormal orders.
B nobody-blame | nobody on that floor bothered to ask why the index just jumped 6 percent in three minutes
O system-failure | The arbitrage system's order module failed to check total order value, so a faulty loop could place 23.4 billion yuan of buys.
O system-should | The order gateway should have rejected anything above the desk's daily limit no matter which system sent it.
O actor-neutral | Tanvir saw the position report at 11:07, killed the strategy process and phoned the head of trading.
O neutral-fact | About 7.27 billion yuan of the buy orders filled before the process was stopped.
O agentless-passive | The error was disclosed to the exchange in the afternoon, after the futures hedge had been placed.
O policy-subject | The desk rule Wenxia cited required a hedge after any abnormal position, and said nothing about disclosing first.
O quoted-question | Zhuo's first message was "is this our flow?" and nobody could answer it for about four minutes.
O system-counterfactual | Had a pre-trade value check sat in front of the exchange link, the loop would have stopped after the first few orders.
""",
actions="""
Y Y N PREVENTS | Trading technology | 2013-10-31 | Put a hard pre-trade limit on total order value per strategy in the exchange gateway and test that it rejects an order above the limit.
N N N PARTIAL | we | | Strengthen risk culture on the desk.
Y Y Y PREVENTS | Tanvir Okparaeze | 2013-09-30 | Add an automatic kill switch that stops a strategy when it sends more than 500 orders in 10 seconds, and test it every quarter.
N Y Y PARTIAL | Minghaoyu | | Test the arbitrage system properly next time.
Y N N PREVENTS | Compliance | 2013-09-15 | Change the desk rule so that any abnormal position is reported to the exchange and the regulator before any hedge is placed.
N N N DETECTS | | | Someone should be watching what the desk holds.
Y Y N DETECTS | Risk | | Page the chief risk officer when intraday net long exposure passes 1 billion yuan.
N Y N PARTIAL | Strategy investment department | 2013-12-31 | Review our arbitrage models.
Y Y Y PARTIAL | Liang Qiaowenbo | 2013-11-15 | Run the re-send function of the order module against the exchange test system with a recorded day of data before each release.
N Y Y DETECTS | Wenxia | | Be available to the regulator when needed.
N N N PARTIAL | everyone | | Remember that controls apply to proprietary trading too.
""",
ww="""
C | The strategy process was killed within about two minutes of the first position report.
V | Calm heads on the trading floor.
V | Management showed leadership during a tough day.
"""))

# 4. Punjab National Bank, disclosed February 2018: for about seven years, letters of undertaking were sent through
# SWIFT from one Mumbai branch for companies of a jewellery group without collateral and without entries in the core
# banking system, which was not linked to SWIFT; detected in January 2018 after the official involved retired and the
# companies asked new staff for fresh letters; about 1.77 billion dollars; the bank then required three officers per
# SWIFT message and the regulator ordered SWIFT to be linked to core banking.
S.append(dict(url="http://www.thehindu.com/opinion/op-ed/the-nuts-and-bolts-of-a-fraud/article22818138.ece",
people=["Harshvardan Kolhatkarne", "Meenalochani Durvasula", "Ifebunmi Brennagh-Ade", "Sudhanvi Paranjapekar"],
blame="""
B failure-verb | The zonal audit team skipped the SWIFT logs every year because they were "not in the checklist".
B passive-agent | The LoUs were keyed, checked and released by the same deputy manager for years, and nobody at the branch blinked.
B counterfactual | if Meenalochani had rotated the forex desk staff like the circular said, this is caught in 2012
B group-blame | branch management at Brady House was asleep for seven straight years
B sarcasm | seven years of unsecured guarantees and the concurrent auditor found... nothing. truly impressive auditing
B rhetorical-question | how does a branch head not notice guarantees worth crores going out with no margin money?
B competence | a competent credit officer would have asked where the collateral for all this was
B mistake-attribution | Serious lapses were committed by the officials of the Mumbai branch.
O system-failure | The SWIFT terminal was not linked to the core banking system, so letters sent through it left no entry in the bank's books.
O system-should | Core banking should have refused to close the day while SWIFT messages existed without a matching ledger entry.
O actor-neutral | Ifebunmi was asked for fresh letters without collateral in January, refused, and reported it to the branch head.
O neutral-fact | The letters amounted to about 1.77 billion dollars of credit from overseas branches of other banks.
O agentless-passive | Three-officer approval for every SWIFT message was brought in across branches within days.
O policy-subject | The staff rotation circular that Sudhanvi's office issued was applied to cashiers but not to forex desk officials.
O credit | big credit to the new forex officer for refusing the request and writing it up, that's the only reason we know
O meta-blameless | Review sticky: keep the criminal case out of this doc, our job is the controls that let one login do all three steps
""",
actions="""
Y Y N PREVENTS | IT / core banking | 2018-04-30 | Link SWIFT to core banking so every outgoing message needs a matching ledger entry before it can be sent.
N N N PARTIAL | we | | Win back the branches' reputation.
Y Y Y PREVENTS | Harshvardan Kolhatkarne | 2018-03-15 | Give maker, checker and releaser of a SWIFT message three different user IDs and block one user from doing two of the steps.
N Y Y PARTIAL | Meenalochani | | Rotate staff more often.
Y Y N DETECTS | Internal audit | 2018-06-30 | Reconcile each day's SWIFT messages against core banking entries and report any unmatched message to the zonal office by noon the next day.
N N N DETECTS | | | Keep a closer watch on letters of undertaking.
N Y N PREVENTS | Branch management | | Make the forex desk safer.
Y N Y DETECTS | Ifebunmi Brennagh-Ade | 2018-05-31 | Ask every overseas branch that lent against our letters to confirm the amounts, and list any letter we cannot match.
Y Y N PARTIAL | | 2018-04-15 | Move every official who has been on a forex desk for more than three years to another post.
N Y Y DETECTS | Sudhanvi Paranjapekar | | Have someone look at SWIFT traffic now and then.
N Y N PARTIAL | everyone | | Report suspicious requests from customers.
""",
ww="""
C | A new officer refused an unsecured request and reported it, which exposed the letters.
V | Very good response from the top management.
C | Three-officer approval for SWIFT messages was in place across branches within a week.
"""))

# 5. Royal Mail, January 2023: a ransomware attack (LockBit) on 10 January hit the systems that prepare international
# export mail and customs data, reportedly at a distribution centre near Heathrow where printers printed the ransom
# note; exports were halted for weeks, with workarounds from February; a ransom of about 66 million pounds was refused;
# some data was leaked in late February; services were near normal by about 21-23 February.
S.append(dict(url="https://www.computerweekly.com/news/252529173/LockBit-cartel-suspected-of-Royal-Mail-cyber-attack",
people=["Corwenna Alderbrook", "Tobrecht Mensforth-Kaye", "Raonall Bexendale", "Pippalina Ogundimu-Strang"],
blame="""
B failure-verb | tobrecht left the export label servers on the flat network because segmenting them "could wait till after peak"
B passive-agent | That old remote-access box was set up by the night-shift IT contractor and never handed over to anyone.
B counterfactual | if Raonall had pushed MFA to the depot kit last year like security asked, they don't get in
B group-blame | the international ops lot never wanted security anywhere near their precious label printers
B sarcasm | first we learn about the breach from the printers spitting out ransom notes. top notch detection, team
B human-error | Root cause (for the board pack): human error by a depot user opened the door to the attackers.
B rhetorical-question | why is a customs declaration system that ships to 200+ countries running with no offline fallback, Pippalina?
B hindsight | It was obvious after the last sector alert that the export estate would be next, and IT sat on it.
O system-failure | The export preparation systems had no segment boundary, so the encryption spread from one host to the customs and label servers.
O system-should | The customs data service should have had a manual fallback that let exports continue when its servers were down.
O actor-neutral | Corwenna called the incident at 06:40 after the depot supervisor sent photos of the printed ransom note.
O neutral-fact | International export services were suspended for several weeks while import services kept running.
O agentless-passive | A workaround for business customers was brought in during early February and Post Office counters followed later.
O policy-subject | The supplier access policy that Tobrecht inherited allowed shared accounts for printer maintenance.
O credit | shout out to the Heathrow DC shift manager who unplugged the print servers before it spread further
O self-report | I approved the delay to network segmentation in November; I had the peak volume risk in front of me, not this one.
""",
actions="""
Y Y N PREVENTS | Network engineering | 2023-06-30 | Put the export, customs and label servers in their own network segment with a deny-by-default firewall and test it with a red-team exercise.
N N N PARTIAL | we | | Get cyber-ready for next time.
Y Y Y PREVENTS | Raonall Bexendale | 2023-04-30 | Require multi-factor login on every remote-access path into depot and distribution centre systems, and remove shared supplier accounts.
N Y Y PARTIAL | Tobrecht | | Tidy up old servers at the depots.
Y Y N PARTIAL | International operations | 2023-05-31 | Write and rehearse a paper-and-spreadsheet export process that handles at least 20% of normal daily volume.
N N N DETECTS | | | Be on the lookout for ransomware.
Y Y Y DETECTS | Pippalina Ogundimu-Strang | 2023-03-31 | Alert the security operations centre on mass file renames on any server in the export estate within 5 minutes.
N Y N DETECTS | SOC | | Improve threat hunting across the estate.
Y N N PARTIAL | | 2023-07-31 | Keep offline, immutable backups of the customs and label systems and restore one in a test every month.
N Y Y PREVENTS | Corwenna Alderbrook | | Close the gaps in supplier access.
N N N PARTIAL | everyone | | Follow good cyber hygiene.
""",
ww="""
C | The print servers were unplugged within the first hour, which kept the encryption from spreading further.
V | Posties and office staff alike rallied round.
V | Customers were very understanding.
"""))

# 6. DigiNotar, 2011: attackers broke into the Dutch certificate authority's network and issued hundreds of rogue
# certificates from June-July 2011, among them one for *.google.com used against users in Iran; the company found
# an intrusion on 19 July, revoked some certificates and did not tell browsers or the government; Chrome's pinning
# exposed the Google certificate on 28 August; the investigators' report found all CA servers in one Windows domain,
# weak passwords, unpatched software and tampered logs; browsers removed the CA and the company went bankrupt.
S.append(dict(url="https://en.wikipedia.org/wiki/DigiNotar",
people=["Jorrit Hoogkampveen", "Marieke Vrolijkheid", "Abeltje Stoffelsma", "Gerolf Wapenaarde"],
blame="""
B failure-verb | Jorrit revoked a handful of the rogue certs in July and just didn't tell anyone, not the browsers, not the ministry
B passive-agent | The admin password on the CA domain was set years ago by Marieke and never changed.
B counterfactual | had gerolf called GOVCERT on 19 july, the google cert would never have been used against anyone in Iran
B group-blame | the ops team ran a certificate authority like a small office LAN, that is the whole story
B competence | Any halfway competent security officer would have put the signing servers on a separate network.
B sarcasm | "no indication that anything was compromised" -- said the CA that had just lost its root to a kid with a script
B character | Abeltje always cared more about the PKIoverheid contract than about doing security properly
B nobody-blame | no one bothered to check the revocation list against the issuance log, so 500-odd certs stayed out there
O system-failure | The CA servers sat in one Windows domain, so one compromised account reached every signing server.
O system-should | The issuance log should have been stored where a compromised CA server could not rewrite it.
O actor-neutral | Marieke found the unexpected certificate serials during the 19 July check and opened the internal incident.
O neutral-fact | More than 500 rogue certificates were issued, one of them for *.google.com.
O agentless-passive | The CA was removed from the trust lists of the major browsers in early September.
O policy-subject | The incident procedure that Gerolf maintained had no step for telling browser vendors or the government.
O credit | Credit to the user in Iran who posted the Chrome warning; that post is how the rest of us found out.
O system-counterfactual | Had the browser not pinned Google's keys, the rogue certificate could have gone unnoticed for much longer.
""",
actions="""
Y Y N PREVENTS | CA operations | 2011-10-31 | Move the signing servers to an isolated network with no domain trust to the office network, and verify it with an outside penetration test.
N N N PARTIAL | we | | Take PKI security seriously again.
Y Y Y DETECTS | Marieke Vrolijkheid | 2011-09-30 | Compare every issued certificate with the issuance log each day and alert on any serial that has no matching request.
N Y Y PARTIAL | Jorrit | | Harden the CA servers.
Y N N PARTIAL | Management | 2011-09-15 | Add a rule to the incident procedure that browser vendors and GOVCERT are told within 24 hours of any suspected mis-issuance.
N N N DETECTS | | | Pay attention to strange certificates.
Y Y N PARTIAL | | 2011-10-15 | Send the issuance logs to write-once storage outside the CA network.
N Y N PREVENTS | Security | | Beef up the certificate authority.
Y Y Y PREVENTS | Gerolf Wapenaarde | 2011-11-30 | Replace every administrator password on the CA with hardware-token login and remove shared admin accounts.
N Y Y DETECTS | Abeltje Stoffelsma | | Monitor the antivirus more.
N Y N PARTIAL | everyone | | Think about security every day.
""",
ww="""
C | The government took over operational control of the CA within days of the public report.
V | Good teamwork with the outside investigators.
C | Revocation lists for the known rogue certificates were published the same week.
"""))

# 7. RSA SecurID, March 2011: targeted phishing e-mails with an Excel attachment ("2011 Recruitment plan") carrying a
# Flash zero-day reached small groups of employees; one opened it from the junk folder; the attackers moved through
# the network and took data related to SecurID token seeds; RSA disclosed in March and in June offered to replace
# tokens after a defence contractor was attacked with the stolen data.
S.append(dict(url="https://en.wikipedia.org/wiki/RSA_SecurID",
people=["Caelwyndor Dravenport-Hsu", "Annaliese Korvacsy", "Theron Blackwhistle", "Mireya Santangelo-Pike"],
blame="""
B failure-verb | the HR staffer pulled the recruitment spreadsheet out of junk and opened it, despite the warning banner
B passive-agent | The seed database was left on a file share reachable from the office network by Theron's team.
B counterfactual | If Annaliese had approved the Flash patch window in February, the attachment wouldn't have done anything.
B group-blame | the infra team thought the token business was too boring for anyone to attack, so they never walled it off
B human-error | Initial cause: employee error in opening a phishing attachment.
B sarcasm | a security company owned via an excel file called "recruitment plan". someone please frame that
B rhetorical-question | why was Mireya still sitting on the decision to tell customers for two months?
B sanction | the people who kept seeds online should answer for this, not the person who clicked
O system-failure | The mail filter put the message in junk but still delivered the attachment with its embedded Flash object.
O system-should | The seed records should have been held on a system with no route from the office network.
O actor-neutral | Caelwyndor spotted the outbound transfers on the staging server and cut its network link that evening.
O neutral-fact | The attackers used a Flash zero-day inside the spreadsheet to install a remote-access tool.
O agentless-passive | Token replacement was offered to customers in June after the stolen data was used in an attack on a defence contractor.
O policy-subject | The data classification policy that Theron owned rated seed files the same as ordinary product data.
O credit | @caelwyndor.dh noticed the staging server talking to an outside host, that's what started the response
O meta-blameless | please rewrite "an employee clicked" as what the mail filter let through and what the network let the attacker reach
""",
actions="""
Y Y N PREVENTS | Infrastructure | 2011-06-30 | Move the token seed records to a network with no route from the office network and prove it with a firewall rule review and a test.
N N N PARTIAL | we | | Train people not to click on things.
Y Y Y DETECTS | Caelwyndor Dravenport-Hsu | 2011-05-31 | Alert on any outbound transfer above 500 MB from internal staging servers to an outside host.
N Y Y PARTIAL | Annaliese | | Patch faster.
Y Y N PREVENTS | Messaging | 2011-04-30 | Strip embedded Flash objects from Office attachments at the mail gateway, including mail routed to junk.
N N N DETECTS | | | Run phishing awareness sessions for HR and finance.
Y N Y PARTIAL | Mireya Santangelo-Pike | 2011-07-31 | Set a rule that customers are told within 10 days when data affecting their tokens may have been taken.
N Y N DETECTS | SOC | | Spend more time on network traffic.
Y Y N PARTIAL | | | Offer replacement tokens to every customer in defence and banking and report the number replaced each week.
N Y Y PREVENTS | Theron Blackwhistle | | Reclassify the sensitive data.
N N N PARTIAL | everyone | | Stay vigilant about e-mail.
""",
ww="""
C | The outbound transfer was spotted and the staging server cut off the same evening.
V | Strong leadership throughout.
V | Outstanding work by the RSA responders.
"""))

# 8. Historical Archive of the City of Cologne, 3 March 2009: the archive building and two neighbouring houses
# collapsed into the excavation for the Waidmarkt station of the North-South light rail line; two people died; a leak
# in the diaphragm wall let groundwater and soil flow into the pit; later trials dealt with an incomplete wall panel,
# more groundwater pumped than permitted and falsified site records; most archive items were recovered, many damaged.
S.append(dict(url="https://en.wikipedia.org/wiki/Historical_Archive_of_the_City_of_Cologne",
people=["Wendrich Ohlenbruch", "Gesina Kastellaun", "Rupertus Achterhold", "Dilara Koksalcan"],
blame="""
B failure-verb | Polier on panel 11 skipped the check of the joint and signed the sheet anyway, that's where the water came in.
B passive-agent | The extra wells were switched on by the dewatering subcontractor without asking anyone at the city.
B counterfactual | hätte Wendrich die Pumpmengen gemeldet, the city would have stopped the works weeks before the collapse
B group-blame | the joint venture site management ran the Waidmarkt pit on hope and overtime
B sarcasm | the site logbook was immaculate. shame half of it was written after the fact
B competence | A more experienced foreman would never have accepted a wall panel that short.
B rhetorical-question | how did Rupertus's supervision team not notice the ground settling next to the archive for months?
B human-error | Cause given in the first press briefing: execution error by the construction workers.
O system-failure | The diaphragm wall failed to keep out the groundwater once a defect in one panel joint opened up under pressure.
O system-should | The settlement monitoring system should have raised an alarm when the archive's foundations started to move.
O actor-neutral | Gesina heard the cracking in the reading room and sent the visitors out through the back door minutes before the building fell.
O neutral-fact | The archive and two neighbouring houses collapsed into the excavation and two residents died.
O agentless-passive | Most of the archive holdings were recovered from the rubble and the groundwater over the following years.
O policy-subject | The permit that Dilara's office issued capped the groundwater pumping, but the rule had no meter report attached to it.
O credit | Hut ab to the archive staff who got the public out, nobody in the building that day was hurt.
O self-report | I signed off the daily reports without comparing them with the pump meters; nothing in the process asked me to.
""",
actions="""
Y Y N PREVENTS | Joint venture site management | 2009-09-30 | Inspect every diaphragm wall joint by core drilling before excavation passes its level, and record the result for each panel.
N N N PARTIAL | we | | Build more carefully in the old town.
Y Y Y DETECTS | Wendrich Ohlenbruch | 2009-06-30 | Send the daily groundwater pump meter readings to the city's permit office and alarm when the permitted volume is passed.
N Y Y PARTIAL | Rupertus | | Look at the supervision arrangements again.
Y Y N DETECTS | City construction office | 2009-07-31 | Put settlement sensors on every building within 50 m of an open pit and page the site engineer on any movement above 5 mm.
N N N DETECTS | | | Keep a closer eye on neighbouring buildings.
Y N Y PARTIAL | Dilara Koksalcan | | Audit the site records of every open North-South line pit against the pump and concrete delivery logs.
Y Y N PARTIAL | | 2009-12-31 | Move the archive holdings that remain near construction sites to a temporary store until the work is finished.
N Y N PREVENTS | Dewatering subcontractor | | Follow the permits better.
Y Y Y PREVENTS | Gesina Kastellaun | 2010-03-31 | Write an evacuation plan for the new archive building and run a drill with the reading room staff twice a year.
N N N PARTIAL | everyone | | Learn from Cologne.
""",
ww="""
C | Archive staff cleared the reading room minutes before the collapse, so no visitor or employee was hurt.
C | Fire brigade and volunteers set up a recovery line that saved most of the holdings.
V | The city came together admirably.
"""))

# 9. Continental Europe synchronous area separation, 8 January 2021: at 14:04 CET a busbar coupler in the
# Ernestinovo substation (Croatia) tripped on overcurrent, and a cascade of line trips split the grid into a
# north-west and a south-east area; frequency fell to about 49.74 Hz in the north-west and rose to about 50.6 Hz in
# the south-east; interruptible loads in France and Italy were shed; the areas were resynchronised at about 15:08.
S.append(dict(url="https://www.entsoe.eu/news/2021/01/26/system-separation-in-the-continental-europe-synchronous-area-on-8-january-2021-2nd-update/",
people=["Zvonimir Lovrencak", "Amelie Ravoux-Tissier", "Branimira Petkovac", "Otfried Hemmersbach"],
blame="""
B failure-verb | the Ernestinovo shift ignored the loading warnings on the coupler for almost an hour before it tripped
B passive-agent | The coupler's overcurrent setting was left at the old value by the protection engineers after the last upgrade.
B counterfactual | if Zvonimir had asked for a redispatch at 13:30 the coupler never trips and there's no split
B group-blame | the south-east TSOs never did their own security analysis for flows that big, they just relied on the regional centre
B sarcasm | great, we learned the grid split into two islands from the frequency chart, not from the control room next door
B hindsight | Otfried should have seen from the day-ahead flows that the coupler would be the weak point; it was obvious.
B mistake-attribution | mistakes were made by the Croatian control room during the afternoon ramp
B character | Branimira never takes a market-flow warning seriously, that's just how she runs a shift
O system-failure | The busbar coupler tripped on overcurrent and its loss shifted the flow onto parallel lines, which tripped in turn.
O system-should | The regional security analysis should have modelled the coupler's protection limit, not just the line limits.
O actor-neutral | Amelie confirmed with the large-customer desk at 14:06 that the interruptible contracts in France had tripped as designed.
O neutral-fact | Frequency fell to about 49.74 Hz in the north-west area and rose to about 50.6 Hz in the south-east.
O agentless-passive | The two areas were resynchronised at about 15:08 after the south-east was brought back into range.
O policy-subject | The operating handbook Branimira's team used listed no coupler limits in the real-time monitoring screen.
O credit | kudos to the French and Italian large-customer desks, the contracted load drop came exactly as planned
O quoted-question | Zvonimir's first call to the neighbours was "are you seeing 50.5 too?" and that's how the split was confirmed.
""",
actions="""
Y Y N PREVENTS | Regional security coordinator | 2021-09-30 | Add busbar coupler protection limits to the regional security model and flag any N-1 case that overloads one.
N N N PARTIAL | we | | Work together better across borders.
Y Y Y DETECTS | Zvonimir Lovrencak | 2021-04-30 | Show live coupler loading against its protection setting on the control room screen and alarm at 90%.
N Y Y PARTIAL | Otfried | | Go over the day-ahead flows again.
Y Y N PARTIAL | Protection engineering | 2021-06-30 | Check the overcurrent settings of every 400 kV coupler against the current transformer limits and record the result per substation.
N N N DETECTS | | | Be ready for unusual flows.
Y N Y PARTIAL | Amelie Ravoux-Tissier | 2021-12-31 | Run a joint resynchronisation exercise with the neighbouring control rooms and publish the time taken.
Y Y N DETECTS | | 2021-05-31 | Send every TSO control room an automatic message within 30 seconds when two frequency measurements in the synchronous area differ by more than 100 mHz.
N Y N PREVENTS | Market operations | | Reduce the big market flows.
Y Y Y PREVENTS | Branimira Petkovac | 2021-07-31 | Write the redispatch steps for a coupler above 90% load into the shift handbook and train every operator on them.
N Y Y DETECTS | Zvonimir | | Keep watching frequency.
""",
ww="""
C | Contracted interruptible load in France and Italy was shed within seconds, which held the north-west frequency.
V | Great European solidarity.
V | The operators were superb on the day.
"""))

# 10. Elgin wellhead platform gas leak, North Sea, 25 March 2012: gas and condensate escaped from a well (G4) that was
# no longer producing, from a chalk formation about 1,000 m above the reservoir through a casing that failed below its design pressure
# casing during plug and abandonment work; all 238 workers were evacuated; the flare burned until 30 March; the leak was stopped by a
# heavy mud well kill in mid May; the operator was later fined in Scotland.
S.append(dict(url="https://www.offshore-energy.biz/uk-total-charged-over-elgin-gas-leak/",
people=["Fearghal Strathnaverick", "Isobel Crannachan", "Lucien Bellegarde-Mott", "Torvoll Mactaggart-Reyes"],
blame="""
B failure-verb | Isobel kept bleeding the annulus pressure down for a year and never escalated that the casing might be going
B passive-agent | The well integrity concerns on G4 were brushed aside by onshore management as "being managed".
B counterfactual | had Lucien called for the kill back in February, we'd never have had 238 people on the lifeboats
B group-blame | the well engineering team had normalised that well, everyone just stopped seeing the pressure chart
B sarcasm | "the pressure is under control" -- famous last words from the OIM, day before the gas cloud
B human-error | Preliminary cause: operator error during well intervention on G4.
B rhetorical-question | who thought it was fine to work on G4 with the flare still burning next to a gas release??
B competence | a competent well examiner would never have signed off that casing after the last pressure test
O system-failure | The G4 casing failed to contain gas from the chalk formation above the reservoir, which rose to the wellhead.
O system-should | The well integrity management system should have flagged that the annulus needed bleeding more and more often.
O actor-neutral | Fearghal mustered the crew and ordered the evacuation within minutes of the gas alarms on the wellhead deck.
O neutral-fact | All 238 people on the Elgin platform and the nearby rig were taken off safely.
O agentless-passive | The leak was stopped in mid May by pumping heavy mud into the well.
O policy-subject | The well operations procedure Torvoll signed kept G4 in service as long as the annulus pressure could be bled down.
O credit | cheers to the helicopter crews, everyone off the installation same day
O system-counterfactual | If the annulus bleed counts had been trended, the casing problem would have been visible months earlier.
""",
actions="""
Y Y N PREVENTS | Well engineering | 2012-09-30 | Plug and abandon G4 and log the casing of every other Elgin well for corrosion before it returns to service.
N N N PARTIAL | we | | Respect the well more.
Y Y Y DETECTS | Isobel Crannachan | 2012-08-31 | Trend annulus bleed-down frequency per well and alarm when it doubles within a month.
N Y Y PARTIAL | Lucien | | Review the G4 history.
Y Y N PREVENTS | Offshore operations | 2012-07-31 | Add a rule that any well with sustained casing pressure is shut in until a written integrity assessment is approved.
N N N DETECTS | | | Watch well pressures more closely.
Y N Y PARTIAL | Torvoll Mactaggart-Reyes | 2012-10-31 | Write the criteria for putting out the flare before gas release work and have them reviewed by an outside process safety engineer.
Y Y N DETECTS | | | Send the monthly well integrity report for every platform to the onshore asset manager and log who read it.
N Y N PARTIAL | Management | | Make the well integrity process stronger.
Y Y Y PARTIAL | Fearghal Strathnaverick | 2012-06-30 | Run a full platform evacuation drill with the rig next door every quarter and record muster times.
N N N PARTIAL | everyone | | Speak up about safety.
""",
ww="""
C | The crews mustered and were flown off the same day with no injuries.
C | Gas detection on the wellhead deck triggered the alarms within minutes of the release.
V | Fantastic team spirit offshore.
"""))

# 11. Petrobras P-36, Roncador field, Brazil, 15-20 March 2001: a tank in one of the platform's columns ruptured
# from over-pressure after oil and gas flowed into it, a gas explosion followed, eleven members of the emergency
# team died, the column flooded and the platform (then the world's largest floating production unit) sank five days
# later.
S.append(dict(url="https://en.wikipedia.org/wiki/Petrobras_36",
people=["Aderaldo Quixabeira", "Rosimeire Tavoraes", "Jurandyr Bettencourt-Lins", "Graciele Nogueirinha"],
blame="""
B failure-verb | o supervisor de produção forgot to close the drain tank inlet valve before the bypass, and the tank just filled up
B passive-agent | The valve line-up on the emergency drain tank was left open by the night crew after the maintenance.
B counterfactual | if Aderaldo had stopped the pumping as soon as the tank pressure climbed, the brigade never goes down there
B group-blame | operations cut the safety procedures to push production, everyone on board knew it
B sarcasm | "world's biggest platform" and a drain tank nobody was watching. parabéns a todos
B nobody-blame | no one on the control room shift bothered to look at the tank pressure trend that night
B competence | Better trained operators would never have used that tank with the vent line closed.
B character | Rosimeire always treated procedures as a suggestion, and this time it caught up with her shift
O system-failure | The emergency drain tank had no pressure relief path once oil and gas started to flow back into it.
O system-should | The control system should have alarmed on the rising pressure in the drain tank of the aft column.
O actor-neutral | Jurandyr sent the emergency team to the column after the first alarm and started the muster.
O neutral-fact | Eleven members of the platform's emergency team died in the explosion inside the column.
O agentless-passive | 138 people not needed for the emergency were transferred off by crane basket during the night.
O policy-subject | The operating procedure Graciele approved allowed the drain tank to be used for transfer during the pump maintenance.
O credit | valeu to the supply boat crews who sat under the crane for the basket transfers all night
O meta-blameless | sticky: no "falha humana" in the root cause, please; describe the tank, the vent and the line-up
""",
actions="""
Y Y N PREVENTS | Process engineering | 2001-09-30 | Fit a pressure relief valve and a high-pressure trip to every drain tank inside a column, and test the trip before start-up.
N N N PARTIAL | we | | Put safety ahead of production from now on.
Y Y Y DETECTS | Jurandyr Bettencourt-Lins | 2001-06-30 | Add a control room alarm for drain tank pressure above 50% of design pressure on every floating unit.
N Y Y PARTIAL | Aderaldo | | Revise the valve procedures.
Y Y N PREVENTS | Operations | 2001-08-31 | Ban the use of emergency drain tanks for production transfers, with the procedure change signed by the asset manager.
N N N DETECTS | | | Pay more attention to drain tank readings.
Y N Y PARTIAL | Graciele Nogueirinha | 2001-12-31 | Change the emergency response plan so that no team enters a column with a suspected gas release until gas detection reads clear.
Y Y N PARTIAL | | 2001-10-31 | Add remote-operated watertight dampers to the column ventilation so flooding can be stopped from the control room.
N Y N DETECTS | Safety | | Do more inspections on the platforms.
Y Y Y PARTIAL | Rosimeire Tavoraes | 2001-11-30 | Train every control room operator on the drain tank line-up and check it with a simulator test.
N N N PARTIAL | everyone | | Be careful offshore.
""",
ww="""
C | The non-essential crew were moved off by crane basket within about three hours, without using the lifeboats.
V | Bravery on all sides.
C | The muster after the first alarm accounted for everyone outside the column within minutes.
"""))

# 12. Beatson Oncology Centre, Glasgow, January 2006: a 15-year-old patient's radiotherapy plan for a brain tumour
# was worked out with the wrong input after an upgrade of the planning system had changed how monitor units were
# calculated; a planner who had not finished training entered the whole dose where the per-fraction value was
# expected, the check did not catch it and the patient got about 58% more radiation than prescribed over 19 sessions;
# the Scottish Executive's report found missing written procedures and training records.
S.append(dict(url="http://news.bbc.co.uk/2/hi/uk_news/scotland/6731117.stm",
people=["Morvenna Inverkeithny", "Eachann Drumtochtie", "Priyoshna Rothwell-Sen", "Struan Kilbrannan"],
blame="""
B failure-verb | The junior planner typed in the total dose instead of the per-fraction value and didn't think to query it.
B passive-agent | The plan was checked and passed by Struan without him recalculating the monitor units.
B counterfactual | If Morvenna had supervised the planning of that case like she was supposed to, the patient gets the right dose.
B group-blame | planning staff at the Beatson got sloppy once the new system went in, everyone said so
B sarcasm | two signatures on the plan, nineteen treatments, and not a single person noticed 58% extra. great checking
B human-error | Root cause: human error in transcription of the treatment plan.
B sanction | The family are right that the staff involved should be taken off planning for good.
B hindsight | Eachann should have seen that a paediatric CNS plan was far too complex for a planner still in training.
O system-failure | After the upgrade, the planning system expected a per-fraction value in a field that had previously taken the total.
O system-should | The planning system should have warned when the monitor units per fraction were far above the usual range for the technique.
O actor-neutral | Priyoshna reviewed the completed course records in February and reported the discrepancy to the head of physics.
O neutral-fact | The patient received about 58% more radiation than prescribed over 19 treatment sessions.
O agentless-passive | Immediate inspections of all five Scottish radiotherapy centres were ordered after the report.
O policy-subject | The department's training scheme, which Morvenna coordinated, had no written sign-off of competence for each planning task.
O credit | thank you Priyoshna for going back through the old records instead of letting it go
O system-counterfactual | Had the upgrade been followed by a written procedure update, the changed field would have been in the planners' instructions.
""",
actions="""
Y Y N PREVENTS | Radiotherapy physics | 2006-06-30 | Rewrite the planning procedure for the upgraded system, naming the unit expected in each field, and get every planner to sign it.
N N N PARTIAL | we | | Make planning safer for children.
Y Y Y DETECTS | Struan Kilbrannan | 2006-04-30 | Recalculate the monitor units of every plan independently with a second program before the first treatment.
N Y Y PARTIAL | Morvenna | | Supervise trainees better.
Y Y N PREVENTS | Training | 2006-09-30 | Keep a signed competence record for each planning task and block unsupervised planning of any task without one.
N N N DETECTS | | | Watch for odd doses.
Y N Y PARTIAL | Eachann Drumtochtie | 2006-12-31 | Review every change in the planning system release notes with a physicist and list the procedure changes before any upgrade goes live.
Y Y N DETECTS | | 2006-05-31 | Add a warning in the planning system when monitor units per fraction exceed 150% of the technique's usual range.
N Y N PARTIAL | Management | | Staff the department properly.
Y Y Y DETECTS | Priyoshna Rothwell-Sen | | Audit 10 completed plans a month against their prescriptions and report discrepancies to the quality meeting.
N N N PARTIAL | everyone | | Keep patient safety front of mind.
""",
ww="""
C | A retrospective audit of completed plans found the discrepancy and it was reported to the regulator.
V | Staff were very supportive of one another.
V | Openness was shown throughout.
"""))

# 13. New England Compounding Center, 2012: preservative-free methylprednisolone injections made at the Framingham
# compounding pharmacy were contaminated with fungus; epidural injections caused a multistate fungal meningitis
# outbreak with more than 750 cases and over 60 deaths; inspectors found mould and bacteria in the clean rooms, an
# autoclave that was not working properly and sterility tests that were not done or not waited for; the company
# shipped large volumes to many states while licensed as a pharmacy; a 2013 federal law followed.
S.append(dict(url="https://en.wikipedia.org/wiki/New_England_Compounding_Center_meningitis_outbreak",
people=["Delphyne Cartwright-Oyelaran", "Horvald Pennycuick", "Mariselva Tagaloa", "Waverly Steinkamp"],
blame="""
B failure-verb | the pharmacists shipped lot after lot before the sterility results were back, every single week
B passive-agent | The clean room cleaning logs were filled in by the techs without the cleaning ever being done.
B counterfactual | if Horvald had taken the autoclave out of service when it failed its checks, none of those lots go out
B group-blame | the owners ran a drug factory and called it a pharmacy so nobody would inspect it
B competence | Any pharmacist worth the licence would have walked out of that clean room on day one.
B sarcasm | "sterile" methylpred, made next to a recycling plant, tested whenever convenient. what could go wrong
B rhetorical-question | how does the supervising pharmacist sign off 17,000 vials without one valid sterility test?
B mistake-attribution | Serious mistakes were made by the compounding staff over many months.
O system-failure | The autoclave failed to reach sterilising conditions on many runs, and no alarm stopped the batch.
O system-should | The release step should have blocked shipment of any lot until its sterility test result was recorded.
O actor-neutral | Mariselva, a nurse at one of the clinics, linked two meningitis patients to the same injection lot and called the state.
O neutral-fact | More than 750 people fell ill and over 60 died in the outbreak.
O agentless-passive | All products made at the facility were recalled in October 2012.
O policy-subject | The state licence Waverly's board issued covered a pharmacy filling prescriptions, not bulk production for other states.
O credit | The health department epidemiologists traced the lots to the clinics in days, which got patients tested early.
O meta-blameless | note for the writers: "greedy owners" is for the courts; this doc should say which controls let unsterile lots ship
""",
actions="""
Y Y N PREVENTS | Quality | 2012-12-31 | Hold every sterile lot in quarantine until its 14-day sterility test is recorded as passed, enforced by the shipping system.
N N N PARTIAL | we | | Put patients first.
Y Y Y DETECTS | Horvald Pennycuick | 2012-11-30 | Log every autoclave run's temperature and time and block the batch record when a run misses the sterilising limits.
N Y Y PARTIAL | Delphyne | | Clean up the clean rooms.
Y N N PREVENTS | State board of pharmacy | 2013-06-30 | Require any pharmacy shipping more than 5,000 units a month across state lines to register as a manufacturer and be inspected yearly.
N N N DETECTS | | | Keep watch for infections.
Y Y N DETECTS | | 2012-10-31 | Send every clinic that bought the three lots a list of patients injected, and track the share contacted each day.
N Y N PARTIAL | Pharmacy staff | | Follow sterile technique better.
Y Y Y DETECTS | Mariselva Tagaloa | | Report any cluster of two or more unusual infections after an injection to the state within 24 hours.
N Y Y PREVENTS | Waverly Steinkamp | | Tighten oversight of compounding pharmacies.
Y Y N PARTIAL | Environmental monitoring | 2013-01-31 | Take surface and air samples in each clean room every week and stop production when mould is found.
""",
ww="""
C | Clinic staff linked the first cases to one product lot, which allowed a targeted recall.
V | Everybody worked incredibly hard.
V | A real sense of urgency all round.
"""))

# 14. Vega flight VV17, 17 November 2020: about eight minutes after lift-off from Kourou, right after the upper stage
# (AVUM) engine ignited, the vehicle tumbled and was lost with SEOSAT-Ingenio and TARANIS; cables to two thrust
# vector control actuators had been swapped during integration, so commands moved the nozzle the wrong way; an
# inquiry chaired by ESA's inspector general looked at integration and inspection procedures.
S.append(dict(url="https://en.wikipedia.org/wiki/Vega_flight_VV17",
people=["Raffaella Cantagallo", "Thibaut Lescarmure", "Nicoletta Zampierini", "Zsigmar Orsolyai"],
blame="""
B failure-verb | the integration tech swapped the two TVC connectors on AVUM and nobody on that shift caught it
B passive-agent | The cable routing was inspected and stamped by Thibaut without a continuity test.
B counterfactual | if Nicoletta had insisted on the polarity check before closing the stage, we'd have two satellites in orbit tonight
B group-blame | the integration crew got complacent after sixteen flights, pure and simple
B human-error | Per the first press call: a series of human errors in production, not a design problem.
B sarcasm | state-of-the-art launcher, lost because two plugs fit both sockets. outstanding quality assurance, ragazzi
B rhetorical-question | who thinks it's fine to ship an upper stage with no end-to-end polarity test of the nozzle?
B timeline-blame | 2020-10 AVUM integration - Zsigmar's team connects actuator harness, skips polarity check
O system-failure | The two actuator connectors were interchangeable, so the harness could be mated the wrong way round.
O system-should | The stage acceptance test should have moved the nozzle on command and checked the direction of each actuator.
O actor-neutral | Raffaella saw the attitude deviation on telemetry seconds after AVUM ignition and called it on the loop.
O neutral-fact | Both satellites were lost; neither was insured.
O agentless-passive | An independent inquiry commission was set up the day after the launch.
O policy-subject | The integration procedure Thibaut followed listed the connectors by drawing number, with no keying or colour code.
O credit | grazie to the telemetry team, they had the likely cause narrowed down by the next morning
O action-item | Action, Nicoletta: add a nozzle direction test to the AVUM acceptance sheet before VV18, due end of January.
""",
actions="""
Y Y N PREVENTS | AVUM engineering | 2021-01-31 | Key the two actuator connectors differently so that the harness cannot be mated the wrong way.
N N N PARTIAL | we | | Raise the quality bar on the launcher.
Y Y Y DETECTS | Nicoletta Zampierini | 2021-02-28 | Add a closed-loop test that commands each actuator and checks the nozzle direction before the stage is closed.
N Y Y PARTIAL | Zsigmar | | Retrain the integration staff.
Y N N PARTIAL | Quality assurance | 2021-03-31 | Require a second inspector and a photo record for every flight-critical connector mating, stored with the stage logbook.
N N N DETECTS | | | Take extra care when the stage is put together.
Y Y N DETECTS | | | Review the telemetry of the last five flights for any control reversal and report the result to the inquiry.
N Y N PREVENTS | Production | 2021-04-30 | Improve workmanship at the integration hall.
Y Y Y PARTIAL | Raffaella Cantagallo | 2021-02-15 | List every other connector pair on Vega that can be swapped and set a fix or a test for each.
N Y Y DETECTS | Thibaut Lescarmure | | Double-check the harness.
N N N PARTIAL | everyone | | Own quality.
""",
ww="""
C | Telemetry pointed to the actuator cabling within a day, so the inquiry could focus at once.
V | The whole launch team handled it with great professionalism.
C | Tracking confirmed within the hour that the debris had come down in the Atlantic, far from inhabited areas.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

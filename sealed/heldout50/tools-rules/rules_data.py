# heldout50 rules data (see ../rules/SOURCES-heldout50.md). All people invented; no real private person is named.
# 14 incidents: 7 software / IT (Cathay Pacific passenger data breach 2018, Nintendo Network ID account takeovers 2020,
# Flipkart Big Billion Day sale 2014, Anthem member database breach 2015, Dallas police archive deletion 2021,
# Maastricht University ransomware 2019, Coincheck NEM hot wallet theft 2018) and 7 outside software (Air Midwest 5481
# elevator misrigging 2003, Cougar Ace ballast exchange list 2006, Jensen Farms cantaloupe listeria 2011, Havelock North
# drinking water campylobacter 2016, Alton Towers Smiler collision 2015, Seattle South Lake Union crane collapse 2019,
# Hermits Peak / Calf Canyon escaped prescribed fires 2022).
# Written as training text: responders' chat lines, ticket comments, review sticky notes, board-summary prose and
# timeline rows; some rows in French, German, Spanish, Dutch and Polish.
S = []

# 1. Cathay Pacific, 2018 (airline IT, Hong Kong): suspicious activity on IT systems noticed in March 2018, unauthorised
# access to passenger data confirmed in early May, public statement on 24 October; about 9.4 million passengers,
# about 860,000 passport numbers, 245,000 HK ID numbers, 403 expired card numbers and 27 cards without CVV; no
# passwords; the airline later told the legislature the attack had run for about three months; police and privacy
# commissioner involved; shares fell about 6.5%.
S.append(dict(url="https://english.nna.jp/articles/32",
people=["Kwokhei Tsang-Lamberty", "Odalric Brassenfort", "Jasvinder Hollowmere", "Perrivel Yuenwhitlow"],
blame="""
B failure-verb | kwokhei saw the odd traffic from the loyalty database in March and still didn't escalate it past his own team for weeks
B passive-agent | The decision to sit on the breach until October was taken by the comms director, not by security, and everyone on the floor knew it.
B sarcasm | seven months of silence so we could send one "accurate and meaningful" letter. passengers must be thrilled with how meaningful it was
B group-blame | Honestly the HK infosec team treated the customer data warehouse like somebody else's problem for years.
B counterfactual | Si Odalric avait patché le serveur exposé en janvier, on n'aurait jamais eu trois mois d'attaque.
B rhetorical-question | who signed off on keeping 860k passport numbers online with no extra controls, Jasvinder??
B self-blame | I should have pushed the board to notify in May instead of accepting the "wait until we know everything" line.
B sanction | the privacy commissioner should go after whoever chose the delay personally, a compliance check is a slap on the wrist
O system-failure | The intrusion detection rules flagged the traffic in March but could not tell which tables had been read, so the scope stayed unknown for weeks.
O system-should | The customer data platform should have logged every bulk read of passport fields to a store the attackers could not touch.
O actor-neutral | Perrivel confirmed the unauthorised access to passenger records in early May and opened the data-breach workstream that day.
O neutral-fact | About 860,000 passport numbers and 245,000 Hong Kong ID numbers were among the data accessed.
O agentless-passive | The Hong Kong police were notified and a public statement went out on 24 October.
O policy-subject | Le processus de notification que Jasvinder a suivi ne fixait aucun délai maximum entre la confirmation et l'annonce publique.
O credit | credit to the SOC night shift, they're the reason we caught it at all in March
O meta-blameless | comment on the draft: drop "the comms team hid it", describe the rule we had for when a breach must be announced (we had none)
""",
actions="""
Y Y N PREVENTS | Infrastructure security | 2019-03-31 | Remove direct internet exposure of every server that can reach the passenger database and confirm it with an external scan each month.
N N N PARTIAL | we | | Communicate more openly next time.
Y Y Y DETECTS | Kwokhei Tsang-Lamberty | 2018-12-31 | Alert the SOC when any account reads more than 10,000 passenger records in an hour, and page the duty manager within 15 minutes.
N Y Y PARTIAL | Odalric | | Look at our patching backlog.
Y N N PARTIAL | Legal and compliance | 2019-01-31 | Set a rule that affected passengers and the regulator are told within 72 hours of a confirmed breach, even if the scope is still open.
N N N DETECTS | | | Keep an eye on unusual network activity.
Y Y Y PREVENTS | Perrivel Yuenwhitlow | 2019-02-28 | Encrypt passport and ID card numbers at rest with keys held outside the database and test a restore with the new keys.
N Y N PREVENTS | IT | 2019-06-30 | Make the loyalty platform more secure.
Y Y N DETECTS | | 2018-11-30 | Send each affected passenger a letter naming exactly which of their data fields were accessed and count the undelivered letters weekly.
N Y N PARTIAL | me | | Get better at escalating.
Y Y Y PARTIAL | Jasvinder | 2019-04-15 | Run a tabletop exercise with the board on a passenger-data breach and record the decision times in the exercise report.
""",
ww="""
C | The March detection came from an existing SOC rule, so the intrusion was found without any outside tip-off.
V | Everyone pulled together under a lot of pressure.
V | Leadership stayed calm and united.
"""))

# 2. Nintendo, April 2020 (gaming platform): from early April players reported unknown sign-ins and purchases (for
# example in-game currency paid through linked PayPal); on 24 April Nintendo confirmed about 160,000 accounts accessed
# through Nintendo Network ID sign-in with credentials obtained elsewhere, switched off NNID sign-in to Nintendo
# Accounts, reset passwords and urged two-step verification; in June the count rose to about 300,000; refunds.
S.append(dict(url="https://massivelyop.com/2020/04/24/the-nintendo-account-breach-was-real-affecting-as-many-as-160000-gamers",
people=["Gundolf Reisacherl", "Minako Terbruggen", "Ysmerelde Farquarhaven", "Tadaharu Quellenbeck"],
blame="""
B failure-verb | Tadaharu kept the old NNID login bridge alive for three years after Switch launched and never put it on the decommission list
B sarcasm | great, players found out about the breach from their PayPal statements before we told them anything. love that for us
B group-blame | Das Account-Team hat die Warnungen aus dem Support einfach ignoriert, typisch für die Truppe.
B passive-agent | The legacy login path was left without rate limiting by Ysmerelde's platform group "because nobody uses it anymore".
B counterfactual | if Minako had forced 2-step on accounts with stored payment methods, none of these V-Bucks purchases go through
B competence | any competent identity engineer would have killed NNID linking the day credential stuffing lists started circulating
B rhetorical-question | why did it take us until 24 April to admit what half of Twitter had been posting since the start of the month?
B mistake-attribution | Mistakes were made by the support organisation in how the first reports were triaged.
O system-failure | The NNID sign-in path accepted unlimited password attempts, so reused credentials from other breaches worked against it.
O system-should | Account sign-in should have challenged logins from new countries on accounts with a linked PayPal balance.
O actor-neutral | Gundolf merged the first twenty support tickets about unknown eShop purchases into one incident on the second weekend of April.
O error-term | Most sign-in errors logged in the first week were wrong-password errors from attackers replaying credentials from other sites.
O agentless-passive | Sign-in to Nintendo Accounts through a Nintendo Network ID was switched off and the affected passwords were reset.
O policy-subject | Die Richtlinie, die Ysmerelde 2017 geschrieben hat, verlangte für Altsysteme keine Prüfung der Login-Sicherheit.
O credit | shoutout to Minako for getting the refund flow for fraudulent purchases running within the week
O quoted-question | The first escalation from the EU support queue read "are these all reused passwords or is it us?" and nobody could answer for two days.
""",
actions="""
Y Y N PREVENTS | Identity platform | 2020-05-31 | Retire NNID-based sign-in to Nintendo Accounts for good and return an error page with the reset link for any attempt.
N N N PARTIAL | we | | Win players back.
Y Y Y DETECTS | Minako Terbruggen | 2020-05-15 | Raise an alert when failed sign-ins on any login path exceed three times the seven-day baseline for ten minutes.
N Y Y PARTIAL | Tadaharu | | Check the legacy services.
Y N N PARTIAL | Account security | 2020-07-31 | Require two-step verification before any purchase with a stored PayPal or card on an account that signed in from a new device.
N N N DETECTS | | | Listen to what players say on social media.
Y Y Y PREVENTS | Gundolf Reisacherl | 2020-06-15 | Rate-limit every sign-in endpoint to five failed attempts per account per hour and prove it with a load test of 10,000 attempts.
N Y N DETECTS | Customer support | 2020-06-30 | Speed up escalation of account issues.
Y Y N DETECTS | | | Check every sign-in attempt against a list of known breached passwords and force a reset when one matches.
N Y Y PREVENTS | Ysmerelde Farquarhaven | 2020-09-30 | Review the security of all old platforms.
Y Y Y PARTIAL | Ysmerelde | 2020-05-08 | Publish a support page listing the exact fraudulent purchase types we refund and the form to claim them.
""",
ww="""
C | Refunds for unauthorised purchases were processed without players having to dispute them with PayPal.
C | The legacy sign-in path was switched off within hours of the decision, with no downtime for regular logins.
V | Amazing dedication from the support agents.
"""))

# 3. Flipkart Big Billion Day, 6 October 2014 (e-commerce, India): sale from 8 a.m. across 70+ categories; deals sold out
# in seconds, intermittent outages from server load, complaints about prices raised before the sale and about
# cancelled orders; about 1.5 million buyers and 100 million dollars of gross sales in about ten hours; about 5,000
# servers prepared for 20 times normal traffic; founders' apology e-mail on 7 October ("not adequately prepared").
S.append(dict(url="https://www.business-standard.com/amp/article/companies/flipkart-co-founders-apologise-for-glitches-114100701229_1.html",
people=["Anirvesh Kolluparthi", "Deeptanshi Ramavaram", "Hrishikant Bellurkaje", "Sowmyashree Nandagopi"],
blame="""
B failure-verb | anirvesh signed off the capacity plan at 20x normal traffic and never asked marketing how many mailers they'd actually sent
B sarcasm | "sold out" five minutes before the sale opened. truly a billion-dollar achievement from the catalogue team
B group-blame | The category managers sourced stock like it was a normal Monday and then acted surprised.
B hindsight | Any of us could have told Hrishikant that one day, one URL and 70 categories was going to melt the checkout.
B passive-agent | The price bumps on the TVs the week before were pushed by Deeptanshi's pricing desk, whatever the press statement says.
B rhetorical-question | Seriously, who thought cancelling paid orders two hours later "for fairness" was going to go down well?
B character | sowmyashree only cares about the GMV headline, the customer experience was never on her slide
B human-error | RCA draft v1: root cause was human error in capacity estimation.
O system-failure | The checkout service ran out of connections under the morning peak, so orders failed with server errors at intervals through the day.
O system-should | The deal pages should have shown stock left per item instead of letting people add sold-out items to the cart.
O actor-neutral | Sowmyashree posted the first customer-facing status note at 08:40 after the error rate on checkout doubled.
O neutral-fact | About 1.5 million people bought something during the sale and gross sales passed 100 million dollars in about ten hours.
O org-subject | Flipkart had prepared about 5,000 servers for 20 times normal traffic, and the morning peak went past that in places.
O policy-subject | The load-test plan Anirvesh worked from assumed the traffic would arrive spread over the day, not in the first hour.
O credit | big thanks to the infra folks who brought up extra app servers mid-morning, checkout held much better after 11
O self-report | I set the per-item stock caps myself the night before; the sheet I used had no column for expected demand, that's what we need to fix.
""",
actions="""
Y Y N PREVENTS | Platform engineering | 2015-01-31 | Load-test checkout at 50 times normal peak with the real deal catalogue and fix every service that fails before the next sale is announced.
N N N PARTIAL | we | | Prepare better for big events.
Y Y Y DETECTS | Hrishikant Bellurkaje | 2014-11-15 | Show live remaining stock on each deal page and switch it to "sold out" within 5 seconds of the last unit.
N Y Y PARTIAL | Deeptanshi | | Sort out the pricing controversy with the brands.
Y N N PARTIAL | Category management | 2014-12-15 | Agree minimum stock per deal with each seller in writing and drop any deal with less than 1,000 units.
N N N DETECTS | | | Watch social media during the sale.
Y Y Y PARTIAL | Anirvesh | 2014-12-01 | Add a virtual queue in front of checkout that admits shoppers at the tested rate and shows them their place in line.
N Y N PREVENTS | Marketing | | Set more realistic expectations.
Y Y N DETECTS | | 2014-10-31 | Page the on-call lead when checkout errors exceed 2% for three minutes during any sale event.
N Y Y PARTIAL | Sowmyashree Nandagopi | 2014-11-30 | Improve communication with customers during sales.
Y N N PREVENTS | everyone | | Freeze the list price of every deal item for 30 days before a sale and log any change in the pricing tool.
""",
ww="""
V | Huge effort from everyone at Flipkart.
C | The founders' apology went out within about a day and named the stock and server problems plainly.
V | The team showed a lot of heart.
"""))

# 4. Anthem, 2015 (health insurer, US): attackers had access from about 10 December 2014; in late January 2015 a
# database administrator noticed a query running under his own credentials that he had not started; confirmed 29
# January, disclosed 4 February; 78.8 million people's names, birth dates, social security numbers, addresses and
# income data; data not encrypted; the stolen data was traced to an outside web storage service and frozen; phishing at
# a subsidiary; later a 115 million dollar settlement and a 16 million dollar HIPAA penalty.
S.append(dict(url="https://www.nextgov.com/cybersecurity/2015/02/breach/143601/",
people=["Thadrick Ollivarrow", "Corisaundra Whitlebury", "Ramsfield Okonkwo-Baird", "Lavinie Drummelsworth"],
blame="""
B failure-verb | the data warehouse team never bothered to encrypt the member tables because the law "didn't require it"
B passive-agent | The admin credentials that got used were handed out by Corisaundra's group to half the subsidiary without expiry.
B counterfactual | had Ramsfield's people blocked uploads to that web storage service, the 80M records never leave the building
B sarcasm | nice to know our crown-jewel database can be queried for weeks with a stolen admin ID and nobody notices. world class monitoring
B group-blame | The Amerigroup subsidiary's IT staff are the weak link here, that's where the phishing landed.
B nobody-blame | not a single person in the security org looked at who was running queries at 2am for six weeks
B competence | A security team that knew what it was doing would have spotted a December intrusion long before late January.
B sanction | Ms. Drummelsworth ought to be out as CISO over this, full stop.
O system-failure | The warehouse accepted queries from a stolen administrator credential because nothing tied the login to the admin's own workstation.
O system-should | The egress proxy should have blocked large uploads to consumer file-storage services from database servers.
O actor-neutral | Thadrick noticed a query running under his own admin ID that he had not started and raised it with security that afternoon.
O neutral-fact | The attackers had access from about 10 December 2014; the records of 78.8 million people were in the database.
O agentless-passive | The stolen data was traced to an outside storage account and frozen there, and the FBI was informed.
O policy-subject | The access review procedure Corisaundra ran checked user accounts every quarter but never looked at shared service accounts.
O credit | props to Thadrick for actually reading his own query history, that's the whole detection story
O system-counterfactual | Had the warehouse required a hardware token for admin queries, the phished password alone would not have worked.
""",
actions="""
Y Y N PREVENTS | Data platform | 2015-06-30 | Encrypt social security numbers and member IDs in the warehouse at field level and confirm no report job reads them in clear text.
N N N PARTIAL | we | | Live up to our promise to members.
Y Y Y PREVENTS | Ramsfield Okonkwo-Baird | 2015-04-30 | Block uploads above 50 MB from database and warehouse servers to any external storage domain, and test it with a dummy file.
N Y Y DETECTS | Thadrick | | Keep an eye on admin accounts.
Y N N DETECTS | Security operations | 2015-05-31 | Alert on any administrator query that returns more than 1 million rows and require the admin to confirm it within 30 minutes.
N N N PARTIAL | | | Make phishing harder for attackers.
Y Y Y PARTIAL | Corisaundra Whitlebury | 2015-03-31 | Require a hardware token for every administrator login to the data warehouse and disable password-only admin access.
N Y N PREVENTS | Subsidiary IT | 2015-09-30 | Bring the subsidiaries up to group security standards.
Y Y N PARTIAL | | 2015-03-15 | Offer two years of credit monitoring to every affected member and report the enrolment count to the board monthly.
N Y Y PARTIAL | Lavinie | | Audit the warehouse.
Y Y Y DETECTS | Lavinie Drummelsworth | 2015-05-15 | Send every admin a daily list of the queries run under their ID with a one-click way to report one they did not run.
""",
ww="""
C | The intrusion was found by our own administrator rather than by an outside party.
C | The outside storage account holding the copy was frozen within days of detection.
V | Outstanding professionalism under intense scrutiny.
"""))

# 5. Dallas Police Department data loss, 2021 (police IT, city of Dallas): the city moved police archive files from
# cloud storage to city servers to save money; between 31 March and 5 April 2021 an IT employee deleted about 22 TB
# (about 14 TB recovered); warnings in the software were ignored, three managers approved the change request without
# understanding it, training was entry-level, nobody validated the transfer; the DA's office was told on 6 August;
# about 17,500 cases possibly affected, 1,000 priority cases; further deletions May-August; the employee was fired.
S.append(dict(url="https://www.axios.com/local/dallas/2022/02/28/report-poor-training-dallas-police-massive-data-loss",
people=["Marcelwyn Teagarden-Voss", "Pilarina Ochoaviste", "Deshawn Kittleborough", "Yevlampiya Brackwellyn"],
blame="""
B role-blame | the tech clicked straight through the "this will delete" warnings in the archive tool, more than once
B passive-agent | The change request was approved by three ITS managers who, by their own account, didn't understand what it would do.
B counterfactual | if Deshawn had checked that the copies on the city server opened before deleting the cloud side, this stays a non-event
B group-blame | ITS leadership were so focused on cutting the cloud bill that nobody asked whether the migration was safe.
B sarcasm | love that the DA's office found out in August. four months is basically real time for City Hall
B human-error | Cause per the first memo to council: an employee made a mistake and did not follow procedures.
B sanction | firing one technician is not enough, the IT manager who approved that change should be gone too
B repeat-offender | Same guy had deleted archive folders back in 2018 as well and we just let it slide.
O system-failure | The archive tool let a delete of the cloud copy run while the transfer to the city server was still incomplete.
O system-should | The migration job should have compared file counts and checksums on both sides before any source data could be removed.
O actor-neutral | Yevlampiya, from the property unit, reported that case videos would not open in early April and opened the first ticket.
O neutral-fact | About 22 terabytes were deleted between 31 March and 5 April; roughly 14 were recovered.
O agentless-passive | The District Attorney's office was informed on 6 August and prosecutors were told to disclose missing evidence in affected cases.
O policy-subject | El procedimiento de cambios que aplicó Pilarina no exigía ninguna verificación de los archivos antes de borrar el origen.
O credit | credit to the DA's litigation support team, they built the list of 1,000 priority cases in a week
O meta-blameless | note on the draft: "the tech was careless" doesn't help the council; write down which check was missing between copy and delete
""",
actions="""
Y Y N PREVENTS | ITS storage team | 2021-12-31 | Block deletion of any source archive until a checksum comparison shows every file present and readable on the target.
N N N PARTIAL | we | | Treat police evidence with the care it deserves.
Y Y Y DETECTS | Deshawn Kittleborough | 2021-10-31 | Report daily the terabytes stored per police archive and alert when any archive shrinks by more than 1% in a day.
N Y Y PARTIAL | Marcelwyn | | Retrain staff on the archive software.
Y N N PARTIAL | City Manager's office | 2021-11-30 | Require that the District Attorney and the council are told within 72 hours of any loss of police evidence data.
N N N DETECTS | | | Pay more attention to data migrations.
Y Y Y PARTIAL | Pilarina Ochoaviste | 2022-01-31 | Add a reviewer from the police records unit as a required approver on any change that moves or deletes evidence data.
N Y N PREVENTS | ITS management | 2022-03-31 | Strengthen oversight of technicians.
Y Y N DETECTS | | | Search laptops, cameras and in-car systems for the 1,000 priority cases and log each recovered file against its case number.
N Y Y DETECTS | Yevlampiya Brackwellyn | | Follow up on missing files.
Y Y Y PREVENTS | Marcelwyn Teagarden-Voss | 2022-02-28 | Keep deleted archive data in a 90-day recoverable state on the cloud side before it is purged.
""",
ww="""
C | Prosecutors received a prioritised list of affected cases, so the most urgent trials were checked first.
V | Great cooperation between departments.
V | The team has been working incredibly hard on recovery.
"""))

# 6. Maastricht University, 2019 (university IT, Netherlands): phishing e-mails in October 2019 gave the attackers a
# foothold; they spread through the Windows domain and on 23 December encrypted almost all Windows systems with
# ransomware; announced 24 December, all systems taken offline, an outside security firm engaged; e-mail restored in
# early January, teaching resumed after the break; over 15,000 password resets in the first days; the university later
# said it paid 30 bitcoin (about 200,000 euros).
S.append(dict(url="https://nltimes.nl/2019/12/27/maastricht-univ-hit-hard-ransomware-attack-unknown-hackers-spied-research-data",
people=["Joostwin Verhaeghmolen", "Femmigje Tuinstrabeek", "Aukjelien Schuttenhelm", "Gijsberend Oldenkamp"],
blame="""
B failure-verb | Gijsberend liet die server sinds 2017 ongepatcht staan en heeft hem nooit op de lijst gezet.
B counterfactual | if the two people who clicked the October mails had just reported them, we'd have caught the foothold within days
B group-blame | De centrale ICT-afdeling dacht dat een universiteit geen doelwit was, zo simpel is het.
B sarcasm | ah yes, keeping the backups on the same domain as everything else. bold strategy, we all saw how that played out
B passive-agent | Domain admin rights for the research servers were handed out by Aukjelien's team to anyone who asked nicely.
B rhetorical-question | hoe kan het dat niemand in oktober naar die meldingen van de virusscanner heeft gekeken, Joostwin?
B human-error | Root cause (board summary): two staff members clicked on phishing e-mails.
B self-blame | I should have fought for the network segmentation budget in 2018 instead of letting it slide another year.
O system-failure | The mail filter delivered the phishing messages in October, and the macro in the attachment installed the attackers' tool.
O system-should | The backup system should have kept an offline copy that an attacker with domain admin rights could not encrypt.
O actor-neutral | Femmigje saw the encrypted file shares on the evening of 23 December and called the ICT on-call number.
O neutral-fact | Op 23 december werden bijna alle Windows-systemen van de universiteit versleuteld.
O agentless-passive | All systems were taken offline as a precaution on 24 December and an outside security firm was brought in.
O policy-subject | Het patchbeleid dat Joostwin beheerde gold alleen voor werkplekken en niet voor de servers van de faculteiten.
O credit | hats off to the service desk who got 15,000 password resets done before teaching restarted
O self-report | I approved the exception that left the old research server outside the patch cycle; the exception form never asked for an end date.
""",
actions="""
Y Y N PREVENTS | ICT infrastructure | 2020-06-30 | Keep a weekly offline backup of all central systems that cannot be reached from the Windows domain, and restore one system from it each quarter.
N N N PARTIAL | we | | Raise cyber awareness across the university.
Y Y Y DETECTS | Femmigje Tuinstrabeek | 2020-03-31 | Forward every antivirus alert on a server to the security monitoring desk and open a ticket within one hour.
N Y Y PARTIAL | Gijsberend | | Get the server estate in order.
Y N N PREVENTS | Faculty IT coordinators | 2020-09-30 | Put every server on the monthly patch cycle and list any exception with an owner and an end date in the asset register.
N N N DETECTS | | | Be alert to suspicious e-mails.
Y Y Y PARTIAL | Aukjelien Schuttenhelm | 2020-04-30 | Remove standing domain admin rights and grant them only through a time-limited request that expires after 8 hours.
N Y N PREVENTS | Security office | | Tighten up the network.
Y Y N PARTIAL | | 2020-02-15 | Publish the findings of the outside investigation to the other Dutch universities and to SURF.
N Y Y PARTIAL | Joostwin Verhaeghmolen | 2020-05-31 | Review the phishing training.
Y Y Y DETECTS | Joostwin | 2020-03-15 | Zet een alarm op elk nieuw domeinbeheerdersaccount en laat de dienstdoende beheerder dat binnen 15 minuten bevestigen.
""",
ww="""
C | Teaching restarted on schedule after the Christmas break with most services back.
C | More than 15,000 staff and students had reset their passwords within the first days after the break.
V | Een geweldige inzet van iedereen.
"""))

# 7. Coincheck, 26 January 2018 (crypto exchange, Tokyo): from just after midnight about 523 million XEM (NEM), worth
# about 58 billion yen, were sent out of a hot wallet in a series of transactions; the balance drop was found at about
# 11:25; NEM deposits suspended (blog post 12:07), all withdrawals halted at 16:33, trading except bitcoin at 17:23;
# the coins were in a hot wallet without multi-signature; about 260,000 customers; reported to police and the FSA; the
# NEM Foundation tagged the stolen coins.
S.append(dict(url="https://www.japantimes.co.jp/?post_type=news&p=1347607",
people=["Hidetora Mizukawabe", "Sayaka Onodera-Pell", "Ruadhrin Tachibanek", "Kimiyo Haslewood"],
blame="""
B failure-verb | Hidetora never moved the XEM balance to cold storage even though it was on his list since autumn
B passive-agent | The multisig work for NEM was pushed to "after the listing rush" by Kimiyo's product team.
B sarcasm | 523 million coins in one hot wallet guarded by one key. risk management at its finest, really
B group-blame | the engineering team cared about listing new coins fast, security was always the next sprint
B counterfactual | If Sayaka had looked at the wallet dashboard before lunch, we'd have frozen everything hours earlier
B rhetorical-question | How does an exchange holding 58 billion yen not have a single alert on a hot wallet balance dropping to zero?
B competence | a competent exchange operator would never have kept customer NEM online at that scale
B timeline-blame | 11:25 - Ruadhrin finally notices the balance drop, eleven hours after the first coins left
O system-failure | The NEM hot wallet had no multi-signature protection, so one compromised key was enough to send the whole balance.
O system-should | The wallet monitoring should have alerted on any outbound transfer above a set share of the wallet balance.
O actor-neutral | Ruadhrin spotted the drop in the NEM balance at 11:25 and stopped NEM deposits within the hour.
O neutral-fact | About 523 million XEM were sent out in a series of transactions starting just after midnight on 26 January.
O agentless-passive | Withdrawals in all currencies were halted at 16:33 and trading in everything except bitcoin at 17:23.
O policy-subject | The custody policy Kimiyo wrote only required cold storage for bitcoin, not for the newer coins.
O credit | thanks to the NEM foundation folks for tagging the stolen coins so fast, it gave us a fighting chance
O action-item | Action for Hidetora: move every coin balance above one day's withdrawals to cold storage by end of February.
""",
actions="""
Y Y N PREVENTS | Wallet engineering | 2018-03-31 | Move every coin balance above one day's expected withdrawals into offline cold wallets and reconcile the split daily.
N N N PARTIAL | we | | Earn back customer trust.
Y Y Y PREVENTS | Hidetora Mizukawabe | 2018-04-30 | Put two-of-three multi-signature on every hot wallet and prove that a single key cannot send funds.
N Y Y DETECTS | Sayaka | | Have someone check on the wallets from time to time.
Y Y N DETECTS | Operations | 2018-02-28 | Alert the on-call engineer by phone when any hot wallet loses more than 5% of its balance within an hour.
N N N PARTIAL | | | Improve security across the exchange.
Y N Y PARTIAL | Kimiyo Haslewood | 2018-05-31 | Require a custody and key-management review signed by the CISO before any new coin is listed.
N Y N PREVENTS | Management | 2018-06-30 | Strengthen internal controls to meet FSA expectations.
Y Y N PARTIAL | | | Compensate every affected NEM holder in yen at a published rate and report the number of holders paid each week.
N Y Y DETECTS | Ruadhrin Tachibanek | | Stay on top of blockchain monitoring.
Y Y Y DETECTS | Ruadhrin | 2018-03-15 | Run a check every 10 minutes that compares each hot wallet's on-chain balance with the ledger and page on any gap.
""",
ww="""
C | NEM deposits were stopped within about 40 minutes of the balance drop being noticed.
V | People across the exchange rallied.
V | Strong, decisive leadership from the founders.
"""))

# 8. Air Midwest flight 5481, Charlotte, 8 January 2003 (aviation maintenance): a Beech 1900D pitched up uncontrollably
# after takeoff and crashed into a hangar; 21 died; two days earlier, during a detail check at the Huntington station,
# the elevator cable tension was adjusted by a mechanic new to the task, trained and inspected by the same contract
# quality assurance inspector, with steps of the rigging procedure skipped, limiting nose-down elevator travel; the aft
# centre of gravity from outdated average passenger weights contributed; FAA oversight was cited.
S.append(dict(url="https://en.wikipedia.org/wiki/Air_Midwest_Flight_5481",
people=["Lamont Rutherwick", "Consolata Bearsdenne", "Everwin Pettigrosse", "Noreen Callowhay-Dunn"],
blame="""
B role-blame | the QA inspector told the new mechanic he could skip the elevator travel check and then signed it off himself
B passive-agent | The cable tension was set by the night shift at Huntington without anyone using the travel board.
B counterfactual | if Everwin had run the full rigging procedure instead of the "short version", the elevator would have had its full nose-down travel
B group-blame | the contract maintenance outfit at that station ran the hangar like a quick-lube, hit the numbers and get the plane out
B sarcasm | brilliant, a 19-seat airliner goes out with half its nose-down elevator and the paperwork says "checked". stellar
B human-error | Probable cause (draft, hangar version): mechanic error during elevator rigging.
B nobody-blame | Nobody on that shift bothered to do a functional check after touching flight controls.
B group-blame | The FAA let this operator's maintenance oversight rot for years, that one is on Washington.
O system-failure | The elevator rigging procedure let the task be signed as complete without a measured check of elevator travel.
O system-should | The maintenance programme should have required an independent functional check of any flight control touched during a check.
O actor-neutral | Noreen pulled the work cards for the aircraft from the Huntington station within hours and sent them to the investigators.
O neutral-fact | The aircraft reached about 54 degrees nose up shortly after takeoff and all 21 people on board died.
O agentless-passive | The average passenger and bag weights used for load planning were later raised by the regulator.
O policy-subject | The training plan Consolata inherited let a mechanic learn a rigging task on the job from the same person who inspected it.
O credit | credit to the Charlotte station crew who secured the remaining 1900Ds for inspection the same morning
O system-counterfactual | With up-to-date average weights, the load sheet would have shown the centre of gravity beyond the aft limit.
""",
actions="""
Y Y N PREVENTS | Maintenance engineering | 2003-03-31 | Add a measured elevator travel check with a travel board to the rigging card and make it a required inspection item.
N N N PARTIAL | we | | Restore a safety culture in the hangars.
Y Y Y DETECTS | Everwin Pettigrosse | 2003-02-28 | Inspect the elevator travel on every 1900D in the fleet and ground any aircraft outside the published limits.
N Y Y PARTIAL | Lamont | | Talk to the Huntington crew about shortcuts.
Y N N PARTIAL | Quality assurance | 2003-06-30 | Forbid an inspector from signing off a task they taught during the same shift, and record trainer and inspector names on the card.
N N N DETECTS | | | Be extra careful with flight controls.
Y Y N PREVENTS | Load planning | 2003-05-31 | Replace the average passenger and bag weights in the load manual with surveyed values and recheck the aft limit on every route.
N Y N PARTIAL | Contract maintenance provider | | Improve training for new mechanics.
N Y Y DETECTS | Noreen Callowhay-Dunn | 2003-04-30 | Keep a closer watch on contract stations.
N Y Y PARTIAL | Consolata Bearsdenne | | Look again at the whole weight and balance programme.
Y Y Y PARTIAL | Consolata | 2003-05-15 | Give every mechanic a formal sign-off on the 1900D rigging task before they may do it unsupervised.
""",
ww="""
C | Every 1900D in the fleet had its elevator travel checked within days, and no second aircraft was found misrigged.
C | The station's work cards were handed to the investigators the same day.
V | The whole company showed great resilience.
"""))

# 9. Cougar Ace, 23-24 July 2006 (shipping): a Singapore-flagged car carrier owned by Mitsui O.S.K. Lines, with about
# 4,812 vehicles (mostly Mazda) from Japan to North America, lost stability during a ballast water exchange about 230
# miles south of the Aleutians and listed about 60 degrees within minutes; the 23 crew were lifted off by the Coast
# Guard and the Alaska Air National Guard (one broken leg); the ship was towed to Unalaska, righted in late August and
# towed to Portland; the cars were scrapped.
S.append(dict(url="https://www.incidentnews.noaa.gov/incident/6103",
people=["Teofredo Alcantrelle", "Wieslaw Grabowiecki-Lund", "Rosavel Marchbanke", "Ignatzbor Paluszynski"],
blame="""
B role-blame | the chief officer emptied the wrong tanks first and didn't wait to see how she answered before opening the next ones
B passive-agent | The ballast exchange sequence was drawn up by the superintendent's office in Tokyo without a stability check for the loaded condition.
B group-blame | Armator miał w nosie procedury balastowe, liczył się tylko grafik do Vancouver.
B sarcasm | sure, do a ballast swap in the North Pacific swell at night, what could possibly go wrong
B counterfactual | If Wieslaw had run the loading computer before starting, he'd have seen the stability margin go negative halfway through
B rhetorical-question | qui a décidé qu'on pouvait vider les ballasts des deux bords en même temps avec 4 800 voitures à bord ?
B hindsight | Captain Alcantrelle should have known that a car carrier that tall has next to no margin during an exchange; it was obvious.
B character | Ignatzbor always rushes the paperwork jobs, he wanted the ballast log done before his watch ended
O system-failure | During the exchange, free surface in the partly filled tanks cut the stability margin until the ship rolled to about 60 degrees.
O system-should | The loading computer should have blocked or warned on any ballast sequence that took stability below the minimum.
O actor-neutral | Teofredo sounded the general alarm and mustered the crew on the high side within minutes of the list.
O neutral-fact | The ship was carrying 4,812 vehicles, most of them new Mazdas, from Japan to North America.
O agentless-passive | The 23 crew were lifted off by Coast Guard and Air National Guard helicopters the next day.
O policy-subject | The ballast water management plan Rosavel's office issued listed the tank order but gave no stability figures for each step.
O credit | Podziękowania dla załogi śmigłowca, wszyscy zeszli z pokładu żywi.
O meta-blameless | Reviewer: please stop writing "crew error" in the summary, describe what the ballast plan and the loading computer did not show them.
""",
actions="""
Y Y N PREVENTS | Marine technical department | 2006-10-31 | Add a stability check for every step of the ballast exchange plan on each car carrier and mark the steps that go below the minimum.
N N N PARTIAL | we | | Operate our car carriers more safely.
Y Y Y PREVENTS | Wieslaw Grabowiecki-Lund | 2006-09-30 | Make the loading computer refuse to release a ballast sequence unless GM stays above the minimum at every step.
N Y Y PARTIAL | Ignatzbor | | Remind the officers about ballast procedures.
N Y N DETECTS | Fleet operations | 2006-12-31 | Monitor the weather better before ballast operations.
N N N DETECTS | | | Keep a close watch on the list during ballast work.
Y N N PARTIAL | Crewing | 2007-03-31 | Run a simulator session on ballast exchange stability for every chief officer in the car carrier fleet before their next contract.
Y Y N DETECTS | | | Fit a heel alarm on the bridge that sounds at 5 degrees of list during ballast operations.
N Y Y PREVENTS | Rosavel Marchbanke | 2007-01-31 | Revisit the ballast water management plan.
N Y N PARTIAL | everyone | | Put safety before the schedule.
Y Y Y PARTIAL | Teofredo Alcantrelle | 2006-11-15 | Forbid ballast exchange in seas above 3 metres significant wave height and log the wave height at the start of each exchange.
""",
ww="""
C | The whole crew was mustered and accounted for before the helicopters arrived.
V | Tremendous courage from everyone on board.
V | Great support from our partners.
"""))

# 10. Jensen Farms, 2011 (food packing plant, Colorado): Listeria monocytogenes on whole cantaloupes; 146-147 people ill
# in 28 states, about 30-33 deaths; recall on 14 September of melons shipped 29 July-10 September; FDA inspection on
# 10 September found 13 of 39 environmental swabs positive; contributing factors: used equipment bought in July that
# had handled another crop and was hard to clean, water pooling on a floor hard to clean, no pre-cooling before cold
# storage, a cull truck to a cattle operation parked next to the shed.
S.append(dict(url="http://www.cidrap.umn.edu/news-perspective/2011/10/fda-links-packing-facility-flaws-listeria-cantaloupe",
people=["Wendrow Faircroftby", "Marisenda Quintanarro", "Obedrin Trenchfield", "Lucavia Pemberlowe"],
blame="""
B failure-verb | Wendrow bought that used washer in July and put it on the line without ever sanitising it properly
B passive-agent | The pre-cooling step was dropped by the packing shed manager to save money this season.
B sarcasm | an outside audit gave the shed a superior score weeks before the outbreak. great value for money, that audit
B group-blame | those growers down there think because melons grow on the ground they don't need food safety, that's the problem
B counterfactual | if Obedrin had fixed the floor drains when the water was pooling in June, the listeria would have had nowhere to live
B rhetorical-question | who lets a cull truck that goes to a cattle lot park right next to the packing shed door, Lucavia?
B nobody-blame | nobody in that shed looked twice at the standing water for an entire season
B mistake-attribution | Serious mistakes were made by plant management in how the packing line was run.
O system-failure | The washing and drying equipment could not be cleaned and sanitised properly, so the bacteria persisted on the line.
O system-should | The packing line should have had an antimicrobial wash step for whole melons before cold storage.
O actor-neutral | Marisenda took the swabs from the processing line on 10 September with the state inspectors and logged each location.
O neutral-fact | Thirteen of the 39 swabs from the packing facility matched outbreak strains.
O agentless-passive | All whole cantaloupes shipped from late July to 10 September were recalled on 14 September.
O policy-subject | El plan de limpieza que firmó Lucavia no incluía el equipo de segunda mano ni el desagüe del suelo.
O credit | credit to the state lab, they linked the store samples to our shed in days
O quoted-question | Obedrin asked the auditor in July "do you want to see the washer?" and was told it wasn't in scope.
""",
actions="""
Y Y N PREVENTS | Packing shed | 2012-06-30 | Replace the used washer and dryer with equipment built for melons that can be taken apart and sanitised, and swab it weekly for Listeria.
N N N PARTIAL | we | | Raise our game on food safety.
Y Y Y DETECTS | Marisenda Quintanarro | 2012-07-15 | Swab 20 fixed points on the packing line every week during the season and stop packing on any Listeria positive.
N Y Y PARTIAL | Obedrin | | Do something about the floor.
Y N N PREVENTS | Farm management | 2012-05-31 | Add a pre-cooling step that brings melons below 10 °C within 4 hours of packing, recorded per lot.
N N N DETECTS | | | Clean things better in the shed.
N Y N PREVENTS | Maintenance | 2012-04-30 | Improve drainage in the shed.
Y Y N PARTIAL | | | Move cull truck parking at least 100 m from the packing shed and mark the new bay on the site plan.
N Y Y PARTIAL | Wendrow Faircroftby | | Choose better auditors next time.
N N N PARTIAL | everyone | 2012-06-01 | Follow good agricultural practice.
Y Y Y PARTIAL | Lucavia Pemberlowe | 2012-03-31 | Write a sanitation schedule naming each piece of packing equipment, its cleaning agent and frequency, and post it on the line.
""",
ww="""
C | The recall covered every whole melon shipped in the affected window, so retailers did not have to sort by lot.
C | The state lab matched store samples to the shed within days.
V | Everyone handled a very hard time with dignity.
"""))

# 11. Havelock North, August 2016 (water utility, New Zealand): the district council supplied untreated water from
# Brookvale Road bores 1 and 2; after heavy rain about 6 August, sheep faeces from a nearby paddock reached the aquifer;
# about 5,500 of 14,000 residents fell ill with campylobacteriosis, about 45 were hospitalised, up to three deaths may be
# linked; the health board and GPs saw the surge, a positive test came back on 12 August and chlorination and a
# boil-water notice followed; the inquiry criticised the relationship between the district and regional councils.
S.append(dict(url="https://www.dia.govt.nz/Government-Inquiry-into-Havelock-North-Drinking-Water-Report---Part-1---Overview",
people=["Whetumarie Pallanhurst", "Alasdrew Kinnerbrook", "Hinewai Scullamore", "Bramholt Oxenthorpe"],
blame="""
B failure-verb | Mr Oxenthorpe ignored the 2015 E. coli result at bore 3 and kept running bores 1 and 2 untreated as if nothing had happened
B passive-agent | The bore head inspections were skipped by the council's water team for years because the aquifer was "confined".
B group-blame | the regional council and the district council spent more energy fighting each other than looking after the aquifer
B sarcasm | "secure groundwater" they said. 5,500 sick people later, still very secure apparently
B counterfactual | if Hinewai had put chlorine in after the 1998 scare like the assessor suggested, none of this happens
B competence | a water engineer worth the title would have known a shallow bore next to a sheep paddock was a risk after heavy rain
B rhetorical-question | why did the health board have to tell the council there was an outbreak, when the council owned the water?
B sanction | The councillors who voted against treatment should be held personally accountable.
O system-failure | Heavy rain washed sheep faeces from a nearby paddock into the aquifer, and the untreated bores drew it into the network.
O system-should | The supply should have had continuous treatment, since the security of the bores had never been proven.
O actor-neutral | Alasdrew received the positive E. coli result on 12 August and started chlorination that afternoon.
O neutral-fact | About 5,500 of the town's 14,000 residents fell ill and about 45 were admitted to hospital.
O agentless-passive | A boil-water notice was issued on 12 August and the water was chlorinated from that day.
O policy-subject | The drinking-water standards Whetumarie applied allowed untreated supply from bores classed as secure.
O credit | kudos to the GPs who spotted the gastro cluster and called the health board on the Thursday
O self-report | I signed the monthly compliance report that called the bores secure; the form had no field for the earlier E. coli result.
""",
actions="""
Y Y N PREVENTS | Hastings water services | 2016-12-31 | Chlorinate all Havelock North supply continuously and alarm when free chlorine at the reservoir falls below 0.2 mg/L.
N N N PARTIAL | we | | Guarantee safe drinking water for the town.
Y Y Y DETECTS | Alasdrew Kinnerbrook | 2016-10-31 | Test each bore for E. coli daily and send any positive result to the health board and the drinking water assessor within 2 hours.
N Y Y PARTIAL | Bramholt | | Work more closely with the regional council.
N Y N PREVENTS | Regional council | | Protect the aquifer better.
N N N DETECTS | | | Keep an eye on the bores after heavy rain.
Y N N PARTIAL | Joint working group | 2017-03-31 | Agree in writing which council is responsible for each source protection step and publish the agreement.
Y Y N DETECTS | | 2016-09-30 | Inspect every bore head for gaps and flooding risk and record the result with photos for each bore.
N Y Y PREVENTS | Hinewai Scullamore | 2017-02-28 | Review the water safety plan.
N N N PARTIAL | everyone | | Learn the lessons of Havelock North.
Y Y Y PARTIAL | Whetumarie Pallanhurst | 2016-11-30 | Write a boil-water notice procedure with a 2-hour target from positive result to public notice, and rehearse it once.
""",
ww="""
C | Chlorination started the same afternoon the positive result arrived.
V | The community spirit in the town was wonderful.
V | All agencies worked hard together.
"""))

# 12. Alton Towers, the Smiler, 2 June 2015 (theme park, UK): an empty test car stalled in the circuit in high wind
# (above the 34 mph limit in the ride's instructions; the wind alarm sat on a neighbouring ride) without staff seeing
# it; the control system stopped the next train; engineers took it for a fault and overrode it, sending a loaded train
# into the empty car; 16 injured, 5 seriously, two leg amputations; riders trapped for over four hours; Merlin first
# spoke of human error; the court and HSE placed the fault in the absence of a safe system; fined 5 million pounds.
S.append(dict(url="http://www.lexology.com/library/detail.aspx?g=6946d94d-9432-44ca-b22b-c6da6a4bf36f",
people=["Crisvald Haldaneworth", "Jolbrand Sparrowhake", "Tamsolde Overbury-Kell", "Rhiannedd Copplestone"],
blame="""
B failure-verb | the engineers overrode the block stop without walking the track or looking for the empty car
B passive-agent | The decision to send a loaded train was made by Jolbrand on the maintenance side, who had never read the ride manual.
B sarcasm | the chief exec called it "technically impossible". tell that to the two teenagers who lost their legs
B group-blame | The engineering team treated the Smiler's safety system as a nuisance that stopped the ride for no reason.
B human-error | Cause given in the first company statement: human error by ride staff.
B counterfactual | if Tamsolde had closed the ride when the wind got over 34 mph, the test car never stalls in the loop
B repeat-offender | same company, same pattern as the Warwick Castle death in 2012. they never learn
B rhetorical-question | how did nobody in the control room count the cars before restarting a 14-loop coaster??
O system-failure | The wind speed alarm was fitted to a neighbouring ride and did not go off, so the ride kept running above its wind limit.
O system-should | The override should have required a visual confirmation that the block ahead was clear before releasing a train.
O actor-neutral | Rhiannedd called the emergency services within minutes of the impact and started the rescue plan for the stranded car.
O neutral-fact | Sixteen people were injured, five seriously, when a loaded train hit an empty one stopped on the track.
O agentless-passive | The riders were left in the car for more than four hours before the last one was brought down.
O policy-subject | The fault-handling process that Crisvald's team used had no written steps for a block stop during operation.
O credit | credit to the first responders and the ride staff who stayed up there with the riders for hours
O meta-blameless | Draft note: the court said the underlying fault was the absence of a structured system, so the summary should say that, not "staff error".
""",
actions="""
Y Y N PREVENTS | Ride engineering | 2015-12-31 | Fit a wind speed sensor on the Smiler itself that stops dispatch above 34 mph and logs every stop.
N N N PARTIAL | we | | Put guest safety first.
Y Y Y PREVENTS | Crisvald Haldaneworth | 2016-01-31 | Require two-person sign-off and a track walk before any block-stop override, recorded in the ride log with names and times.
N Y Y PARTIAL | Jolbrand | | Read the ride manual.
Y N N PARTIAL | Park operations | 2016-03-31 | Write a rescue plan for each coaster that brings riders down within one hour and rehearse it with the fire service twice a year.
N N N DETECTS | | | Stay vigilant around the ride.
N Y N PREVENTS | Engineering team | 2016-02-28 | Improve training for engineers.
Y Y N DETECTS | | | Show the number of cars on the circuit on the control panel and stop dispatch when the count does not match.
N Y Y PARTIAL | Tamsolde Overbury-Kell | | Strengthen the wind procedures.
N N N PARTIAL | everyone | | Ensure no guest is ever hurt again.
Y Y Y PARTIAL | Rhiannedd Copplestone | 2015-11-30 | Give every ride engineer the manufacturer's manual and record a signed read-through before they work on the ride.
""",
ww="""
C | Ride staff stayed with the trapped riders and kept talking to them throughout the rescue.
C | Emergency services were on site within minutes of the call.
V | Amazing team effort on a terrible day.
"""))

# 13. Seattle South Lake Union crane collapse, 27 April 2019 (construction crane): a tower crane used to build a Google
# office was being dismantled at Mercer Street and Fairview Avenue; about 50 pins and sleeves had been removed along
# the mast ahead of the assist crane, against the manufacturer's procedure; a gust of about 45 mph toppled it onto the
# building and the street; four died (two ironworkers, two people in cars); in October the state cited the crane owner
# (70,000 dollars, approved the early pin removal), the general contractor and the dismantling subcontractor.
S.append(dict(url="https://www.knkx.org/post/3-companies-cited-role-fatal-seattle-crane-collapse",
people=["Zdzimir Wolodarski", "Shelbourne Ashcrowther", "Izolda Reyes-Holmquist", "Torgrimmel Brickendon"],
blame="""
B failure-verb | the dismantling crew pulled pins the whole length of the mast before the assist crane was even hooked on
B passive-agent | Early pin removal was approved by the crane owner's rep on site, it's right there in the citation.
B group-blame | Ekipa od demontażu zawsze tak robi, żeby skończyć przed weekendem, wszyscy o tym wiedzą.
B sarcasm | cool, so "industry practice" is what we call taking a 300-foot tower apart in a 45 mph wind
B counterfactual | if Shelbourne had shut Mercer Street during the disassembly, the two people in the cars would still be alive
B rhetorical-question | where was the GC's qualified supervisor that afternoon, Torgrimmel? anyone?
B competence | Any half-trained ironworker knows you don't pull a section's pins until it's on the hook.
B self-blame | I should have stopped the job when the gusts picked up after lunch; I'd seen the forecast.
O system-failure | With most of the pins and sleeves out, the mast lost its stiffness and a gust of about 45 mph pushed it over.
O system-should | The disassembly plan should have listed the wind limit for each stage and who had the authority to stop work.
O actor-neutral | Izolda called 911 from the site trailer and started the head count of the crew.
O neutral-fact | Four people died: two ironworkers on the crane and two people in cars on the street below.
O agentless-passive | Three companies were cited and fined a combined 107,000 dollars in October.
O policy-subject | Procedura demontażu, z której korzystał Zdzimir, nie określała limitu wiatru dla poszczególnych etapów.
O credit | credit to the fire crews, they had the street cordoned and the cars checked in minutes
O quoted-question | Torgrimmel's radio call was "is the top still pinned?" and nobody on the ground could answer.
""",
actions="""
Y Y N PREVENTS | Crane rental company | 2019-12-31 | Ban removal of any mast pin until that section is rigged to the assist crane, and check it with a photo log per section.
N N N PARTIAL | we | | Repair relations with South Lake Union residents.
Y Y Y PREVENTS | Torgrimmel Brickendon | 2019-11-30 | Add a stop-work wind limit of 20 mph to the disassembly plan, measured with an anemometer on the tower and recorded hourly.
N Y Y PARTIAL | Zdzimir | | Have a word with the ironworkers about the pin issue.
Y N N PARTIAL | General contractor | 2020-01-31 | Close the street below any tower crane erection or dismantling and put the closure in the traffic permit.
N N N DETECTS | | | Factor the wind in more.
N Y N PREVENTS | Dismantling subcontractor | 2020-03-31 | Raise the standard of ironworker training.
Y Y N PARTIAL | | | Give every ironworker on a dismantling crew the manufacturer's disassembly procedure and record that they have read it.
N Y Y DETECTS | Shelbourne Ashcrowther | 2019-12-15 | Double-check the pins before each lift.
N N N PARTIAL | everyone | | Slow down and do it right.
Y Y Y PARTIAL | Izolda Reyes-Holmquist | 2020-02-28 | Have a qualified supervisor sign each stage of the disassembly checklist on site before the next stage starts.
""",
ww="""
C | The street was cordoned and every crushed car checked within minutes of the collapse.
V | The response from everyone was fantastic.
V | Our people showed real character.
"""))

# 14. Hermits Peak / Calf Canyon fire, New Mexico, 2022 (wildfire response): the Las Dispensas prescribed fire on the
# Santa Fe National Forest was lit on 6 April (test fire 11:34, spot fires from 13:35) and declared a wildfire that
# afternoon; a pile burn from January held over under snow, was found on 9 April, lined, and escaped on 19 April; the two
# merged on 22 April and burned about 341,000 acres and 903 structures; the review found conditions drier than
# recognised; prescribed burning was paused nationally in May and resumed in September under new requirements.
S.append(dict(url="https://www.krqe.com/news/wildfires/u-s-forest-service-releases-report-on-hermits-peak-wildfire/",
people=["Evandrito Trujenquez", "Lorcastyn Whitlatch", "Marivel Sandobarra", "Quennric Hollerbeck"],
blame="""
B role-blame | the burn boss lit the Las Dispensas unit on a day the fuel moisture was already below what the plan allowed
B passive-agent | The January pile burn was declared out by the district crew without anyone checking under the snow.
B group-blame | El Servicio Forestal quemó nuestras tierras y ahora quiere que llenemos formularios.
B sarcasm | "holdover" is such a nice word for a pile that smouldered for three months and then took out half the county
B counterfactual | if Quennric had called off ignition after the first spot fire at 13:35, the unit would have stayed a 150-acre burn
B rhetorical-question | ¿quién en Washington decidió que abril, con la sequía que tenemos, era buen mes para quemar?
B mistake-attribution | mistakes were made by the district fire staff in assessing conditions that day
B human-error | Initial cause noted by the district: human error during the prescribed burn.
O system-failure | The fuel moisture readings used on 6 April did not show how dry the heavy fuels had become after the thinning work.
O system-should | The burn plan should have had a hard no-go threshold tied to the current drought index, not just the forecast.
O actor-neutral | Marivel spotted the heat source from the January piles on the infrared map on 9 April and sent a crew to line it.
O neutral-fact | The merged fire burned about 341,000 acres and destroyed about 900 structures.
O agentless-passive | Prescribed burning on national forests was paused nationwide in May while a review was carried out.
O policy-subject | La guía de quemas que usó Lorcastyn no decía nada sobre revisar las pilas apagadas después de la nieve.
O credit | big thanks to the volunteer fire departments in Mora and San Miguel, they got a lot of people out in time
O system-counterfactual | With a thermal check of the January piles before spring, the Calf Canyon heat would likely have been found weeks earlier.
""",
actions="""
Y Y N PREVENTS | Fire management | 2022-09-30 | Add a go/no-go check to every burn plan that stops ignition when the energy release component is above the 90th percentile.
N N N PARTIAL | we | | Regain the trust of northern New Mexico.
Y Y Y DETECTS | Marivel Sandobarra | 2022-11-30 | Scan every pile burn unit with an infrared camera two weeks after ignition and again after the first snowmelt, and log each result.
N Y Y PARTIAL | Quennric | | Be more conservative with prescribed fire.
N Y N PREVENTS | Santa Fe National Forest | | Improve burn planning.
N N N DETECTS | | | Pay attention to the weather in spring.
Y N N PARTIAL | Regional office | 2023-01-31 | Require the agency administrator and the burn boss to sign the go/no-go checklist on the morning of ignition, with the weather readings attached.
Y Y N PARTIAL | | | Publish the claim process for the compensation fund in Spanish and English with a phone line staffed on weekdays.
N Y Y PREVENTS | Lorcastyn Whitlatch | 2022-12-31 | Look at how we declare piles out.
N N N PARTIAL | everyone | | Respect the fire.
Y Y Y PREVENTS | Evandrito Trujenquez | 2022-10-31 | Require three consecutive days with no heat on infrared before a pile burn unit can be declared out.
""",
ww="""
C | Volunteer fire departments and sheriffs moved residents out ahead of the 22 April run.
C | El cortafuegos alrededor del fuego de Calf Canyon se construyó el mismo día en que se detectó.
V | Great resilience from the communities.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

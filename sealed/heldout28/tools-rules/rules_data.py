# heldout28 rules data (see ../rules/SOURCES-heldout28.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Google App Engine outage 2010, Starbucks register outage 2015, Virgin Blue / Navitaire
# check-in outage 2010, Google Docs sharing bug 2009, PS3 internal-clock leap-year bug 2010, Mt. Gox withdrawal halt and
# collapse 2014, Dutch childcare-benefits risk model 2013-2019) and 7 outside software (Air Ontario 1363 Dryden 1989,
# Aloha 243 1988, ValuJet 592 1996, Aberfan 1966, Summerland fire 1973, Air France 4590 Concorde 2000, Bhopal 1984).
# Styles vary: on-call chat, Slack, forum posts, Jira-style tickets, airline ops notes, translated English (Japanese,
# French, Dutch speakers), Indian English plant logs, inquiry and commission prose, 1960s-70s letters, terse timelines.
S = []

# 1. Google App Engine, 24 Feb 2010: power failure in the primary datacenter; ~25% of machines did not come back;
# on-call unfamiliar with the failover procedure; docs described the old datastore configuration; no policy on when to
# fail over; a bad call to return to the partially working datacenter; degraded 07:48-10:09 PT.
S.append(dict(url="https://groups.google.com/g/google-appengine/c/p2QKJ0OSLc8",
people=["Leonie Glasspool", "Thibaud Eggleston", "Osvaldo Quintanilla", "Rocio Fairlie"],
blame="""
B failure-verb | Thibaud skipped the failover runbook entirely and went with what he remembered from the old master/slave setup.
B counterfactual | If Osvaldo had called the unscheduled failover at 08:05 instead of waiting, we'd have been back in twenty minutes, not two hours twenty.
B passive-agent | The decision to move traffic back into the half-powered datacenter was made by Leonie against the advice of two people on the call.
B hindsight | Any on-call engineer worth the pager knows you don't fail back into a building that's only three quarters up.
B group-blame | the oncall rotation clearly never bothered to practise the datastore failover, that's the whole story
B rhetorical-question | Seriously, how does an SRE team go two hours without opening its own runbook?
B human-error | Root cause (draft): operator error during the datastore failover, compounded by the datacenter power loss.
B self-blame | I'm the one who sent everybody to the stale wiki page, that's on me, I should have checked the date on it before pasting it.
O system-failure | About a quarter of the machines in the primary datacenter did not come back after power was restored, and the datastore kept serving errors.
O system-should | The failover documentation should have described the new datastore configuration; two of its pages still described the old one.
O actor-neutral | Leonie paged the datastore team at 07:53 and opened the incident channel.
O policy-subject | As Osvaldo pointed out in the review, the production policy did not say when on-call may take a user-facing action such as an unscheduled failover.
O neutral-fact | Applications were in degraded states from 07:48 to 10:09 Pacific, two hours and twenty minutes in total.
O system-counterfactual | Had the recovery tooling handled a partial power loss, the failover decision would have come down to a single command.
O agentless-passive | The return to the primary datacenter was reversed after about forty minutes and traffic went to the backup site.
O credit | Thanks to Rocio, the downtime-notify list got its first update eleven minutes into the outage and one every half hour after that.
""",
actions="""
Y Y Y PARTIAL | Osvaldo Quintanilla | 2010-03-31 | Run a timed datastore failover drill with every primary on-call engineer, each completing the procedure unaided within 30 minutes.
N N N PARTIAL | SRE team | | Get better at handling datacenter power events.
Y Y N PREVENTS | Datastore team | 2010-04-15 | Delete or redirect every failover page that still describes the master/slave configuration, shown by a wiki search returning zero hits for the old procedure.
Y Y Y PREVENTS | @leonie | 2010-03-19 | Write the failover policy: on-call may trigger an unscheduled failover without approval when more than 20% of datastore requests fail for 15 minutes.
N Y N DETECTS | we | | Keep a closer eye on the power feeds in the primary datacenter.
Y N N PREVENTS | App Engine infrastructure | 2010-09-30 | Launch a datastore option that replicates writes synchronously across datacenters and offer migration to all applications.
N N Y PARTIAL | Thibaud Eggleston | 2010-04-30 | Revisit our approach to disaster recovery.
Y Y N DETECTS | Monitoring | | Alert the datastore on-call when more than 10% of machines in any one datacenter fail health checks for 5 minutes after a power event.
N Y Y PARTIAL | Rocio | | Improve the outage communication to developers.
Y Y N PARTIAL | Developer relations | 2010-03-05 | Publish the post-mortem on the downtime-notify list and the App Engine blog within 10 days of the outage.
N N N PREVENTS | | | Stop this class of outage for good.
""",
ww="""
C | The backup datacenter had enough capacity for all applications once traffic was moved there, with no throttling needed.
V | Really proud of how everyone pulled together.
C | Downtime-notify posts every 30 minutes meant developers stopped opening duplicate tickets after the first hour.
"""))

# 2. Starbucks, Fri 24 Apr 2015: a failure during the daily menu/system refresh took down point-of-sale registers in
# about 7,000 U.S. and 1,000 Canadian company-operated stores from early evening ET; stores closed early or gave drinks
# away; "not a hack"; resolved overnight, stores open Saturday; Evolution Fresh and Teavana also affected.
S.append(dict(url="http://csmonitor.com/Business/2015/0425/What-shut-down-8-000-Starbucks-Friday",
people=["Leopoldo Wetherill", "Gisela Hightower", "Philbert Wojtaszek", "Ramona Prewitt"],
blame="""
B failure-verb | leopoldo pushed the evening menu refresh and never checked that a single register came back after it
B passive-agent | The bad refresh package was approved by Gisela without anyone running it against a test store.
B counterfactual | If Ramona had rolled back at 16:30 like store ops begged, half the East Coast stores would've stayed open.
B group-blame | Corporate IT broke 8,000 stores on a Friday night and us baristas took the heat for it.
B sarcasm | Great job, store systems team, nothing says "we tested it" like free coffee for a whole continent.
B competence | The people running the POS refresh clearly don't understand what a register does when its menu database is half written.
B repeat-offender | Same release guy who took down the drive-thru screens last autumn; why is he still allowed near production?
B rhetorical-question | who schedules a chain-wide refresh at 4pm pacific on a friday and then goes home??
O system-failure | The daily menu refresh failed partway through and left the register application unable to load its menu at start-up.
O neutral-fact | About 7,000 company-operated stores in the U.S. and 1,000 in Canada lost their registers; licensed stores were not affected.
O actor-neutral | Philbert told his district to keep the doors open and hand out tall brewed coffee while the registers were down.
O system-should | The refresh job should have stopped at the first store whose registers failed to restart instead of carrying on across the chain.
O agentless-passive | The outage was resolved late Friday night and stores opened as usual on Saturday morning.
O policy-subject | Gisela pointed out that the release calendar allowed chain-wide refreshes during evening trading hours.
O quoted-question | A barista on the forum asked "who pushed this on a Friday?"; the answer here is that the refresh runs every day and nothing in the pipeline gated it on store count.
O self-report | I ran the manual rollback on the Seattle pilot stores at 21:10 and watched the first registers come back.
""",
actions="""
Y Y N PREVENTS | POS platform team | 2015-05-15 | Deploy each daily menu refresh to 50 pilot stores first and continue only if every pilot register restarts within 10 minutes.
N N N PARTIAL | Store systems | | Be more careful with Friday releases.
Y Y Y PARTIAL | Ramona Prewitt | 2015-05-08 | Write a one-command rollback for the menu refresh and show it restoring a test store's registers in under 5 minutes.
N Y N DETECTS | we | | Monitor the registers better.
Y Y N DETECTS | Store operations center | | Page the POS on-call when more than 2% of company-operated stores report no sales for 15 minutes during trading hours.
N N Y PARTIAL | Gisela | 2015-06-30 | Audit the refresh process.
Y Y Y PARTIAL | @philbert | 2015-05-01 | Send all U.S. company-operated stores a one-page guide for store managers on cash-only trading and free drinks when registers are down.
N Y N PARTIAL | District managers | | Double-check stores are ready before big refreshes.
N N N PREVENTS | everyone | | No more chain-wide outages, period.
Y N N PREVENTS | Technology leadership | 2015-12-31 | Take the menu refresh off the register start-up path so that registers keep the last good menu when a refresh fails, verified by a failed-refresh test in every region.
N Y Y DETECTS | Leopoldo | | Double-check the refresh logs after each run.
""",
ww="""
V | Amazing attitude from the baristas.
C | Stores that switched to cash-only within the first half hour kept trading and logged no queue complaints.
V | Customers were super understanding, honestly a great night considering.
"""))

# 3. Virgin Blue / Navitaire New Skies, 26 Sep 2010: the solid-state disk server infrastructure hosting reservations,
# check-in, boarding and online booking failed at 08:00 AEST; Navitaire chose first to repair the device, delaying the
# cutover to contingency hardware; ~21 hours of manual check-in; ~400 flights and ~50,000+ passengers affected; hotels,
# credits for delays over four hours; service agreement breached; legal action considered; a second glitch two days later.
S.append(dict(url="https://www.computerworld.com/article/3413743/virgin-airline-in-check-in-outage-chaos.html",
people=["Kirralee Mackinlay", "Silas Pellegrino", "Orla Brennecke", "Ferdinand Kellaway"],
blame="""
B failure-verb | Navitaire's duty engineer wasted hours trying to fix the dead SSD box instead of cutting over to the standby.
B group-blame | Navitaire let us down badly, again, and 50,000 of our guests paid for it.
B counterfactual | had silas just called the cutover at nine we'd have had the kiosks back before lunch
B timeline-blame | 08:00 SSD array fails. 08:40 Silas decides to repair rather than fail over (wrong call). 11:30 still no cutover.
B mistake-attribution | The 21 hours were Silas's mistake, not the hardware's.
B sanction | Whoever signed off the repair-first decision should be off our account by Monday.
B implicit | Funny how the outage only got fixed once Ferdinand rang their CEO himself.
B character | Ferdinand is complacent about suppliers; he never read the service agreement until it was breached.
O system-failure | At 08:00 the solid-state disk server hosting New Skies failed, taking out check-in, boarding and online booking.
O neutral-fact | Check-in stayed manual for about 21 hours, and around 400 flights were cancelled or delayed across Australia.
O actor-neutral | Kirralee moved the airports to manual check-in at 08:25 and asked guests with non-essential travel to rebook.
O system-should | The contingency hardware platform should have taken over automatically instead of waiting for someone to decide on a cutover.
O policy-subject | Ferdinand noted that the service agreement set a short restoration time for mission-critical outages but said nothing about who decides on a cutover.
O system-counterfactual | If the standby platform had held a current copy of the reservations data, the cutover would have taken minutes rather than hours.
O agentless-passive | Guests delayed more than four hours were offered a travel credit and a new date.
O meta-blameless | The papers ran "Navitaire to blame"; this review asks why one storage device could stop check-in for a whole airline.
""",
actions="""
Y Y N PREVENTS | Navitaire hosting | 2010-11-30 | Fail the New Skies database over to the contingency platform automatically when primary storage is unavailable for 15 minutes, and prove it in a quarterly test.
N N N PARTIAL | IT vendor management | | Strengthen the relationship with Navitaire.
Y Y Y PARTIAL | Kirralee Mackinlay | 2010-10-29 | Print and stock manual check-in kits (paper manifests, boarding cards, bag tags) for 300 departures a day at Brisbane, Sydney and Melbourne.
N Y N DETECTS | we | | Keep a better watch on the reservations system.
Y Y Y PREVENTS | Ferdinand Kellaway | 2010-10-15 | Amend the Navitaire service agreement so any outage over 60 minutes triggers cutover to contingency hardware without waiting for a repair attempt.
N N Y PARTIAL | Orla | | Sort out customer care for next time.
Y Y N DETECTS | Operations control | | Raise an alert when more than 10 departures in one hour are checked in manually at any port.
N Y N PARTIAL | Navitaire | 2010-12-31 | Look into the SSD infrastructure.
Y Y N PARTIAL | Guest relations | 2010-10-08 | Send the travel credit to every guest whose flight on 26-27 September was delayed more than four hours, matched against the manifests.
N N N PREVENTS | | | Ensure system resilience.
Y N N PREVENTS | Group IT | 2011-06-30 | Hold a second, independently hosted reservations platform that can take all Virgin Blue check-in within 2 hours, demonstrated in a full cutover test.
""",
ww="""
C | The manual check-in kits at Brisbane let the first departures leave within 90 minutes of the failure.
V | Fantastic resilience shown by our people.
C | The hotel block booked at 17:00 housed every stranded guest in Sydney that night.
"""))

# 4. Google Docs, 6-10 Mar 2009: selecting several documents/presentations in the documents list and changing sharing
# permissions shared them with people the owner had shared other documents with; <0.05% of documents; spreadsheets not
# affected; an automated process removed collaborators from affected documents; owners emailed a list and asked to re-share.
S.append(dict(url="http://www.cbc.ca/news/technology/google-docs-shares-users-private-files-by-accident-1.838830",
people=["Loretta Wexley", "Bohdan Vashchenko", "Yusra Belcourt", "Amaury Strickney"],
blame="""
B failure-verb | Bohdan forgot to scope the batch ACL update to the selected documents, so it wrote the union of every collaborator list.
B passive-agent | DOCS-4411: the multi-select sharing change was merged by Bohdan with no test covering more than one document.
B counterfactual | If Amaury had done the privacy review he was asked for, this never ships.
B hindsight | Anyone who has written an ACL update knows you test it with two owners and three collaborators before it goes near prod.
B group-blame | The docs list frontend team broke sharing, the one feature users trust most.
B rhetorical-question | how does a bulk permission change get to production without a single reviewer asking what "bulk" means?
B competence | Frankly this is junior-level work; a competent engineer doesn't write an ACL merge without a unit test.
B nobody-blame | Nobody bothered to look at the sharing logs until a user posted in the help forum.
O system-failure | When several documents were selected and their sharing settings changed together, the batch update added earlier collaborators to all of them.
O neutral-fact | Fewer than 0.05% of documents were affected; spreadsheets were not.
O actor-neutral | Yusra escalated the first forum report to the Docs on-call on Saturday morning.
O system-should | The batch permission change should have been limited to the collaborators shown in the sharing dialog.
O agentless-passive | Collaborators and viewers were removed from every affected document by an automated job, and owners were emailed a list.
O policy-subject | Loretta confirmed that the launch checklist did not require a privacy review for changes to existing sharing code.
O system-counterfactual | A check comparing each document's ACL before and after the batch update would have caught the extra viewers on the first run.
O action-item | @bohdan can you pull the count of affected documents per owner so support can size the email?
""",
actions="""
Y Y N PREVENTS | Docs sharing team | 2009-03-27 | Add a test that changes sharing on three selected documents and asserts no collaborator appears on a document that did not have them before.
N N N PARTIAL | Engineering | | Take privacy more seriously.
Y Y Y PREVENTS | Amaury Strickney | 2009-04-10 | Make "changes who can see a document" a launch-checklist item that needs a named privacy reviewer's sign-off.
N Y Y DETECTS | Bohdan | | Watch the sharing logs for anything odd.
Y Y N DETECTS | Docs on-call | | Alert when the number of ACL entries added per hour exceeds three times the weekly median.
N Y N PARTIAL | Support | | Help affected users re-share.
Y Y Y PARTIAL | @yusra | 2009-03-13 | Publish a help-centre article with the steps to re-share documents after the automated cleanup, linked from the notification email.
N N N PREVENTS | we | | Make sharing bulletproof.
N Y N PARTIAL | Docs product | 2009-05-01 | Review the bulk actions in the documents list.
Y N N PARTIAL | Google Apps security | 2009-06-30 | Keep an ACL change history for every document for 90 days so that a future bad batch can be reverted per document.
N Y Y DETECTS | Loretta Wexley | | Double-check sharing changes before each release.
""",
ww="""
C | The forum post was triaged within two hours of being written, on a Saturday.
V | Docs folks owned this end to end, kudos.
V | The team really rallied on this one.
"""))

# 5. PlayStation 3 internal clock, 28 Feb - 1 Mar 2010 (GMT): models other than the slim treated 2010 as a leap year;
# date reset to 1999/2000; error 8001050F on PSN sign-in; trophy-based games and rentals failed; users advised to leave
# the consoles off; symptoms cleared once the GMT date moved on; system software 3.40 (June 2010) fixed the clock handling.
S.append(dict(url="https://www.playstationlifestyle.net/2010/03/01/playstation-3-error-8001050f-demystified/",
people=["Kiyomasa Ubukata", "Fumiaki Kanemoto", "Peggy Dorsey", "Mitsuru Hanegawa"],
blame="""
B failure-verb | Ubukata-san did not test the clock firmware with a non-leap even year, only with 2008.
B counterfactual | If Kanemoto had checked the BCD year conversion in review, millions of fat PS3 would not have shown 8001050F.
B passive-agent | The leap-year rule was written by Mitsuru as "every even year" and copied into the RTC code without comment.
B group-blame | lol the firmware team literally thought every even year is a leap year. how do you ship that
B sarcasm | Congrats to Sony QA for finding the bug with 38 million testers at once.
B human-error | Cause: human error in the coding of the internal clock (please confirm wording before release to press).
B sanction | The programmer who wrote this deserves to lose his bonus, my trophies are gone.
B self-blame | It is my fault; I approved this module in 2006 and I did not look at the year table enough.
O system-failure | On models other than the slim, the internal clock treated 2010 as a leap year and moved to 29 February.
O neutral-fact | From 00:00 GMT on 1 March the affected consoles reset their date and could not sign in to the network, showing 8001050F.
O system-should | The console should have kept playing offline games even when the internal clock and network time disagreed.
O actor-neutral | Peggy posted the advice to leave the older models switched off for 24 hours on the blog at 14:10 Tokyo time.
O agentless-passive | The symptoms went away once the date had moved on in GMT, and no download was needed for most users.
O system-counterfactual | With a date-validity check at start-up, the console would have fallen back to network time instead of refusing trophies.
O policy-subject | Kiyomasa explained that the test plan covered leap years only for 2008 and 2012, not for the even years between.
O credit | Forum users narrowed it to the fat models and the date change within a few hours, which saved us a day of searching.
""",
actions="""
Y Y N PREVENTS | System software team | 2010-06-29 | Ship a system software update that computes leap years by the full Gregorian rule, tested on every year from 2000 to 2100.
N N N PARTIAL | Firmware | | Improve date handling everywhere.
Y Y Y PREVENTS | Fumiaki Kanemoto | 2010-04-30 | Add unit tests for the 28 February to 1 March rollover in 2010, 2011, 2100 and 2400 to the RTC module's build.
N Y Y DETECTS | Kiyomasa | | Keep watching the forums for clock trouble.
Y Y N DETECTS | PSN operations | | Alert when sign-in failures with code 8001050F exceed 1% of attempts in any 10-minute window.
N N N PARTIAL | we | | Communicate better with players.
Y Y Y PARTIAL | @peggy | 2010-03-05 | Post one FAQ on the blog covering the date reset, lost trophies and rental videos, and link it from the error page.
N Y N PREVENTS | QA | | Make sure the clock is tested properly.
Y Y N PARTIAL | Trophy server team | 2010-03-12 | Restore trophy data for every account that lost trophies between 28 February and 2 March, checked against the server sync log.
Y Y Y PREVENTS | Mitsuru Hanegawa | 2010-09-30 | Make the console fall back to network time whenever the internal clock reports an invalid date, on all non-slim models.
N N Y PARTIAL | Peggy Dorsey | 2010-12-31 | Look at how we handle incidents that hit every console at once.
""",
ww="""
C | The blog advice to leave fat models switched off kept most trophy data from being overwritten.
C | Engineers in Tokyo reproduced the failure on a dev kit by setting its clock to 28 February 2010 within three hours.
V | Everyone stayed calm under huge pressure.
"""))

# 6. Mt. Gox, Feb 2014: bitcoin withdrawals halted 7 Feb citing transaction malleability; trading suspended 25 Feb;
# leaked "crisis strategy" draft spoke of 744,408 BTC missing; bankruptcy filed in Tokyo 28 Feb (~850,000 BTC missing);
# ~200,000 BTC later found in an old-format wallet; later analysis: coins drained from the hot wallet since late 2011.
S.append(dict(url="https://www.zdnet.com/the-mt-gox-bitcoin-debacle-whats-happening-7000026750/",
people=["Aurelien Koshiba", "Noemie Grunewald", "Shoji Pembleton", "Hemant Eastaugh"],
blame="""
B failure-verb | Aurelien never reconciled the hot wallet against the database balances, not once in two years.
B group-blame | The Gox devs blamed the Bitcoin protocol for their own broken withdrawal code.
B counterfactual | if shoji had looked at the withdrawal resends in 2012 he would have seen the coins leaving
B passive-agent | The "malleability" press release was written by Aurelien to cover a wallet that was already empty.
B character | Honestly the management there was arrogant, they never listened to anybody in #mtgox.
B rhetorical-question | How do you lose 744,408 BTC and not notice for years???
B hindsight | Every exchange operator knew in 2013 that you do not track withdrawals only by transaction ID.
B mistake-attribution | The loss is the mistake of the accounting, Hemant's team did not count the cold wallet since 2011.
O system-failure | The withdrawal system tracked outgoing transactions only by their ID, so a modified ID looked like a failed withdrawal and was sent again.
O neutral-fact | Bitcoin withdrawals were suspended on 7 February, trading stopped on 25 February, and a bankruptcy application was filed in Tokyo on 28 February.
O actor-neutral | Noemie posted the withdrawal suspension notice in English and Japanese and pinned it in the support queue.
O system-should | The hot wallet should have been reconciled automatically against customer balances every day.
O policy-subject | As Hemant wrote in his note, company policy set no limit on how much could sit in the hot wallet.
O agentless-passive | About 200,000 BTC were later found in an old-format wallet that had not been counted.
O system-counterfactual | A daily proof of reserves would have shown the gap between balances and coins years earlier.
O meta-blameless | The forums called it one man's fraud; this note looks at why no control compared the wallets with the ledger for three years.
""",
actions="""
Y Y N PREVENTS | Wallet engineering | 2014-03-15 | Track withdrawals by their spent outputs instead of the transaction ID, and refuse to resend any withdrawal whose inputs are already spent.
N N N PARTIAL | Management | | Restore trust with customers.
Y Y Y DETECTS | Hemant Eastaugh | 2014-03-31 | Reconcile hot and cold wallet holdings against the customer ledger every day and post the difference, with an alert above 10 BTC.
N Y Y PARTIAL | Shoji | | Look into the malleability issue more.
N N N PREVENTS | we | | Be more secure.
Y Y N PREVENTS | Operations | 2014-04-15 | Cap the hot wallet at 2% of customer deposits and sweep anything above it to cold storage every 24 hours.
N Y N DETECTS | Support team | | Keep an eye on complaints about missing withdrawals.
Y Y Y PARTIAL | @noemie | 2014-03-07 | Email every account holder a statement of their fiat and BTC balances as of 24 February 2014.
N N Y PARTIAL | Aurelien Koshiba | 2014-06-30 | Review security practices across the exchange.
Y Y N PARTIAL | Trustee liaison | | Publish the full list of wallet addresses and their holdings so the 850,000 BTC figure can be checked by anyone.
N Y N PARTIAL | Compliance | | Consider a third-party audit.
""",
ww="""
V | Honestly the bitcoin folks on the forum were amazing to us.
C | The bilingual notice went up on the site within an hour of the withdrawal halt, before any press story.
V | Lots of hard work from the support staff during a difficult time.
"""))

# 7. Dutch childcare benefits (toeslagenaffaire), 2013-2019: the Tax and Customs Administration's benefits service used a
# risk classification model with (dual) nationality as an indicator; parents labelled as intentional/gross negligence had
# to repay all allowance; ~26,000 families; RTL Nieuws and Trouw reporting 2018; data protection authority found the
# processing unlawful and discriminatory (2020) and fined it (2021); inquiry "Ongekend onrecht"; cabinet resigned Jan 2021.
S.append(dict(url="https://www.aiaaic.org/aiaaic-repository/ai-and-algorithmic-incidents-and-controversies/netherlands-childcare-benefits-fraud-automation",
people=["Gijsbrecht Oudeweetering", "Annemieke Stoepman", "Gerrit Haverschmidt", "Marlous Tjepkema"],
blame="""
B failure-verb | Gerrit ignored the warning of the legal department in 2017 that the all-or-nothing recovery was disproportionate.
B group-blame | The fraud team treated every parent at a suspect childminding agency as a fraudster; they made the errors, not the computer.
B counterfactual | If Annemieke had taken nationality out of the risk model when the privacy officer asked, thousands of families would have been spared.
B competence | These were officials who did not understand their own model and did not want to understand it.
B passive-agent | The label "intent or gross negligence" was put on the parents by Gijsbrecht's unit without any hearing.
B sarcasm | Well done, tax office: you found 26,000 fraudsters and they turned out to be mostly parents with a second passport.
B nobody-blame | Nobody in the directorate bothered to read the objections; they were put on a pile.
B role-blame | The director of the benefits service signed the instruction to stop all payments to the group and must answer for it.
O system-failure | The risk classification model gave a higher score to applicants with a non-Dutch nationality, and those scores selected files for manual checking.
O neutral-fact | About 26,000 parents were told to repay childcare allowance, often tens of thousands of euros.
O policy-subject | Marlous pointed out that the law as it was applied then required full repayment when any part of the paperwork was missing.
O system-should | The system should have let a parent see why their file was selected and object before the money was reclaimed.
O agentless-passive | Nationality was dropped as a risk indicator in 2018, after the reports of two news organisations.
O actor-neutral | Marlous sent the list of 232 halted files to the legal department on 14 March.
O system-counterfactual | With a proportionality check in the recovery procedure, a missing form would have led to a partial correction, not a full repayment.
O meta-blameless | The inquiry spoke of "unprecedented injustice"; this review does not ask which civil servant is guilty but which rules and tools made the injustice routine.
""",
actions="""
Y Y N PREVENTS | Benefits data science | 2021-03-01 | Remove nationality and dual nationality from every input of the risk classification model and prove it with a feature list signed by the privacy officer.
N N N PARTIAL | The Tax and Customs Administration | | Rebuild trust with parents.
Y Y Y PREVENTS | Gijsbrecht Oudeweetering | 2021-04-01 | Change the recovery procedure so that no repayment above 1,500 euros is ordered without a recorded conversation with the parent.
N N N PARTIAL | we | | Learn from this as an organisation.
Y Y N PARTIAL | Recovery office | 2021-12-31 | Pay the 30,000 euro compensation to every parent on the confirmed list and report the count paid each month.
N Y Y PARTIAL | Annemieke | | Look again at the objections procedure.
Y Y N DETECTS | Internal audit | | Report every quarter the share of files selected by the model per nationality group, with a review triggered above a ratio of 1.2.
N Y N DETECTS | Compliance | 2021-06-30 | Monitor the algorithms for bias.
Y Y Y PARTIAL | @marlous | 2021-02-15 | Send every affected parent a letter naming the reason their file was selected and the contact person for their case.
N N N PREVENTS | | | Ensure this never happens to any citizen again.
Y N N PREVENTS | Ministry of Finance | 2022-06-30 | Put every risk model used for benefits in a public register with its input variables, and block any unregistered model from production.
""",
ww="""
C | The reporting by two journalists made the nationality indicator visible, and it was switched off within weeks.
C | The new case-handler scheme gave each parent one named contact instead of a general phone number.
V | Colleagues showed great commitment in a painful period.
"""))

# 8. Air Ontario 1363, Dryden, 10 Mar 1989: Fokker F28-1000 Thunder Bay - Dryden - Winnipeg; APU unserviceable and no
# ground power at Dryden, so an engine ran during refuelling and the aircraft could not be de-iced; snow falling; take-off
# delayed for a light aircraft; failed to climb, struck trees ~1 km past the runway; 24 of 69 died; Moshansky commission
# (three years, ~1,700 pages) faulted the airline's F28 operation and Transport Canada's oversight as well as the decision.
S.append(dict(url="http://fairwhistleblower.ca/issues/air_safety_dryden.html",
people=["Huxley Garrow", "Siriol Mallender", "Nilsa Trelawney", "Gerhardt Lumsden"],
blame="""
B failure-verb | Captain Garrow neglected to have the wings inspected after forty minutes on the ground in falling snow.
B counterfactual | Had the first officer insisted on a walk-around, the captain would never have taken off with contaminated wings.
B passive-agent | The decision to depart without de-icing was taken by Huxley under a schedule pressure that a prudent commander would have resisted.
B hindsight | Any experienced jet captain knows that snow on an F28 wing at take-off is a warning nobody can ignore.
B group-blame | Air Ontario's management cut corners on the F28 operation and left the crew to carry it.
B human-error | Probable cause: pilot error in attempting a take-off with contaminated wings.
B implicit | Ms Trelawney saw the snow on the wings and, it must be said, chose to say nothing to the flight deck.
B competence | The dispatch office was plainly not competent to release a jet into those conditions.
O system-failure | With the auxiliary power unit unserviceable and no ground power at Dryden, an engine had to be kept running while fuel was taken on.
O policy-subject | The manufacturer's guidance prohibited de-icing with an engine running, a restriction that Mr Lumsden noted was nowhere in the company's Dryden procedures.
O neutral-fact | The aircraft lifted briefly, failed to climb, and struck trees about one kilometre beyond the end of the runway; 24 of the 69 people on board died.
O actor-neutral | The first officer read the before-take-off checklist and reported the runway clear at 12:09.
O system-should | The minimum equipment list should not have allowed the aircraft to be dispatched to a station without ground power while its auxiliary power unit was unserviceable.
O system-counterfactual | With a de-icing bay near the runway end, the wait for the landing traffic would not have left fresh snow on the wings at the moment of take-off.
O meta-blameless | Press reports at the time spoke of pilot error; the Commission's report, and this summary, look instead at the regulator, the airline and the deferred defects that put the crew in that position.
O agentless-passive | The inquiry took three years and produced more than 1,700 pages and some 190 recommendations.
""",
actions="""
Y Y N PREVENTS | Air Ontario flight operations | 1989-06-30 | Prohibit dispatch of an F28 with an unserviceable APU to any station without a ground power unit.
N N N PARTIAL | Transport Canada | | Strengthen oversight of regional carriers.
Y Y Y PREVENTS | Gerhardt Lumsden | 1989-05-15 | Add a mandatory wing contamination check from the cabin by a crew member within 5 minutes of take-off whenever snow is falling.
N Y N PARTIAL | we | | Reinforce a culture of safety on the line.
Y N N PREVENTS | Regional airport operators | 1990-12-31 | Install de-icing facilities within 10 minutes' taxi of the departure runway at every airport with scheduled jet service.
N Y Y PARTIAL | Nilsa | | Encourage cabin crew to speak up.
Y Y N PARTIAL | Cabin crew training | 1989-09-30 | Add to recurrent training a drill in which cabin crew report wing contamination to the flight deck, graded pass or fail on the wording used.
N N Y DETECTS | Siriol Mallender | 1989-12-31 | Look at ways to detect ice on the wings.
N N N PARTIAL | Air Ontario | | Review the F28 introduction.
Y Y N DETECTS | Maintenance control | | Report daily to the chief pilot every F28 carrying a deferred APU defect for more than 48 hours.
N Y N PREVENTS | Dispatch | | Be more conservative in winter.
""",
ww="""
V | The emergency services did an outstanding job.
C | The airport fire crew reached the wreck in the bush within minutes by following the smoke along the access track.
V | Everyone involved showed tremendous courage.
"""))

# 9. Aloha Airlines 243, 28 Apr 1988: Boeing 737-200 Hilo - Honolulu; at ~24,000 ft an ~18 ft section of the upper
# fuselage separated; a flight attendant was lost; landed at Kahului, Maui; ~89,680 cycles from short island hops;
# lap-joint disbonding, corrosion and multiple-site fatigue cracking missed by the maintenance programme; a passenger
# noticed a crack while boarding; led to the FAA ageing-aircraft programme.
S.append(dict(url="https://en.wikipedia.org/wiki/Aloha_Airlines_Flight_243",
people=["Makani Leventhorpe", "Kanoa Nakashige", "Pualani Rasmusson", "Ikaika Kahale"],
blame="""
B failure-verb | Inspectors missed the cracks along the upper lap joint at the last two heavy checks.
B passive-agent | The left-side lap joint was signed off by Makani as inspected, though the rivet heads were visibly cracked.
B counterfactual | if kanoa had stripped the paint on those rivets in january the roof would still be on that airplane
B group-blame | Aloha maintenance ran a 19-year-old island hopper like it was new and the FAA let them.
B timeline-blame | 02:00 night shift inspects the upper lobe with flashlights from the stand; nothing written up (should have been).
B competence | The night shift inspectors didn't have the skill to read an eddy current trace on a corroded joint.
B nobody-blame | A passenger saw a crack near the door while boarding, and nobody from the crew ever asked about it.
B sanction | The inspector who released that aircraft should have his authorisation pulled.
O system-failure | At about 24,000 feet a section of the upper fuselage roughly 18 feet long separated from the aircraft.
O neutral-fact | The aircraft had flown about 89,680 cycles, far more than its design goal, because of the short inter-island sectors.
O actor-neutral | The captain and first officer flew the aircraft to Kahului and landed it with the forward cabin open to the sky.
O system-should | The inspection programme should have treated a high-cycle 737 as a different aircraft from one of the same age with a third of the cycles.
O policy-subject | Pualani noted that the maintenance programme allowed the structural inspection to be broken into small night-time blocks spread over a year.
O agentless-passive | Disbonding of the lap joint and many small fatigue cracks were found in the remaining structure.
O system-counterfactual | Had the bonded lap joint held, the skin would have shared the load and the small cracks would not have linked up.
O credit | Ikaika's call to Kahului tower gave the fire crews time to be at the runway before the aircraft touched down.
""",
actions="""
Y Y N PREVENTS | Aloha engineering | 1988-07-31 | Inspect every lap joint on all 737-200s in the fleet with high-frequency eddy current and replace rivets wherever a crack exceeds 0.05 inch.
N N N DETECTS | Maintenance | | Do more thorough inspections.
Y Y Y PREVENTS | Makani Leventhorpe | 1988-06-15 | Ground any Aloha 737 past 75,000 cycles until it completes the manufacturer's lap joint modification.
N Y N PARTIAL | we | | Corrosion needs to be on everyone's radar.
Y Y N DETECTS | Quality assurance | | Have a second inspector re-examine 10% of the rivet rows signed off on each night shift, and log any disagreement.
N N Y PARTIAL | Kanoa | | Get the hangar better organised.
Y Y Y PARTIAL | Pualani Rasmusson | 1988-09-30 | Schedule the structural inspection in daylight hangar slots and limit each inspector to 8 hours per shift.
N Y N PARTIAL | Inspection staff | | Re-read the service bulletins.
Y N N PREVENTS | FAA | 1989-12-31 | Publish an ageing-aircraft rule that sets inspection intervals by flight cycles as well as by calendar years, for all operators.
N N N DETECTS | | | Increase vigilance.
Y Y N PARTIAL | Cabin services | 1988-06-01 | Put a card at every boarding door asking passengers to report visible damage to the crew, and brief gate agents to pass such reports to maintenance.
""",
ww="""
C | The fire crews were already at the runway end when the aircraft landed.
V | The crew were heroes, full stop.
C | The remaining flight attendants kept passengers belted in for the whole descent, and every passenger survived.
"""))

# 10. ValuJet 592, 11 May 1996: DC-9-32 Miami - Atlanta; expired chemical oxygen generators removed by the contract
# maintenance firm were boxed without safety caps, listed as "empty" canisters and loaded in the class D forward hold with
# tyres; fire; crash into the Everglades about ten minutes after take-off; 110 dead; NTSB probable cause: the contractor's
# packaging, the airline's oversight of its contractor, and the FAA's failure to require detection/suppression in class D.
S.append(dict(url="https://usdeadlyevents.com/1996-may-11-valujet-flight-592-cargo-hold-fire-and-crash-everglades-fl-110",
people=["Rigoberto Barragan", "Gaelle Ashenfelter", "Yolanda Stalworth", "Cletus Palmatier"],
blame="""
B failure-verb | Rigoberto didn't put the safety caps on the generators and signed the work card anyway.
B passive-agent | The canisters were listed as "empty" by Gaelle, who never looked at what was in the boxes.
B group-blame | The contractor's mechanics shipped live oxygen generators in cardboard boxes as if they were scrap.
B counterfactual | If ValuJet had bothered to audit its contractor even once, those boxes never reach a cargo hold.
B rhetorical-question | Who loads five boxes of "empty" canisters and three tyres into a cargo hold without asking a single question?
B character | The ramp crew were lazy, they'd load anything that came with a ticket.
B hindsight | Anybody in aviation knows an oxygen generator without its cap is an incendiary device.
B human-error | Bottom line: human error at the contractor caused the fire, nothing more to it.
O system-failure | One or more of the oxygen generators in the forward cargo hold activated and started a fire that the compartment could neither detect nor contain.
O neutral-fact | The DC-9 crashed into the Everglades about ten minutes after take-off from Miami; all 110 people on board died.
O policy-subject | Yolanda pointed out that the rules then in force did not require smoke detection or fire suppression in class D cargo compartments.
O system-should | The work card should have required a safety cap on each generator before the removal could be signed off.
O actor-neutral | Cletus loaded the boxes and the tyres in the forward hold and gave the shipping ticket to the first officer.
O agentless-passive | The generators had been removed from other aircraft during maintenance and packed for return to the airline's stores in Atlanta.
O system-counterfactual | With a smoke detector in the forward hold, the crew would have been warned minutes earlier.
O quoted-question | Families asked "how could this be allowed?"; the answer in this report is a chain of paperwork, contractors and rules, not one person.
""",
actions="""
Y Y N PREVENTS | Contractor stores | 1996-06-30 | Refuse to accept any removed oxygen generator at stores unless its safety cap is fitted or it has been expended, checked at the counter.
N N N PARTIAL | ValuJet | | Improve oversight of our contractors.
Y N N PREVENTS | FAA | 1998-12-31 | Require smoke detection and fire suppression in every class D cargo compartment of passenger aircraft.
N Y Y PARTIAL | Rigoberto | | Be more careful with hazardous parts.
Y Y Y DETECTS | Yolanda Stalworth | 1996-08-31 | Audit all work cards closed by the contractor on ValuJet aircraft in the last 90 days and report the count of missing sign-offs.
N N N DETECTS | we | | Watch hazmat more closely.
N Y N PARTIAL | Ramp services | | Ask questions when something looks wrong.
Y Y N PARTIAL | Hazmat training | 1996-09-30 | Train every stores clerk and ramp agent at Miami to recognise oxygen generators, with a photo quiz passed at 90% or better.
N N Y PREVENTS | Gaelle Ashenfelter | 1996-12-31 | Tidy up how removed parts are documented for shipping.
Y Y Y PREVENTS | Cletus | | Have the ramp supervisor check every item marked company material against its shipping ticket before loading, and log any mismatch.
N Y N PARTIAL | Maintenance control | 1996-07-15 | Look again at the work card for oxygen generator removal.
""",
ww="""
V | The investigators were amazing.
C | The recovery teams brought both recorders out of the swamp, which let the fire sequence be timed to the second.
V | A real team effort from all agencies.
"""))

# 11. Aberfan, 21 Oct 1966: colliery spoil Tip 7 above the village, begun 1958, 111 ft high, partly over springs; after
# weeks of heavy rain it slid as slurry at about 9.15 am onto Pantglas Junior School and houses; 116 children and 28 adults
# died; residents and the council had complained in 1963-64; the tribunal blamed the National Coal Board and nine of its
# staff; the chairman's statements criticised; Mines and Quarries (Tips) Act 1969; fund money used to clear the tips.
S.append(dict(url="https://en.wikipedia-on-ipfs.org/wiki/Aberfan_Disaster_Tribunal",
people=["Islwyn Cadwaladr", "Morfudd Castellan", "Elgan Threadgold", "Myfanwy Braithwaite"],
blame="""
B failure-verb | The area engineer, Mr Cadwaladr, failed to act on the council's letters about slurry being tipped above the school.
B counterfactual | If Elgan's gang had stopped tipping when the tip slumped in 1963, Tip 7 would never have reached the school.
B passive-agent | The site for Tip 7 was chosen by Mr Cadwaladr's department over known springs, without any survey.
B group-blame | The Coal Board treated the tips as nobody's business and the village paid for their arrogance.
B competence | Those in charge of the tips were colliery men with no idea of soil mechanics and no wish to learn.
B role-blame | The Chairman's statement that the springs were unknown was untrue, and he must carry that.
B sarcasm | A splendid record of letters answered by the Board: three years, and not one survey.
B rhetorical-question | How many warnings did they need before somebody walked up that mountain?
O system-failure | After weeks of heavy rain the tip became saturated and part of it flowed down the hillside as slurry at about 9.15 in the morning.
O neutral-fact | Tip 7 was begun in 1958 and had reached 111 feet; it stood partly on ground where springs rose.
O actor-neutral | Mrs Castellan wrote to the Board in 1963 on behalf of the council about the danger of slurry above the schools.
O policy-subject | As Mr Threadgold told the tribunal, the Board's rules said nothing about where tips could be sited or how often they should be inspected.
O system-should | A tip of that height above a village should have been under a written inspection regime with a named engineer and a drainage plan.
O agentless-passive | The classrooms of Pantglas Junior School were filled within minutes; lessons had just begun.
O system-counterfactual | With the springs beneath the tip drained, the water would not have built up inside the spoil.
O credit | Miners from the colliery came up to dig in organised groups under their own pit managers and reached the school first.
""",
actions="""
Y Y N PREVENTS | National Coal Board | 1967-03-31 | Survey every tip in the South Wales coalfield for springs and slope stability and stop tipping on any tip without a signed survey.
N N N PARTIAL | The Board | | Take the concerns of villages seriously.
Y Y Y PREVENTS | Islwyn Cadwaladr | 1966-12-31 | Drain the springs under the remaining Aberfan tips and fit piezometers that are read weekly.
N Y N DETECTS | we | | Keep a close watch on the tips above the village.
Y Y N PARTIAL | Merthyr Tydfil council | 1967-01-31 | Move the surviving Pantglas children to classrooms at least 500 yards outside the reach of any tip.
N N Y PARTIAL | Morfudd | | Work with the families on what they need.
Y N N PREVENTS | Ministry of Power | 1969-12-31 | Pass a law that makes the owner of every active and disused tip register it and have it inspected by a qualified engineer.
N Y N PARTIAL | Tip gang | | Tip more carefully in wet weather.
Y Y Y DETECTS | Mr Threadgold | | Record the crest level of each remaining tip every Monday and report any drop of more than 1 foot to the area engineer the same day.
N N N PREVENTS | | | Make sure no tip ever threatens a school again.
Y Y N PARTIAL | Disaster fund trustees | 1967-06-30 | Publish the fund's accounts showing every payment made from it, including any toward clearing the tips.
""",
ww="""
C | The miners' organised digging under their pit managers kept the rubble from collapsing on the rescuers.
V | Everyone in Merthyr Vale did their bit.
C | Stopping all tipping on the remaining heaps the same week removed the risk of a second slide during the rescue.
"""))

# 12. Summerland, Douglas, Isle of Man, 2 Aug 1973: three boys smoking in a disused kiosk on the crazy-golf terrace set
# it alight; it collapsed against the wall; fire spread in the cavity between the Galbestos cladding and the Decalin
# lining, then through the Oroglas acrylic; ~3,000 inside; 50 dead, ~80 seriously injured; a bye-law waived for the
# acrylic; brigade called late; exits and staff training criticised; commission report May 1974 ("no villains").
S.append(dict(url="https://www.theyworkforyou.com/debates/?id=2023-07-12c.459.0",
people=["Bevan Skillicorn", "Mavis Callister", "Corliss Kinvig", "Edwina Corkish"],
blame="""
B failure-verb | Mr Skillicorn delayed calling the fire brigade while his staff tried to put it out themselves.
B passive-agent | The bye-law on combustible walls was waived by Mr Kinvig's office for the sake of the building's look.
B group-blame | The architects chose acrylic and coated steel for appearance and left fire safety to chance.
B counterfactual | Had Mrs Corkish specified fire-resistant cladding, the kiosk fire would have stayed outside.
B sanction | The boys who started it should have been sent to borstal, not fined three pounds.
B timeline-blame | 19:40 kiosk alight. 19:49 staff still fighting it with hand extinguishers instead of phoning 999 (!!). 20:01 first call reaches the brigade, and not from Summerland.
B character | The management were more interested in keeping the bars open than in getting people out.
B mistake-attribution | The deaths were the fault of the staff who had chained the fire exits.
O system-failure | The kiosk collapsed against the outer wall, and the fire spread into the cavity between the cladding and the inner lining before anyone inside could see it.
O neutral-fact | About 3,000 people were inside; 50 died and some 80 were seriously injured.
O actor-neutral | Mrs Callister led a group of children down the east stairway and out onto the promenade.
O policy-subject | Mr Kinvig told the commission that the building regulations of the day did not cover a structure of that kind.
O system-should | A general alarm should have sounded in every part of the building as soon as the fire was found.
O agentless-passive | The acrylic panels melted and fell into the Solarium within minutes once the fire broke through.
O system-counterfactual | With a fire-stopped cavity, the fire would have burned out at the kiosk instead of running through the wall.
O meta-blameless | The commission said there were "no villains"; families have long disputed that, and this review looks at the decisions and rules that let such a building open.
""",
actions="""
Y Y N PREVENTS | Douglas Corporation building control | 1974-06-30 | Withdraw every bye-law waiver for combustible wall and roof materials in public buildings in Douglas and re-inspect each building that held one.
N N N PARTIAL | Management | | Improve fire training for staff.
Y Y Y PARTIAL | Bevan Skillicorn | 1973-09-01 | Post a standing instruction at every staff telephone to call 999 first and fight the fire second, and test each phone monthly.
N Y N DETECTS | we | | Be more alert to fire risks around the building.
Y Y N DETECTS | Maintenance | | Fit smoke detectors in every wall cavity and ceiling void of the rebuilt centre, wired to the main alarm panel.
N N Y PARTIAL | Edwina Corkish | 1974-12-31 | Rethink the use of acrylic in leisure buildings.
Y Y Y PARTIAL | Mrs Callister | | Check that all 17 exit doors are unlocked at opening time each day and sign the log.
N N N PREVENTS | everyone | | Guarantee the safety of every guest from now on.
N Y N PARTIAL | Entertainment staff | | Help guests out faster in an emergency.
Y N N PREVENTS | Isle of Man Government | 1975-12-31 | Bring into force building regulations requiring the walls and roofs of places of assembly to resist fire for one hour, across the island.
N N N PARTIAL | The architects | 1974-03-31 | Review the design of the complex.
""",
ww="""
V | Staff were very brave.
C | The brigade's second appliance pitched its ladders at the north windows and brought people off the upper terraces.
V | The island rallied round the families in a wonderful way.
"""))

# 13. Air France 4590 (Concorde), Gonesse, 25 Jul 2000: a titanium wear strip lost by a DC-10 that departed minutes
# earlier lay on runway 26R; a left main gear tyre burst on it; rubber struck the wing; tank 5 ruptured; leaking fuel
# ignited; engines 1 and 2 lost thrust; the aircraft struck a hotel at Gonesse; 113 died; earlier tyre bursts had punctured
# tanks; Kevlar tank liners and new tyres before return to service in 2001; 2010 trial convictions, mechanic cleared on appeal.
S.append(dict(url="https://en.wikipedia.org/wiki/Air_France_Flight_4590",
people=["Apolline Delacambre", "Ghislain Marchetot", "Heloise Pradier", "Tudwal Ferncliffe"],
blame="""
B failure-verb | The mechanic in Houston fitted the strip in the wrong material and did not follow the repair manual.
B passive-agent | The runway was left uninspected by Mrs Delacambre's shift after the fire exercise, in spite of the schedule.
B counterfactual | If Apolline had only sent the car down the runway at 14:30, the strip would have been found, voilà.
B group-blame | Air France engineering knew about the tyre bursts for twenty years and did nothing serious.
B human-error | The BEA will say what it wants, the cause is a human error in Houston.
B competence | These mechanics of the American company are not of the level required for aircraft maintenance.
B rhetorical-question | How is it possible that in twenty years nobody protected the tanks against a simple tyre?
B repeat-offender | Again Continental; it is not the first time that parts fall from their DC-10s onto our runways.
O system-failure | A tyre on the left main gear burst on a metal strip lying on the runway, and a large piece of rubber struck the underside of the wing.
O neutral-fact | The shock wave ruptured tank 5, the leaking fuel ignited, and engines 1 and 2 lost thrust shortly afterwards.
O actor-neutral | The tower controller told the crew they had flames behind them, and the flight engineer shut down engine 2.
O system-should | The fuel tanks should have been protected against debris from a burst tyre, since earlier bursts had already punctured tanks.
O policy-subject | Ghislain explained that the airport procedure allowed the runway inspection to be postponed while an exercise was under way.
O agentless-passive | The aircraft struck a hotel at Gonesse less than two minutes after the start of its take-off roll; 113 people died.
O system-counterfactual | With the Kevlar tank liners and reinforced tyres fitted afterwards, the same debris would probably not have led to a fire.
O meta-blameless | The 2010 trial convicted a company and a mechanic, and the appeal court later cleared the mechanic; our analysis stays on the barriers: runway inspection, tank protection, tyre design.
""",
actions="""
Y Y N PREVENTS | Air France Concorde engineering | 2001-07-31 | Fit Kevlar-rubber liners to the fuel tanks exposed to tyre debris on every Concorde before return to service.
N N N PARTIAL | Aéroports de Paris | | Improve runway safety.
Y Y Y DETECTS | Apolline Delacambre | 2000-09-30 | Inspect runway 26R visually before every Concorde departure and record the inspection time in the tower log.
N Y N PARTIAL | we | | Be more vigilant about debris.
Y Y N PREVENTS | Tyre programme | 2001-06-30 | Certify the new radial tyre for Concorde with a burst test showing no fragment heavier than 100 g.
N Y Y PARTIAL | Heloise | | Talk with Continental about their maintenance.
Y Y N PARTIAL | Airport operations | | Stop departures from a runway as soon as any crew reports debris, until a vehicle has checked it.
N N N PREVENTS | | | Eliminate the risk of foreign objects.
Y Y Y PARTIAL | @ghislain | 2000-10-15 | Add a fuel leak with engine fire on take-off to every Concorde crew's next simulator session, with completion tracked per crew.
N N Y DETECTS | Tudwal Ferncliffe | | Keep an eye on wear strips on the DC-10s.
Y Y N PREVENTS | Continental maintenance | 2000-12-31 | Replace every non-standard wear strip on the DC-10 fleet with the part the maintenance manual specifies, with a report listing each aircraft done.
""",
ww="""
C | The airport fire units reached Gonesse within minutes because they were already rolling after the tower's call.
C | Liner tests on a rig let the fleet return to service in 2001 with the fix proven before the first flight.
V | Great solidarity between the teams.
"""))

# 14. Bhopal, 2-3 Dec 1984: Union Carbide India Limited pesticide plant; water entered MIC tank 610 (about 42 t); runaway
# reaction; relief valve lifted; ~40 t released over about two hours; refrigeration shut down months before; vent gas
# scrubber and flare not effective (flare disconnected); water curtain too low; public siren late; thousands dead;
# the parent company claimed sabotage by an employee.
S.append(dict(url="https://en.wikipedia.org/wiki/Bhopal_disaster",
people=["Harbans Pimplapure", "Devyani Kalelkar", "Amrish Tondwalkar", "Hemlata Surti"],
blame="""
B failure-verb | The MIC supervisor Pimplapure ignored the rising pressure reading at 23:00 and went for tea.
B passive-agent | The line washing was done by Tondwalkar's crew without the slip blind, against the standing instruction.
B counterfactual | If Devyani had reported the leak at 23:30 instead of waiting for the tea break to finish, the siren would have gone off in time.
B group-blame | Management stripped the plant of its safety systems to save money and left the operators to their fate.
B character | That operator was a troublemaker from the start, he would do anything to hurt the company.
B human-error | Cause as per company note: operator error during water washing of lines.
B hindsight | Any chemical engineer knows you do not store forty tonnes of MIC beside a city with the refrigeration switched off.
B timeline-blame | 23:30 eyes watering in MIC area, reported to Pimplapure - no action taken by him (!).
O system-failure | Water entered tank 610, reacted with the methyl isocyanate, and the temperature and pressure rose until the relief valve lifted.
O neutral-fact | About 40 tonnes of gas escaped over the sleeping city in roughly two hours.
O system-should | The vent gas scrubber should have been sized for a runaway reaction in a full tank, not only for routine venting.
O agentless-passive | The refrigeration unit for the MIC tanks had been shut down some months earlier and its coolant drained.
O policy-subject | Hemlata noted that the staffing plan had halved the operators per shift in the MIC unit since 1982.
O actor-neutral | Devyani switched on the water spray around the vent line at about 01:00.
O system-counterfactual | With the flare tower connected, much of the escaping gas could have been burned off.
O org-subject | The Indian company had cut the plant's maintenance budget while production was falling.
""",
actions="""
Y Y N PREVENTS | MIC unit | 1985-01-31 | Keep the MIC tank refrigeration running with tank temperature below 5 C, and empty any tank whose temperature cannot be held there.
N N N PARTIAL | Plant management | | Get the MIC unit back to a proper safety mindset.
Y Y Y PREVENTS | Amrish Tondwalkar | 1985-01-15 | Insert a slip blind before every line-washing job on the MIC headers, with a signed isolation certificate checked by the shift supervisor.
N Y N DETECTS | we | | Watch the tank gauges more closely.
Y Y N PARTIAL | Works safety | | Sound the public siren within 5 minutes of any confirmed toxic release, and test it weekly.
N N Y PARTIAL | Hemlata Surti | 1985-03-31 | Work on community awareness.
N Y N PARTIAL | Operators | | Follow the procedures.
Y N N PREVENTS | State government | 1986-12-31 | Ban storage of more than 1 tonne of MIC at any site within 2 km of housing in the state.
N N N PREVENTS | | | Ensure this can never happen again.
Y Y Y DETECTS | Harbans Pimplapure | | Log the pressure of tanks 610 and 611 every 30 minutes, with an alarm at 10 psig.
N Y N PARTIAL | Medical services | 1985-02-28 | Review treatment protocols for gas exposure.
""",
ww="""
V | The doctors and nurses worked tirelessly.
C | The city hospital set up extra wards in its corridors within hours and treated thousands on the first morning.
V | Everyone did their best in an impossible situation.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

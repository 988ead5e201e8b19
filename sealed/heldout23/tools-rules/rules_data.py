# heldout23 rules data (see ../rules/SOURCES-heldout23.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (BlackBerry 2011, CouchSurfing 2006, Mars Polar Lander 1999, Vancouver Stock Exchange
# index 1982-83, Pentium FDIV 1994, Sony BMG rootkit 2005, Mariner 1 1962) and 7 outside software (Kaprun 2000,
# Cedars-Sinai heparin 2007, Tenerife 1977, Sewol 2014, Beirut port 2020, Ponte Morandi 2018, Wenzhou 2011).
# Styles vary: Slack chat, Jira comments, draft post-mortems, recaps, formal reports, ops logs, non-native English.
S = []

# 1. BlackBerry / RIM, 10-13 Oct 2011: core switch failure in the Slough data centre; failover "did not function as
# previously tested"; backlog of messages; outage spread from EMEA to India, South America and North America.
S.append(dict(url="https://www.computerworld.co.nz/article/467422/blackberry_global_outage_caused_by_core_switch_failure/",
people=["Cosmin Fellbaum", "Isidora Trevisani", "Kallista Pennyfeather", "Mstislav Drozdowski"],
blame="""
B failure-verb | Cosmin skipped the failover rehearsal in August and nobody caught it.
B passive-agent | The switch firmware change was pushed to the core pair by Isidora without a second reviewer.
B counterfactual | If Kallista had checked the backup switch after the June maintenance, we would not be writing this.
B sarcasm | Great job on the failover test, guys, it worked perfectly right up until we needed it.
B rhetorical-question | How does a senior network engineer not notice that the standby has been dark for six weeks?
B hindsight | The backlog graph was screaming by 11:00 on Monday; anyone paying attention should have called it then.
B competence | Frankly the Slough network team is not at the level needed to run a global messaging core.
B human-error | Root cause: human error during the switch failover procedure.
O system-failure | The backup switch failed to take over traffic when the primary core switch went down.
O actor-neutral | Mstislav opened the bridge at 10:42 and paged the EMEA network on-call.
O system-should | The failover logic should have detected that the standby switch had no active uplinks.
O quoted-question | A carrier rep asked on the call "who dropped the ball at RIM?"; the review answers with the switch design instead.
O meta-blameless | The Gartner remark that "RIM has failed again" is a verdict on the company, and this review does not adopt it as a finding about anyone.
O neutral-fact | Calls and SMS kept working through the outage because they do not route through the messaging relay.
O system-counterfactual | Had the runbook asked the on-call engineer to verify standby link state each week, the dead standby would have shown up months earlier.
O org-subject | The Slough network team rebuilt the relay queue on Wednesday night and drained the backlog by Thursday 17:00 BST.
""",
actions="""
Y Y Y PARTIAL | Kallista Pennyfeather | 2011-11-15 | Run a monthly live failover of the Slough core switch pair and record the message loss in seconds; pass is under 30 s.
N N N PARTIAL | Network team | | Improve resilience of the core switching layer.
Y Y N DETECTS | NOC | 2011-10-31 | Page the NOC when the standby core switch has no active uplink for more than 5 minutes.
N Y Y PARTIAL | Isidora Trevisani | | Look into why the failover test passed in August.
Y Y N PARTIAL | | 2011-12-01 | Cap the relay queue at 4 hours of messages and shed oldest-first beyond that, with a load test at 3x peak showing recovery under 1 hour.
N N N PARTIAL | we | | Make sure carriers are kept better informed during outages.
Y Y Y PREVENTS | @cfellbaum | 2011-11-20 | Block firmware pushes to the core pair unless a second engineer approves the change ticket in the tool.
N Y N DETECTS | Operations | | Double-check the backup switch after every maintenance window.
Y N N PARTIAL | Infrastructure | 2012-03-31 | Split the EMEA relay so that no single core switch carries more than 40% of global message traffic.
N N Y PARTIAL | Mstislav | 2011-12-15 | Review the whole disaster recovery approach.
Y Y N DETECTS | Customer comms | | Post a status update on the UK service site within 30 minutes of any relay incident and every 2 hours after.
""",
ww="""
C | The 21:30 statement named the failed component and the backlog, which cut carrier support calls the next morning.
V | Everyone pulled together across regions.
C | Voice and SMS were unaffected, so carriers could direct urgent users to text while messaging was down.
"""))

# 2. CouchSurfing, 27 Jun 2006: drop of a test table coincided with loss of the main MySQL database on a degraded RAID-10
# (a drive removed weeks earlier and not replaced); hired sysadmins had switched backups to rsync of raw files and
# skipped tables; newest usable backup a week old; site rebuilt by volunteers in about a week.
S.append(dict(url="https://www.lee.org/blog/2006/07/12/why-good-backups-are-important/",
people=["Quirino Valcourt", "Zdenek Amundarain", "Bartholomeus Kazmierski", "Dobromila Oduwole"],
blame="""
B failure-verb | the DC techs forgot to put a new drive in after they pulled the bad one in May, simple as that
B implicit | Thanks to Bartholomeus for finally reading the backup logs, since apparently nobody whose job it was ever did.
B counterfactual | had Zdenek not run drop table on the live box at 10pm none of this would have happened
B group-blame | The admin company we hired switched our backups to rsync and never told us it skipped half the tables; they are amateurs.
B rhetorical-question | Who runs a DROP TABLE on the core database server at 10pm with no fresh backup?
B sanction | The hired admins are being let go at the end of the month over this.
B passive-agent | The backup method was changed by Dobromila's contractors without any restore test.
B character | Quirino is careless with production, this is not the first time.
O system-failure | The RAID-10 array failed to survive the second drive fault because it had been running on three of four disks.
O actor-neutral | Zdenek unmounted the partition and stopped MySQL within minutes of the error.
O agentless-passive | The drive was removed from the array in May and not replaced.
O system-should | The backup job should have failed loudly when InnoDB tables were copied as raw files mid-write.
O credit | Bartholomeus spotted that 15 of about 100 tables were missing from the backup set before the restore began.
O self-report | I issued the drop on the test database at about 22:00; the main database vanished at the same moment.
O policy-subject | Our backup policy never said a restore had to be tested, so a broken backup could look fine for weeks.
O meta-blameless | Several members called the volunteers reckless; we record it, but the finding is that one server held all data with no tested backup.
""",
actions="""
Y Y Y PREVENTS | Dobromila Oduwole | 2006-07-20 | Replace the rsync copy with a nightly mysqldump of every table to the backup server and fail the job if any table is missing.
Y Y N DETECTS | Ops volunteers | 2006-08-01 | Restore last night's dump to a spare server every Sunday and compare table row counts with production; alert on any table off by more than 1%.
N N N PARTIAL | we | | Handle the live database with more care from now on.
Y Y Y PREVENTS | Zdenek | 2006-07-15 | Remove DROP privileges from the shared database account and give schema changes their own account used only through the migration script.
N Y N PARTIAL | Data centre | | Keep us informed about drive replacements.
Y Y N DETECTS | | | Page the on-call volunteer when the RAID controller reports a degraded array for more than 1 hour.
N N Y PARTIAL | Quirino Valcourt | | Consider moving to a managed database provider.
N Y N PARTIAL | Contract admins | 2006-07-31 | Audit the backups.
Y N N PARTIAL | everyone | 2006-09-30 | Move all member photos and messages off the single core server to a second replicated database host with its own daily dump.
N N N PARTIAL | Tech team | | Train volunteers on database best practices.
N Y Y DETECTS | Bartholomeus Kazmierski | | Keep an eye on the backup size each week.
""",
ww="""
C | The partial disk image taken with the recovery CD kept the option of a forensic restore open for 36 hours.
C | Member profiles were partly rebuilt from search-engine caches and local copies, which cut the re-entry work.
V | The community spirit was amazing.
"""))

# 3. Mars Polar Lander, 3 Dec 1999: most probable cause per the review board: leg-deployment vibration read as touchdown by
# the flight software, which cut the descent engines at ~40 m; the transient was known in the leg sensor spec but not
# in the software requirements; the touchdown test had been miswired and the retest skipped after the fix.
S.append(dict(url="https://en.wikipedia.org/wiki/Mars_Polar_Lander",
people=["Fiorenza Santangelo", "Gaspara Lindqvist-Oyo", "Ilario Zielonka", "Kolbeinn Escobedo-Hart"],
blame="""
B failure-verb | Gaspara neglected to put the touchdown-sensor transient into the software requirements.
B hindsight | It was obvious from the leg sensor spec that a spurious signal would be latched; the flight software people should have seen it.
B passive-agent | The retest of the touchdown logic was skipped by Kolbeinn after the wiring fix to save schedule.
B human-error | Summary for the team: loss of mission due to human error in the software requirements flow-down.
B competence | A more experienced software lead would never have let an unfiltered sensor input command engine cutoff.
B sarcasm | Nice to know our million-line test campaign could be defeated by one miswired connector nobody bothered to recheck.
B counterfactual | Fiorenza should have insisted on the full system test, and we would still have a lander.
B role-blame | The test conductor signed off a touchdown test he knew had been run with the sensors miswired.
O system-failure | The flight software failed to ignore the leg-deployment transient and latched it as touchdown.
O system-should | The touchdown logic should have rejected any sensor reading taken before the 40 m altitude gate.
O actor-neutral | Ilario traced the transient to the leg-deployment spec during the review board's fault-tree work.
O neutral-fact | No telemetry was received after the lander entered the atmosphere, so the cause is stated as most probable, not proven.
O policy-subject | The project's faster-better-cheaper budget left no descent telemetry link, which the board called a design choice with a cost.
O quoted-question | A reporter asked "which engineer lost the lander?"; the board's answer pointed at the requirement flow-down and test process.
O org-subject | The JPL review team reproduced the latch on the engineering unit in January 2000.
O system-counterfactual | Had the test plan required a regression run after any harness fix, the miswired touchdown test would have been repeated.
""",
actions="""
Y Y Y PREVENTS | Gaspara Lindqvist-Oyo | 2000-06-30 | Add a requirement that touchdown indications are ignored until the radar altimeter reads below 40 m, with a test case in the flight software suite.
Y Y N PREVENTS | Systems engineering | | Trace every sensor spec note marked transient into a flight software requirement and show each in the traceability matrix.
N N N PARTIAL | | | Strengthen the verification culture across the project.
Y Y Y PARTIAL | Kolbeinn | 2000-04-15 | Re-run the full touchdown test after any change to the leg sensor harness, with the run logged before sign-off.
N Y N PARTIAL | Flight software team | | Review the descent code again.
Y N N DETECTS | Mission design | 2001-01-31 | Fly a telemetry link through entry, descent and landing on every future lander so a failure can be diagnosed.
N N Y PARTIAL | Fiorenza Santangelo | | Ensure lessons learned are shared with future missions.
N Y N PARTIAL | we | 2000-05-01 | Double-check the sensor wiring before each test.
Y Y N PARTIAL | Test engineering | | Inject a simulated leg-deployment transient in the hardware-in-the-loop run and pass only if engine cutoff is not commanded.
N N N PARTIAL | Program office | | Make cost pressure less of a factor in test decisions.
Y Y Y PARTIAL | Ilario Zielonka | 2000-03-01 | Publish the review board's fault tree with the probability assigned to each branch on the project wiki.
""",
ww="""
V | The board members put real heart into the investigation.
C | The engineering-unit lander let the board reproduce the touchdown latch on the bench within weeks.
C | Deep Space Network listening continued for weeks, ruling out a comms-only failure.
"""))

# 4. Vancouver Stock Exchange index, Jan 1982 - Nov 1983: new index started at 1000.000; recomputed after each trade and
# truncated (not rounded) to three decimals; drifted to ~524.811 when the correct value was ~1098.892; recomputed.
S.append(dict(url="https://en.wikipedia.org/wiki/Vancouver_Stock_Exchange",
people=["Ludmila Rosselli-Fong", "Nikephoros Ashdown-Nkemelu", "Pancrazio Birkenhauer", "Sebastiaan Cavendale"],
blame="""
B failure-verb | Nikephoros broke the index calculation when he coded truncation instead of rounding.
B rhetorical-question | Twenty-two months of a falling index in a bull market and not one analyst on the floor asked why?
B implicit | The contractor delivered exactly what the spec said, and the spec was written by Ludmila.
B human-error | Cause of the 1983 index discrepancy: programmer error.
B group-blame | The exchange's systems people clearly never understood the arithmetic of their own index.
B timeline-blame | Nov 1983: consultants finally fix what Nikephoros got wrong in Jan 1982.
B counterfactual | If Pancrazio had compared the index against a hand calculation even once, the drift would have been caught in weeks.
B repeat-offender | This is the same programmer whose report job double-counted odd lots the year before.
O system-failure | The recalculation routine failed to keep precision because it truncated to three decimals after every trade.
O actor-neutral | Sebastiaan recomputed the index from the opening value with full precision over a weekend in November.
O system-should | The index job should have been checked against an independent end-of-day recalculation.
O neutral-fact | The index opened the Monday after the fix at about 1098.9, up from about 524.8 on the Friday.
O policy-subject | The exchange's acceptance rule only required that the index publish on time, not that it match a reference value.
O meta-blameless | Newspapers wrote that "a programmer cost investors half the index"; the loss was in a number, not in prices, and the cause was a design choice.
O error-term | The rounding error was about 0.0005 per recalculation, repeated roughly 2,800 times a day.
O credit | Pancrazio's spreadsheet of daily index values against the constituent prices was what convinced the board to bring in consultants.
""",
actions="""
Y Y Y PREVENTS | Nikephoros Ashdown-Nkemelu | 1983-12-15 | Compute the index in full precision and round only the published value to three decimals.
Y Y N DETECTS | Market data | 1984-01-15 | Recompute the index from closing prices every night and alert the market data desk if it differs from the live value by more than 0.1.
N N N PARTIAL | Systems department | | Improve the quality of financial calculations.
N Y Y PARTIAL | Ludmila | | Look into other places where truncation may be used.
Y Y N PREVENTS | | | Add a unit test that runs 10,000 simulated trades and fails if the index drifts more than 0.01 from a full-precision reference.
N Y N PARTIAL | we | | Watch the published index figure more closely.
Y N N PARTIAL | Exchange IT | 1984-06-30 | Search all exchange programs for truncating arithmetic on prices or indices and list each one with its fix in the change log.
N N Y PARTIAL | Sebastiaan Cavendale | 1984-03-01 | Educate programmers on numerical accuracy.
Y Y Y DETECTS | Pancrazio Birkenhauer | | Publish a monthly comparison of the VSE index against a hand-calculated sample of 20 listed stocks.
N Y N PARTIAL | Board | | Consider an external review of the index.
Y Y N PREVENTS | Vendor | 1984-02-01 | Require the index specification to state the rounding rule and the precision of intermediate values before any code change is accepted.
""",
ww="""
C | The weekend recomputation from the opening value gave a verified figure before markets opened on Monday.
V | The consultants were a pleasure to work with.
V | The exchange handled the press well.
"""))

# 5. Pentium FDIV, Oct-Dec 1994: a college maths professor found wrong floating-point divisions; five missing entries in
# the SRT divider's lookup table; the maker first called it rare and offered replacement only on proof of need, then a
# no-questions replacement in Dec 1994 and a $475M charge.
S.append(dict(url="https://en.wikipedia.org/wiki/Pentium_FDIV_bug",
people=["Ursyn Delahunty", "Violetta Eberwein", "Wolfram Fairclough-Diaz", "Adaugo Gorczyca"],
blame="""
B failure-verb | Violetta dropped five entries when she generated the PLA lookup table, and the verification script missed them.
B sarcasm | Hats off to validation, they built a divider test that never divides by the numbers that matter.
B rhetorical-question | Seriously, how did the validation group sign off a divider without running a full table check?
B passive-agent | The errata was sat on by Wolfram's team for months before the professor went public.
B competence | Our validation engineers obviously do not understand SRT division well enough to test it.
B counterfactual | Had Adaugo not rushed the table script the week before tape-out, this would never have shipped.
B hindsight | Looking back, the gaps in the table were plain to see and anyone reviewing the script should have caught them.
B human-error | jira FDIV-12 root cause: engineer error in the lookup table script
O system-failure | The verification script failed to check the five table cells that the SRT algorithm only reaches for rare divisors.
O credit | Ursyn reproduced the professor's 4195835 / 3145727 case on a lab machine within an hour of the first forum post.
O system-should | The table generator should have asserted that every reachable cell was populated before writing the PLA.
O org-subject | The company announced a no-questions-asked replacement in December 1994 and took a $475M charge.
O quoted-question | A forum post asked "who at the chip maker is getting fired for this?"; this review is about how five cells escaped the test.
O policy-subject | The first replacement policy required users to prove they did heavy maths, which turned a defect into a trust problem.
O neutral-fact | Only divisions using the five missing cells returned wrong results, at the fourth significant digit or beyond.
O actor-neutral | Adaugo regenerated the table with the corrected script for the next stepping.
""",
actions="""
Y Y Y PREVENTS | Adaugo Gorczyca | 1995-01-31 | Add an assertion to the table generator that fails the build if any cell reachable by the SRT recurrence is zero.
Y Y N DETECTS | Validation | 1995-03-31 | Run an exhaustive divisor sweep against a software reference on every new stepping before tape-out and block tape-out on any mismatch.
N N N PARTIAL | Marketing | | Communicate more openly with customers about errata.
N Y Y PARTIAL | Wolfram | | Double-check the microcode tables.
Y Y N PARTIAL | Customer support | 1995-01-15 | Ship a replacement chip to any customer who asks, with no proof-of-use question, within 10 business days.
N N N PARTIAL | we | | Take floating-point correctness more seriously.
Y Y Y PARTIAL | Ursyn Delahunty | | Publish every confirmed erratum on the public errata page within 30 days of confirmation.
N Y N PARTIAL | Design team | 1995-02-28 | Review the divider design.
Y N N PARTIAL | | | Formally verify the floating-point unit of every future processor against the IEEE 754 specification.
N N Y PARTIAL | Violetta Eberwein | | Be more careful when generating lookup tables.
Y Y N DETECTS | Validation | | Add the professor's 4195835 / 3145727 division and 10,000 random rare-divisor cases to the regression suite.
""",
ww="""
C | The lab reproduction within an hour gave engineering a failing case before the press calls started.
V | The engineers were very dedicated.
C | The table fix was already in the next stepping, so replacements could ship from stock.
"""))

# 6. Sony BMG XCP rootkit, Oct-Nov 2005: copy-protection software from a contractor installed a rootkit hiding $sys$
# files; found by a security researcher; the first uninstaller opened a web vulnerability; a label executive said most
# people don't know what a rootkit is; CDs recalled; lawsuits and settlements.
S.append(dict(url="https://en.wikipedia.org/wiki/Sony_BMG_copy_protection_rootkit_scandal",
people=["Bonifacio Hinterberger", "Desislava Jarzembowski", "Fulvia Kilbride-Sato", "Gerolamo Ludwigsen"],
blame="""
B failure-verb | Desislava didn't bother to get the contractor's installer reviewed by security before it went on 52 titles.
B character | Bonifacio's line that customers don't know what a rootkit is shows he simply does not care about them.
B sarcasm | Brilliant call by the DRM team: hide files from the customer's own antivirus and call it content protection.
B group-blame | The digital rights team at the label is a bunch of cowboys who would ship anything that stops ripping.
B passive-agent | The first uninstaller was rushed out by Gerolamo's group and opened a hole in every browser it touched.
B rhetorical-question | Who signed a contract that let a vendor install a driver on millions of PCs without anyone looking at it?
B sanction | Desislava should be disciplined for approving the XCP rollout.
B counterfactual | None of this would have happened if Fulvia had read the vendor's technical spec.
O org-subject | The contractor released a removal tool in November after the label asked it to.
O system-failure | The XCP driver failed to uninstall cleanly and left the $sys$ cloak in place on many machines.
O actor-neutral | Fulvia pulled the list of affected titles from the manufacturing system on 11 November.
O system-should | The installer should have asked for consent before loading any kernel driver.
O meta-blameless | Forums called the label's staff "criminals"; that is reported reaction, not a finding of this review.
O neutral-fact | Some 52 titles were pressed with XCP; MediaMax was on others and behaved differently.
O policy-subject | The label's copy-protection policy measured vendors on how well they stopped ripping, with no security criterion.
O credit | Gerolamo set up the exchange programme that swapped XCP discs for unprotected ones at no cost.
""",
actions="""
Y Y Y PREVENTS | Fulvia Kilbride-Sato | 2005-12-31 | Require a signed security review of any software shipped on a disc before the title goes to manufacturing.
N N N PARTIAL | Label management | | Rebuild trust with our customers.
Y Y N PREVENTS | Manufacturing | 2005-11-20 | Stop pressing all XCP titles and pull remaining stock from retail shelves.
N Y Y PARTIAL | Desislava | | Talk to the vendor about their installer.
Y Y N DETECTS | Security team | | Test every disc's autorun software in a clean VM and block release if it installs a driver or hides files.
N N N PARTIAL | we | | Be more thoughtful about DRM.
Y Y Y PARTIAL | Gerolamo Ludwigsen | 2006-01-15 | Publish an uninstaller that removes the XCP driver and $sys$ files, verified on Windows 2000 and XP test images.
N Y N PARTIAL | Legal | | Review vendor contracts.
N N Y PARTIAL | Bonifacio Hinterberger | | Improve how executives talk about security.
Y N N PARTIAL | | 2006-06-30 | Add a clause to every copy-protection contract giving the label's security team source access and a veto before release.
N Y N DETECTS | Customer service | | Monitor forums for complaints about discs.
""",
ww="""
V | The label responded quickly in the end.
C | The exchange programme gave every buyer an unprotected disc plus an MP3 download.
V | Relations with the contractor stayed friendly throughout.
"""))

# 7. Mariner 1, 22 Jul 1962: Atlas-Agena launch; a smoothing bar missing from a hand-written guidance equation made the
# ground guidance software react to normal velocity jitter after the rate beacon dropped out; range safety destroyed the
# vehicle 293 s after launch.
S.append(dict(url="https://en.wikipedia.org/wiki/Mariner_1",
people=["Jolanka Montserrat-Obi", "Konstantyn Oberleitner", "Oddny Plunkett-Araya", "Primo Quiñonero"],
blame="""
B failure-verb | Oddny missed the overbar when she transcribed the guidance equation into code.
B passive-agent | The equation sheet was handed over by Konstantyn without the smoothing notation spelled out.
B human-error | Cause of loss: a transcription error by the programmer.
B hindsight | The jitter in the rate data was visible on the pad test tapes; someone should have asked about it then.
B competence | A programmer with proper training in guidance would have known the raw derivative was unusable.
B rhetorical-question | How does a missing bar on one line get through every review in the building?
B implicit | The rate beacon dropped out, as beacons do; what turned that into a lost spacecraft was Oddny's line of code.
B counterfactual | If Jolanka had checked the coded equations against the derivation, we would be on the way to Venus.
O system-failure | The rate beacon failed to hold lock, so the guidance fell back on raw velocity data.
O system-should | The guidance program should have smoothed velocity before computing corrections, as the derivation intended.
O actor-neutral | Primo, as range safety officer, sent the destruct command 293 seconds after launch.
O neutral-fact | The backup spacecraft launched five weeks later and flew past Venus in December.
O meta-blameless | The press called it "the most expensive hyphen in history"; the review treats it as a specification-to-code gap.
O policy-subject | The range safety rule allowed a destruct once the vehicle left the corridor, and it was followed.
O system-counterfactual | Had the simulation fed beacon dropout into the guidance program, the operator would have seen the steering oscillate on the ground.
O credit | Konstantyn found the missing bar within days by comparing the coded equation with his derivation notes.
""",
actions="""
Y Y Y PREVENTS | Oddny Plunkett-Araya | 1962-09-01 | Add the smoothing to the coded velocity equation and show the corrected run on the beacon-dropout tape.
Y Y N DETECTS | Guidance group | 1962-10-01 | Run every guidance program against a simulation with rate beacon dropout and fail the release if steering commands oscillate.
N N N PARTIAL | | | Improve the documentation of equations.
N Y Y PARTIAL | Jolanka | | Review the coded guidance equations again.
Y Y N PREVENTS | Programming office | | Require a second programmer to check each coded equation against the derivation and sign the checklist for each line.
N N N PARTIAL | we | | Pay closer attention to notation.
Y Y Y DETECTS | Primo Quiñonero | 1962-08-15 | Add a range safety display of guidance steering rate so oscillation is visible before the vehicle leaves the corridor.
N Y N PARTIAL | Launch operations | | Look into beacon reliability.
Y N N PARTIAL | Engineering | 1963-01-31 | Replace hand transcription of guidance equations with a typed, versioned notation used by both analysts and programmers.
N N Y PARTIAL | Konstantyn Oberleitner | | Train programmers on the meaning of guidance notation.
N Y N DETECTS | Test group | | Double-check the pad tapes before each launch.
""",
ww="""
C | Range safety destroyed the vehicle before it left the corridor, so no debris fell outside the range.
C | The derivation notes let the cause be found in days.
V | Morale recovered well for the next launch.
"""))

# 8. Kaprun, 11 Nov 2000: a household fan heater fitted in the unattended valley-side cab overheated next to leaking
# hydraulic brake lines; fire; the brake pressure drop stopped the train 600 m into the tunnel; doors could not be
# opened; extinguishers out of passengers' reach; 155 died; all defendants acquitted.
S.append(dict(url="https://www.skimag.com/uncategorized/heater-sparked-kaprun-disaster",
people=["Rainelda Rautenbach", "Thekla Tallowmere", "Ubaldo Uhlenbrock", "Yaroslav Wetherspoon-Ade"],
blame="""
B failure-verb | The body shop's fitter ignored the heater's household-use label and mounted it in the cab anyway.
B passive-agent | The heater was swapped for the household model by Rainelda without telling the design office.
B counterfactual | If Thekla had looked at the cab wiring during the 1993 refit, the heater would never have gone in.
B competence | Our maintenance staff clearly had no idea what hydraulic oil does near a hot element.
B rhetorical-question | And the inspectors, they never opened the attendant cab in seven years of checks?
B human-error | Finding 2 (draft): human error in the installation of the cab heater.
B group-blame | The refit contractors are responsible for this, they did sloppy work from start to finish.
B timeline-blame | 09:02 - Attendant Ubaldo lost control of the situation and the doors stay shut.
O system-failure | The heater failed to cut out when its air intake was blocked and overheated next to the brake lines.
O system-should | The doors should have had a mechanical release that works without hydraulic pressure.
O actor-neutral | Ubaldo reported smoke to the valley station by radio shortly after the train stopped.
O neutral-fact | The twelve survivors broke a window and went down the tunnel, below the smoke.
O agentless-passive | The fire extinguishers were kept in the sealed attendant cabs, out of passengers' reach.
O org-subject | The expert commission reported in September 2001 that the heater and the hydraulic oil caused the fire.
O policy-subject | The funicular's safety concept assumed a fire could not occur in a vehicle without an engine or fuel tank.
O meta-blameless | Families said in court "somebody must be guilty"; this review lists the design assumptions instead of a guilty person.
""",
actions="""
Y Y Y PREVENTS | Thekla Tallowmere | 2001-03-31 | Remove all non-certified electrical heaters from both cabs and fit certified units with a thermal cut-out at 80 C.
Y Y N PREVENTS | Rolling stock | 2001-06-30 | Fit every door with a manual release that opens with no hydraulic pressure, tested on both trains each month.
N N N PARTIAL | | | Improve fire safety on the railway.
Y Y N DETECTS | Operations | 2001-05-31 | Install smoke detectors in both cabs that alarm at the valley and mountain stations.
N Y Y PARTIAL | Rainelda | | Check the hydraulic lines more often.
Y Y N PARTIAL | Safety office | | Place hand extinguishers and emergency hammers in every passenger compartment and check them at each daily inspection.
N N N PARTIAL | we | | Never assume a fire is impossible.
N Y N PARTIAL | Maintenance | 2001-04-30 | Review the 1993 refit documents.
Y N N PARTIAL | Engineering | | Add an evacuation path with smoke-free refuges every 200 m along the tunnel.
N N Y DETECTS | Yaroslav Wetherspoon-Ade | | Make sure staff know what to do in a fire.
Y Y Y DETECTS | Ubaldo Uhlenbrock | 2001-02-15 | Run an evacuation drill with a stopped train in the tunnel and pass only if all passengers are out below the train within 10 minutes.
""",
ww="""
V | The emergency services did their best.
C | The undamaged twin train let the commission reconstruct the heater installation exactly.
V | Everyone worked very hard in the days after.
"""))

# 9. Cedars-Sinai, 18 Nov 2007: vials of heparin 10,000 units/mL stocked in the paediatric unit's cabinet in place of the
# 10 units/mL flush; similar blue labels; three infants (including twins) got two flushes; protamine given; the hospital
# called it a preventable error, "human error by hospital staff"; state fine; barcode scanning adopted.
S.append(dict(url="https://observer.com/2007/11/cedarssinai-chief-addresses-quaid-twins-overdose/",
people=["Zoltana Yarborough", "Aldebrand Zumbrunnen", "Berengaria Abercorn-Tse", "Casilda Corcoran-Uzo"],
blame="""
B failure-verb | Aldebrand stocked the 10,000 unit vials in the neonatal drawer and never looked at the label.
B implicit | The other two nurses on the floor read the concentration before flushing; the third one did not.
B human-error | The chief medical officer's statement gave the cause: human error by hospital staff.
B passive-agent | Both flushes were given by Zoltana from the wrong vials, eight hours apart.
B counterfactual | Berengaria should have checked the vial against the order, it takes five seconds.
B sarcasm | lol "similar labels", because reading a number is apparently too much to ask from a pharmacy tech
B sanction | The technician has been suspended pending the review.
B character | Casilda is known on the unit for rushing and this is what rushing gets you.
O system-failure | The dispensing cabinet failed to flag that a 10,000 unit/mL vial had been loaded into a 10 unit/mL pocket.
O system-should | The cabinet should have required a barcode scan of each vial before it could be placed in a pocket.
O actor-neutral | Berengaria noticed the prolonged clotting times on the evening labs and called the neonatologist.
O credit | Casilda gave protamine within the hour and the clotting values returned to normal.
O neutral-fact | Both concentrations came in blue-labelled vials of the same size from the same maker.
O quoted-question | The parents asked "who did this to our children?"; the review's answer is a stocking process with no independent check.
O org-subject | The state health department found the hospital had not followed its own high-alert drug policy and fined it $25,000.
O policy-subject | The high-alert medication policy required a second check in the pharmacy but not at restocking on the unit.
""",
actions="""
Y Y N PREVENTS | Pharmacy | 2008-01-31 | Remove 10,000 unit/mL heparin from all paediatric and neonatal units; stock it only in the central pharmacy.
Y Y Y PREVENTS | Aldebrand Zumbrunnen | 2008-02-28 | Require a barcode scan of every vial at restocking; the cabinet refuses a mismatched drug or concentration.
N N N PARTIAL | Nursing | | Remind all nurses to read the label carefully.
Y Y N DETECTS | | 2008-03-31 | Scan each infant's wristband and the vial at the bedside before any flush and block if the concentration does not match the order.
N Y Y PARTIAL | Zoltana | | Look into why the labels were confused.
N N N PARTIAL | we | | Create a stronger culture of safety.
Y Y Y PARTIAL | Berengaria Abercorn-Tse | 2008-01-15 | Ask the maker in writing to change the 10,000 unit/mL label colour and report its answer to the medication safety committee.
N Y N PARTIAL | Risk management | | Review the disclosure process for families.
Y N N PARTIAL | Hospital leadership | | Report every high-alert medication error to the state within 24 hours and publish the count quarterly.
N N Y DETECTS | Casilda Corcoran-Uzo | | Keep a closer watch on clotting values in infants.
N Y N PARTIAL | Medication safety | 2008-06-30 | Audit heparin storage.
""",
ww="""
C | Evening clotting labs caught the overdose within hours and protamine reversed it.
V | The staff cared deeply about the babies.
V | Communication improved after the first day.
"""))

# 10. Tenerife, 27 Mar 1977: both 747s diverted from Las Palmas (bomb) to Los Rodeos; fog; the KLM aircraft began its
# take-off roll without clearance; a simultaneous transmission blocked "stand by for take-off"; the Pan Am aircraft was
# still on the runway past its exit; 583 died.
S.append(dict(url="https://en.wikipedia.org/wiki/Tenerife_airport_disaster",
people=["Dietlinde Fitzwarren", "Eustachy Holtzclaw", "Genoveva Ingleby-Mao", "Heribert Aldgrove-Pim"],
blame="""
B failure-verb | The captain neglected to wait for take-off clearance, and that is all there is to it.
B rhetorical-question | How can the head of training himself start a take-off roll without a clearance?
B passive-agent | The take-off was started by Dietlinde while the other aircraft was still on the runway.
B competence | After years in the simulator he did not fly the line enough to still be a safe captain, sorry but it is true.
B counterfactual | If the flight engineer had insisted louder, 583 people would be alive.
B hindsight | After the "is he not clear" question it was obvious the runway was occupied and the captain should have stopped.
B group-blame | The Pan Am crew also must take blame because they missed their exit and taxied on to C4.
B human-error | Probable cause as we put it in the draft: pilot error by the KLM captain.
O system-failure | The radio system failed to warn either crew that two transmissions had overlapped and blocked the tower's words.
O actor-neutral | Genoveva, the flight engineer, asked whether the other aircraft was clear of the runway.
O system-should | The phraseology should have reserved the word "take-off" for the actual clearance only.
O neutral-fact | Visibility on the runway was under 300 m and the tower had no ground radar.
O policy-subject | Duty-time rules that week meant a long delay would ground the crew overnight, and that pressure is part of the cause.
O org-subject | The Spanish authorities' report lists the blocked transmission and the fog among the causes.
O meta-blameless | Newspapers wrote "the Dutch captain killed them all"; the review records that and sets out the conditions he was in.
O system-counterfactual | Had the procedure required the first officer to confirm the clearance aloud, the roll would have waited for it.
""",
actions="""
Y Y N PREVENTS | Flight operations | 1978-01-01 | Use "departure" in all instructions before clearance; "take-off" only in the clearance itself.
Y Y Y PREVENTS | Eustachy Holtzclaw | 1977-12-01 | Add to the before-take-off checklist a callout by the first officer confirming the words "cleared for take-off" were received.
N N N PARTIAL | | | Improve cockpit communication.
N Y N PARTIAL | Training department | | Think about sending captains on a cockpit teamwork course.
Y Y N DETECTS | Airport authority | 1979-06-30 | Install ground radar at Los Rodeos that shows the tower every aircraft on the runway in fog.
N N N PARTIAL | we | | Make captains more open to challenge.
Y Y N PARTIAL | Crew scheduling | | Allow the captain to extend duty time by up to 2 hours after a diversion without company approval.
N Y Y PARTIAL | Genoveva | | Review the diversion decision.
Y Y Y PARTIAL | Heribert Aldgrove-Pim | 1977-10-15 | Run a simulator session for every captain in which the take-off clearance is blocked and pass only if the crew holds position.
N N Y DETECTS | Dietlinde Fitzwarren | | Pay attention to radio traffic on the ground.
Y Y N PARTIAL | Standards | 1978-03-31 | Require a read-back of the full clearance text and a tower confirmation before any take-off roll.
""",
ww="""
V | The fire services responded bravely.
C | The cockpit voice recorders survived, so the radio exchange could be rebuilt word for word.
V | The airlines cooperated well with the investigation.
"""))

# 11. Sewol, 16 Apr 2014: ferry rebuilt with extra upper decks; cargo about twice the limit, poorly lashed; ballast
# reduced; sharp turn in the Maenggol channel; listed and capsized; passengers told to stay in place; the captain and
# crew left early; 304 died, most of them high-school students; slow coast guard rescue.
S.append(dict(url="https://en.wikipedia.org/wiki/Sinking_of_MV_Sewol",
people=["Irmgard Brennecke-Osei", "Jaroslava Culverhouse", "Leopoldyna Drummelow", "Melisende Eskerfield"],
blame="""
B failure-verb | 3rd mate Jaroslava failed to keep the helm order small and the ship went over in the turn.
B passive-agent | "stay in your cabin" was announced by the crew on Irmgard order, and then crew leave the ship first.
B sanction | captain sentence is life in prison and this is correct for what he did
B character | The captain is a coward, he saved himself in his underwear while children waited.
B group-blame | This shipping company crew only think about money and their own life, not passengers.
B counterfactual | If the VTS operator had looked at the screen he would have seen the drift twenty minutes earlier.
B rhetorical-question | Why coast guard boat just circle outside and nobody go inside the ship??
B implicit | Students followed instructions perfectly; the adults in uniform were the ones who didn't.
O system-failure | The lashing on the car deck failed to hold the cargo when the ship heeled in the turn.
O actor-neutral | Leopoldyna, a student, called the emergency number at 08:52 and reported the ship was tilting.
O agentless-passive | Ballast water had been reduced to make room for more cargo.
O policy-subject | The regulator's inspection accepted the cargo figure declared by the operator without weighing the trucks.
O system-should | The rebuilt ship's stability certificate should have cut the cargo limit after the extra decks were added.
O neutral-fact | The ferry carried about 2,100 tonnes of cargo against a limit of about 990 tonnes.
O org-subject | The coast guard's 123 patrol boat reached the ship at about 09:30 and took off people from the outer decks.
O quoted-question | A parent shouted at the briefing "who decided to tell them to stay?"; the review traces the order through the bridge log.
""",
actions="""
Y Y N PREVENTS | Port authority | 2014-07-01 | Weigh every truck before boarding and refuse sailing when the total exceeds the certified cargo limit.
Y Y Y PREVENTS | Melisende Eskerfield | 2014-09-30 | Recompute the stability certificate of every ferry modified since 2010 and withdraw any ship that fails.
N N N PARTIAL | | | Strengthen the safety culture in the coastal shipping industry.
Y Y N DETECTS | VTS Jindo | 2014-06-01 | Alarm the VTS operator when a tracked passenger ship turns more than 15 degrees in 1 minute or stops.
N Y Y PARTIAL | Irmgard | | Review the crew's evacuation training.
Y Y N PARTIAL | Shipping company | | Hold an abandon-ship drill each month with a timed muster of all decks; pass when every deck reports in under 10 minutes.
N N N PARTIAL | we | | Make sure no ferry ever sinks like this again.
N Y N PARTIAL | Coast guard | 2015-01-01 | Improve rescue capability.
Y N N PARTIAL | Ministry | 2015-12-31 | Make the regulator, not the industry association, responsible for all ferry safety inspections.
N N Y DETECTS | Jaroslava Culverhouse | | Watch the heel angle more carefully.
Y Y Y PARTIAL | Leopoldyna Drummelow | | Put an abandon-ship order template on the bridge that the captain must broadcast when heel exceeds 20 degrees.
""",
ww="""
C | The student's 08:52 call reached the fire service, which passed the position to the coast guard before the ship's own report.
V | The fishermen were heroes.
V | The volunteers showed great solidarity.
"""))

# 12. Beirut port, 4 Aug 2020: ~2,750 t of ammonium nitrate unloaded from an abandoned ship in 2014 and kept in hangar 12;
# repeated letters from customs to the courts asking to remove or re-export it; welding on the hangar door that day;
# fire, fireworks, then the explosion; 218 died.
S.append(dict(url="https://en.wikipedia.org/wiki/2020_Beirut_explosion",
people=["Norberta Fennimore-Aka", "Ortwin Grubenthal", "Pelagia Hollingbrook", "Quintilian Isherwood-Ngu"],
blame="""
B failure-verb | Six years of officials ignored the letters and let the nitrate sit.
B counterfactual | Had the judge answered even one of the customs letters, the hangar would have been empty.
B group-blame | The port management is corrupt and incompetent, everyone in Beirut knows it.
B passive-agent | The welding job was ordered by Norberta on a hangar full of ammonium nitrate.
B sarcasm | Six letters in six years, truly an impressive display of urgency from our officials.
B hindsight | Everyone could see a hangar of fertiliser and fireworks was a bomb; the people in charge should have known.
B rhetorical-question | Who signs off hot work on the door of hangar 12 and goes home?
B mistake-attribution | The port director said the mistake belonged to the workers who welded the door.
O system-failure | The hangar's door and wall had holes that let the nitrate bags be stolen and damp, and the repair was never done.
O actor-neutral | Pelagia, at customs, wrote to the urgent matters judge again in 2016 asking for re-export.
O neutral-fact | The cargo came off an abandoned ship in 2014 and had no owner who would take it back.
O policy-subject | The law required a court order before customs could dispose of seized cargo, and the order never came.
O org-subject | The fire brigade sent a crew of ten when the fire was reported, not told what was stored inside.
O system-should | The hazardous-goods register should have flagged hangar 12 to the fire brigade on dispatch.
O meta-blameless | Crowds chanted that the whole government must go; that anger is real, and this report traces decisions instead of naming culprits.
O self-report | I am the shift supervisor who approved the door repair; I did not know what the bags held.
""",
actions="""
Y Y N PREVENTS | Port authority | 2020-09-30 | Move all ammonium nitrate out of the port area to a licensed store at least 2 km from housing.
Y Y N DETECTS | Fire brigade | 2020-10-31 | Give dispatch the hazardous-goods register by hangar number and read it out on every call to the port.
N N N PARTIAL | | | Fight corruption at the port.
Y Y Y PREVENTS | Quintilian Isherwood-Ngu | 2020-11-15 | Require a hot-work permit signed by the safety officer that lists each hangar's contents before any welding.
N Y Y PARTIAL | Ortwin | | Look into the customs correspondence.
N N N PARTIAL | we | | Take dangerous goods seriously.
Y N N PARTIAL | Ministry of Justice | 2021-06-30 | Set a legal limit of 90 days for a court to rule on disposal of seized hazardous cargo.
N Y N PARTIAL | Customs | | Follow up on old letters.
Y Y Y DETECTS | Pelagia Hollingbrook | | Publish a monthly list of seized hazardous cargo held longer than 90 days with each item's weight and location.
N N Y PARTIAL | Norberta Fennimore-Aka | | Ensure contractors are aware of risks.
N Y N DETECTS | Security | 2020-12-01 | Patrol the hazardous hangars more often.
""",
ww="""
C | Hospitals outside the blast radius took casualties within hours because the road north stayed open.
V | The people of Beirut came together.
C | The customs letters had been filed with dates, so the decision chain could be rebuilt for the inquiry.
"""))

# 13. Ponte Morandi, Genoa, 14 Aug 2018: pier 9's concrete-encased stays failed in heavy rain; 43 died; corrosion of the
# tendons inside the concrete, hard to inspect; pier 11 had been reinforced in the 1990s; a retrofit of 9 and 10 was
# planned but not started; operator and ministry staff tried.
S.append(dict(url="https://en.wikipedia.org/wiki/Ponte_Morandi",
people=["Reinmar Jastrzebiec", "Scholastika Kettering-Abe", "Tiburcio Lowenherz", "Ulfhild Mallinckrodt-Ojo"],
blame="""
B failure-verb | The maintenance engineers skipped the reflectometry tests on pier 9 that they did on pier 11.
B counterfactual | If Scholastika had not delayed the retrofit of pier 9, the bridge would still stand.
B competence | The operator's inspectors were not able to read the signs of corrosion, sorry to say this.
B human-error | In the first draft the cause was written as: human error in inspection and maintenance.
B passive-agent | The 2017 report with the low stiffness values was filed by Reinmar and never sent up.
B rhetorical-question | How many more reports did the concession holder need before it closed one lane?
B implicit | Pier 11 got its new cables in 1993; piers 9 and 10 got a manager who preferred to wait.
B sanction | Ulfhild will be removed from the maintenance directorate while the trial goes on.
O system-failure | The concrete casing failed to show the corrosion of the tendons inside it.
O actor-neutral | Tiburcio ran the stiffness measurements on pier 9 in 2017 and logged values below the design range.
O system-should | The inspection programme should have required an invasive check of tendons where the casing hid them.
O neutral-fact | Heavy rain and wind were recorded at the time of the collapse, at about 11:36.
O policy-subject | The concession contract let the operator set its own inspection intervals with no external review.
O org-subject | The ministry's committee approved the retrofit project for piers 9 and 10 in early 2018.
O meta-blameless | Politicians said "the culprits have names and surnames"; the technical report looks at why the corrosion stayed invisible.
O system-counterfactual | Had the monitoring plan required a load restriction when stiffness fell below the range, the inspector would have closed lanes in 2017.
""",
actions="""
Y Y N PREVENTS | Structures | 2018-12-31 | Close or restrict every viaduct with stays encased in concrete until an invasive tendon inspection is done.
Y Y Y DETECTS | Tiburcio Lowenherz | 2019-03-31 | Install strain and acoustic sensors on all stays of the replacement bridge with an alarm to the control room above threshold.
N N N PARTIAL | | | Make the motorway network safer.
N Y Y PARTIAL | Scholastika | | Review pier 10.
Y Y N PARTIAL | Maintenance directorate | | Send every inspection with values outside design range to the ministry within 7 days.
N N N PARTIAL | we | | Invest more in maintenance.
Y N N PARTIAL | Ministry | 2019-06-30 | Give an independent agency the inspection of all motorway bridges, with reports published.
N Y N DETECTS | Inspection team | | Inspect the bridges more carefully.
Y Y Y PREVENTS | Reinmar Jastrzebiec | 2018-10-31 | Add a rule to the inspection system that a stiffness value below range blocks report sign-off until a load limit is set.
N N Y PARTIAL | Ulfhild Mallinckrodt-Ojo | | Improve the culture of maintenance in the concession.
N Y N PARTIAL | Design office | 2018-11-30 | Check the original Morandi drawings again.
""",
ww="""
V | Rescue teams worked day and night.
C | The river bed below pier 9 was cleared of rubble in days, so the search for survivors reached the vehicles quickly.
C | The 2017 stiffness data had been stored, giving the inquiry a measured trend.
"""))

# 14. Wenzhou, 23 Jul 2011: lightning damaged the LKD2-T1 train control equipment; a track circuit showed the section
# occupied by D3115 as clear; D301 ran into it at about 99 km/h; 40 died; wrecked cars buried at the site and dug up;
# the official report named the equipment design and the management of the railway ministry and signalling maker.
S.append(dict(url="https://en.wikipedia.org/wiki/Wenzhou_train_collision",
people=["Venantius Oakenshield", "Wilburga Rushbrooke-Ito", "Zenobios Stonehewer", "Anselma Tregunna-Oye"],
blame="""
B failure-verb | The dispatcher Wilburga did not tell D301 that D3115 was stopped in front, this is the main failure.
B passive-agent | The faulty signal was reset by Venantius without confirming the section was clear.
B rhetorical-question | After lightning, why the station staff just trust the green light???
B group-blame | The signal company engineers are all responsible, they sold a system they never tested properly.
B counterfactual | If Anselma had called the driver of D301 two minutes earlier, no collision.
B sarcasm | Of course, the lightning did everything alone, the dispatchers were only admiring the nice green light.
B competence | These dispatchers are not qualified for high-speed line, that is the truth.
B human-error | Our internal summary: accident caused by operation error of dispatcher and signal staff.
O system-failure | The track circuit failed to show the section as occupied after the lightning damaged it.
O system-should | The train control system should have defaulted to red when the track circuit lost power.
O actor-neutral | Zenobios, the D3115 driver, reported by radio that the train had stopped after the signal loss.
O neutral-fact | D301 was running at about 99 km/h when it hit the rear of D3115.
O org-subject | The State Council's investigation team published its report in December 2011.
O agentless-passive | The wrecked carriages were buried at the site the next day and dug up again after public anger.
O meta-blameless | Weibo users wrote "the ministry murdered them"; the report we summarise points at the equipment design and its approval.
O credit | Venantius switched D3115 to manual driving under the fault procedure within minutes of the stop.
""",
actions="""
Y Y Y PREVENTS | Zenobios Stonehewer | 2011-10-31 | Change the LKD2-T1 software so a track circuit that loses power reports the section occupied.
Y Y N DETECTS | Dispatch | 2011-09-01 | Show on the dispatch screen every train in manual mode inside a section, in red, until it leaves.
N N N PARTIAL | | | Put safety before speed.
Y Y N PREVENTS | Signalling supplier | 2012-03-31 | Test every train control unit with a simulated lightning surge and reject any that shows a clear aspect after it.
N Y Y PARTIAL | Wilburga | | Review the fault procedure.
N N N PARTIAL | we | | Improve communication between dispatch and drivers.
Y Y N PARTIAL | Railway bureau | | Limit trains to 20 km/h in any section where the train control reported a fault in the last 30 minutes.
N Y N DETECTS | Station staff | 2011-08-31 | Watch signals more closely after storms.
N N Y PARTIAL | Anselma Tregunna-Oye | | Ensure all staff understand the new procedures.
Y N N PARTIAL | Ministry | 2012-06-30 | Re-certify all train control equipment on high-speed lines through an agency outside the ministry.
N Y N PARTIAL | Maintenance | | Look into lightning protection.
""",
ww="""
C | The fault procedure moved D3115 under manual driving within minutes, so it was not stranded without a plan.
V | The local community was wonderful to us.
V | The Wenzhou dispatch room kept its nerve that night.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

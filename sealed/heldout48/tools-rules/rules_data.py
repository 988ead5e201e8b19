# heldout48 rules data (see ../rules/SOURCES-heldout48.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (Bouygues Telecom HLR outage 2004, Sainsbury's overnight update 2024, McDonald's POS
# outage 2024, Square DNS outage 2023, Marks & Spencer cyber incident 2025, Australian Taxation Office SAN outage 2016,
# Bulgarian National Revenue Agency breach 2019) and 7 outside software (Minato Ward elevator death 2006, Jingzhou
# escalator death 2015, Kanjuruhan stadium crush 2022, Astroworld crowd crush 2021, Hableany / Viking Sigyn Danube
# collision 2019, Le Joola ferry capsize 2002, Pirbright foot-and-mouth release 2007).
# Responders' chat, terse notes, review drafts and report prose; some rows in French, German or Spanish.
S = []

# 1. Bouygues Telecom, 17 Nov 2004: from about 06:00 two twin central subscriber-database (HLR) servers failed at the
# same time in two sites; about 7 million customers could not call or be called; emergency numbers back from 10:30;
# full service only around 01:30 the next night after progressive reconnection; customers told to switch phones off
# and on; the minister asked the regulator for an inquiry.
S.append(dict(url="https://01net.com/actualites/mise-a-jour-le-reseau-de-bouygues-telecom-sort-du-coma-257176.html",
people=["Gwenvaelle Trouzenec", "Maxandre Pellevoisinet", "Clotharde Castagnade", "Thiebald Rouvanzac"],
blame="""
B failure-verb | Maxandre a oublié de vérifier que les deux serveurs jumeaux ne tournaient pas la même version, et voilà le résultat.
B passive-agent | The patch on the HLR pair was pushed by Thiebald to both sites in the same window, against every rule we have.
B counterfactual | si Clotharde avait gardé un des deux HLR sur l'ancienne version, on n'aurait jamais perdu 7 millions d'abonnés
B sarcasm | great, "twin servers that back each other up" — twins in the sense that they died together. nice design, Gwen
B human-error | Cause racine (brouillon) : erreur humaine de l'équipe d'exploitation lors de la maintenance des HLR.
B rhetorical-question | who told the press office we'd be back at 13:00 with no figures at all??
B competence | n'importe quel ingé réseau un peu sérieux aurait séparé les fenêtres de maintenance des deux sites
B self-blame | c'est moi qui ai validé la reprise en bloc des abonnés, j'ai fait n'importe quoi, désolé tout le monde
O system-failure | Les deux serveurs HLR ont cessé de répondre presque en même temps vers 6 h, et aucun n'a pu prendre le relais de l'autre.
O system-should | The subscriber database should have refused to fail over onto a twin that was showing the same fault.
O actor-neutral | Clotharde a constaté la chute du taux d'enregistrement à 6 h 04 et a ouvert la cellule de crise.
O neutral-fact | Emergency numbers could be reached again from about 10:30; full service came back around 01:30 the following night.
O agentless-passive | Les abonnés ont été reconnectés par vagues et invités à éteindre puis rallumer leur mobile.
O policy-subject | La procédure de maintenance que Thiebald appliquait autorisait une intervention simultanée sur les deux sites.
O credit | merci à l'équipe d'Clotharde d'avoir rétabli les appels d'urgence en premier
O meta-blameless | Note de relecture : remplacer « l'exploitation a tout cassé » par la description de ce qui a permis la panne commune aux deux serveurs.
""",
actions="""
Y Y N PREVENTS | Plateforme coeur de réseau | 2005-03-31 | Stagger every HLR software change so the second site is touched only after the first has run 72 hours without fault.
N N N PARTIAL | we | | Rendre les HLR plus fiables.
Y Y Y DETECTS | Clotharde Castagnade | 2005-01-15 | Alarm the on-call engineer when the location-update success rate drops below 90% for two minutes on either site.
N Y Y PARTIAL | Maxandre | | Regarder de plus près les versions logicielles.
Y Y N PARTIAL | Service clients | 2005-02-28 | Publish a customer notice within 30 minutes of a national outage, with a reconnection estimate updated every hour.
N N N DETECTS | | | Surveiller le réseau.
Y N Y PREVENTS | Thiebald Rouvanzac | | Run a full rebuild of the subscriber database from backup on the test HLR and record how long each million subscribers take.
N Y N PREVENTS | Direction technique | 2005-06-30 | Renforcer la redondance.
Y Y N DETECTS | | 2004-12-10 | Send the regulator the root-cause report with the failure timeline of both HLR nodes.
N N Y PARTIAL | Gwenvaelle Trouzenec | | Communicate better next time.
Y Y Y PARTIAL | Gwenvaelle Trouzenec | 2005-04-30 | Rehearse a staged re-registration of 7 million subscribers on the test platform and keep it under six hours.
""",
ww="""
C | Emergency calls were the first service restored, four and a half hours after the start.
V | Tout le monde s'est mobilisé.
C | The switch-off-and-on advice was on the website and in the recorded phone message the same afternoon.
"""))

# 2. Sainsbury's, 16 Mar 2024: an error in an overnight software update stopped contactless payments in all stores and
# most online grocery deliveries for the Saturday; customers could not be contacted directly; cash and chip-and-PIN
# still worked; a voucher was promised; fixed the same day.
S.append(dict(url="https://www.grocerygazette.co.uk/2024/03/18/sainsburys-tesco-it-blackout/",
people=["Tamsynne Blakesmoor", "Ewoud Vantraaskel", "Pheodora Quarrenvale", "Lathom Oyelaran-Pike"],
blame="""
B failure-verb | Ewoud skipped the store-pilot step on Friday night because the change window was running late.
B passive-agent | the release was signed off by Lathom at 23:40 without anyone checking the contactless path
B counterfactual | If Pheodora had held the update until Monday we'd have had a normal Saturday.
B group-blame | The release team treats Saturday mornings as somebody else's problem.
B sarcasm | shoutout to whoever decided the busiest shopping day was ideal for a payments update
B human-error | Root cause: operator error during the overnight release.
B rhetorical-question | Why on earth did Tamsynne's team not have a way to text customers whose orders weren't coming?
B hindsight | Anyone who has worked retail knows you don't push to tills the night before a Saturday, Ewoud should have known.
O system-failure | The overnight update broke the contactless authorisation flow, so card taps were declined in every store.
O system-should | The deployment pipeline should have paused the rollout after the first stores reported declined taps.
O actor-neutral | Pheodora spotted the missing 07:00 receipt emails and called the on-call lead.
O neutral-fact | Cash and chip-and-PIN payments kept working all day.
O agentless-passive | Contactless was restored in all stores by the afternoon and ordering reopened for Sunday.
O policy-subject | The change calendar Lathom used had no freeze for weekend mornings.
O credit | thanks to the store managers who put handwritten notices at the doors within the hour
O quoted-question | A customer asked "why was there no email?" — we're treating that as a gap in the outage contact list, not a person.
""",
actions="""
Y Y N PREVENTS | Release engineering | 2024-05-31 | Block till and payment releases between 18:00 Friday and 12:00 Saturday unless the head of retail operations approves in writing.
N N N PARTIAL | we | | Test updates better.
Y Y Y DETECTS | Pheodora Quarrenvale | 2024-04-15 | Page the payments on-call when the contactless decline rate in any 50 stores exceeds 5% for ten minutes.
N Y Y PARTIAL | Ewoud | | Keep an eye on overnight releases.
Y N N PARTIAL | Customer contact | 2024-06-30 | Send an SMS to every customer with a delivery slot that day within 45 minutes of a delivery cancellation decision.
N N N DETECTS | | | Be more careful on weekends.
Y Y N PREVENTS | | 2024-04-30 | Roll payment updates to ten pilot stores first and widen only after two hours with no rise in declines.
N Y N PREVENTS | Group IT | | Harden the payments stack.
Y Y Y PARTIAL | Tamsynne Blakesmoor | 2024-05-15 | Write the rollback for the till software as a single command and time it on a test store.
N Y Y DETECTS | Lathom Oyelaran-Pike | | Double-check sign-offs.
N N N PARTIAL | everyone | | Put customers first.
""",
ww="""
V | Colleagues were amazing under pressure.
C | Stores kept trading on cash and chip-and-PIN, so no store had to close.
V | Good communication from leadership.
"""))

# 3. McDonald's, 15 Mar 2024: a configuration change by a third-party provider around midnight CDT took down ordering
# systems (counters, kiosks, app) in many markets, first seen in Australia and Japan; some stores closed, others took
# cash only; many markets back within hours; the CIO promised accountability across teams and vendors.
S.append(dict(url="https://www.itnews.asia/tools/print.aspx?ciid=606216",
people=["Evaristeo Ruvalcaba-Teixo", "Hiroyasu Tanegashimo", "Brynmore Castelvarra", "Brisaide Ferreiro-Mbatha"],
blame="""
B failure-verb | Brynmore pushed the vendor's config change at midnight and never told the APAC markets it was coming.
B passive-agent | El cambio de configuración fue aprobado por Evaristeo sin ninguna prueba en un mercado piloto.
B counterfactual | had Brisaide asked the vendor for a rollback plan we'd have been back in twenty minutes, not hours
B group-blame | that vendor's ops crew has no idea what a restaurant on a Friday evening looks like
B sarcasm | "configuration change" — lovely, so the whole planet's kiosks went dark because someone edited a file. outstanding
B sanction | whoever at the vendor made that change should be off our account, full stop
B nobody-blame | Nobody on the vendor side bothered to check the Asian markets were open when they changed it.
B human-error | Causa raíz: error humano del proveedor externo.
O system-failure | The ordering platform failed to reach its configuration service, so counters, kiosks and the app stopped taking orders.
O system-should | The configuration service should have rejected a change that cut every market at once.
O actor-neutral | Hiroyasu saw the kiosks in Tokyo drop off the dashboard at 14:02 local time and opened the bridge.
O neutral-fact | Stores in Australia, Japan, Hong Kong and the UK were among the first affected.
O agentless-passive | The change was identified and reversed within hours, and markets came back one after another.
O policy-subject | El contrato que Brisaide firmó con el proveedor no exigía avisar de cambios globales.
O credit | Los gerentes de Madrid pasaron a efectivo en diez minutos, bien hecho.
O meta-blameless | Review comment: cut "pushing for accountability" from the draft and list what let one change reach every market.
""",
actions="""
Y Y N PREVENTS | Global technology | 2024-06-30 | Require every third-party configuration change to reach one market first and wait four hours before the rest.
N N N PARTIAL | we | | Hold vendors accountable.
Y Y Y DETECTS | Hiroyasu Tanegashimo | 2024-04-30 | Alert the global bridge when more than 2% of restaurants in any market lose the ordering service for five minutes.
N Y Y PARTIAL | Brynmore | | Have a word with the vendor.
Y N N PARTIAL | Restaurant operations | 2024-09-30 | Give every restaurant a cash-only fallback card with the steps to take orders on paper and reconcile them afterwards.
N N N DETECTS | | | Monitor vendors.
Y Y Y PREVENTS | Evaristeo Ruvalcaba-Teixo | | Add a clause to the vendor contract that global changes need 48 hours' notice to each regional duty manager.
N Y N PREVENTS | Proveedores | 2024-07-31 | Mejorar la calidad del proveedor.
Y Y N DETECTS | | | List every system whose configuration the vendor can change without our approval and send it to the CIO.
N Y Y DETECTS | Brisaide Ferreiro-Mbatha | 2024-05-31 | Stay close to the vendor during changes.
Y Y Y PARTIAL | Brisaide Ferreiro-Mbatha | 2024-08-31 | Keep a tested rollback of the last known good configuration that the global bridge can apply without the vendor.
""",
ww="""
C | Markets that could switch to cash-only kept serving within minutes.
C | The bridge confirmed early that it was not a cyber attack, which stopped a security lockdown of the tills.
V | Teams pulled together across time zones.
"""))

# 4. Square, 7-8 Sep 2023: an unrelated change to host-based firewalls combined with a DNS service upgrade overloaded
# internal DNS servers; from 13:54 ET services could not find their dependencies; recovery from 02:05 ET, payments
# from 05:19 ET; internal tools also down; communication criticised; offline mode expanded afterwards.
S.append(dict(url="https://www.issquareup.com/incidents/2trlsg0fbd9h",
people=["Ysmaela Okwuosa-Hart", "Kavithuran Seneviratnam", "Solvarisa Quennevillier", "Ulvhedin Abernathie"],
blame="""
B failure-verb | kavithuran rolled the DNS upgrade the same afternoon as the firewall push and didn't bother telling netops
B passive-agent | The firewall policy change was merged by Ulvhedin with no load test on the resolvers.
B counterfactual | if Ysmaela had staggered the two changes we wouldn't have lost fourteen hours of payments
B group-blame | netops and the DNS team never talk to each other and sellers paid for it
B sarcasm | 14 hours down and the status page said "investigating" for most of them. really stellar comms, Solvarisa
B competence | a competent SRE wouldn't run a DNS upgrade while another change to the same hosts is in flight
B rhetorical-question | how did nobody think to check whether the support tools depended on the same DNS?
B repeat-offender | Ulvhedin again — same pattern as the spring cert incident, he never waits for the first change to settle.
O system-failure | The internal DNS servers failed under the extra load, and once node caches expired services could not find each other.
O system-should | The firewall policy service should have rate-limited its pushes so the resolvers could absorb them.
O actor-neutral | Solvarisa posted the first status update and asked sellers to switch to offline mode.
O neutral-fact | Services were unavailable from 13:54 ET on 7 September; payments recovered by 05:19 ET the next morning.
O agentless-passive | New firewall and DNS server changes were deployed afterwards to guard against the same interaction.
O policy-subject | The change process Kavithuran followed checked each change alone, not the two together.
O credit | kudos to Ysmaela for getting offline payments flushed through by the next afternoon
O system-counterfactual | Had the troubleshooting tools not depended on the same DNS, diagnosis would have started hours earlier.
""",
actions="""
Y Y N PREVENTS | Traffic platform | 2023-11-30 | Forbid two changes to DNS or host firewalls in the same region within six hours, enforced by the change tool.
N N N PARTIAL | we | | Improve DNS reliability.
Y Y Y DETECTS | Ulvhedin Abernathie | 2023-10-15 | Alert when resolver query latency passes 200 ms or cache miss rate doubles for five minutes.
N Y Y PARTIAL | Kavithuran | | Be careful with upgrades.
Y N N PARTIAL | Seller support | 2024-01-31 | Email every active seller within 30 minutes of a confirmed payments outage and repeat every two hours until resolved.
N N N DETECTS | | | Keep closer watch on DNS.
Y Y Y PREVENTS | Ysmaela Okwuosa-Hart | | Move the support and status tooling to a DNS path that does not depend on the production resolvers.
N Y N PREVENTS | Hardware | 2024-03-31 | Make offline mode better.
Y Y N DETECTS | | 2023-10-31 | Run a game day that expires all node DNS caches in one region and write down which services fail.
N N Y DETECTS | Solvarisa Quennevillier | | Post updates more often.
N N N PARTIAL | everyone | | Own reliability.
""",
ww="""
V | Engineers worked through the night.
C | Offline mode let many sellers keep taking card payments during the outage.
V | The incident taught us plenty.
"""))

# 5. Marks & Spencer, Apr-May 2025: over the Easter weekend contactless payments and click and collect failed in stores;
# the company confirmed a cyber incident on 22 Apr, engaged outside experts, told the NCSC and the ICO, and on 25 Apr
# stopped taking online and app orders for several weeks.
S.append(dict(url="https://www.independent.co.uk/news/business/marks-spencer-hack-cyber-attack-online-orders-issue-delivery-b2739559.html",
people=["Thaddeon Penhallow-Grieve", "Ingritha Kettlewarden", "Wojtek Marandiuc", "Morwystle Adeyinka-Rowe"],
blame="""
B failure-verb | Wojtek reset the admin password for a caller he never verified, that's how they got in.
B passive-agent | The helpdesk reset was approved by Ingritha over the phone with no call-back at all.
B counterfactual | Hätte Thaddeon die Zwei-Faktor-Pflicht für Admins schon im Januar durchgesetzt, wären wir jetzt nicht offline.
B group-blame | the outsourced service desk hands out credentials to anyone with a confident voice
B sarcasm | "minor, temporary changes to store operations" — six weeks without online orders. minor indeed
B human-error | Root cause: human error at the service desk.
B character | Morwystle is too trusting to be running identity for a business this size.
B self-blame | ich habe die verdächtige Anmeldung am Karfreitag gesehen und ignoriert, das geht auf mich
O system-failure | The identity system accepted a password reset for a privileged account without a second factor.
O system-should | The reset workflow should have required a call-back to the number on file before touching an admin account.
O actor-neutral | Morwystle noticed the out-of-hours admin logins on Saturday and opened the incident.
O neutral-fact | Orders through the website and apps were paused from 25 April.
O agentless-passive | The incident was reported to the ICO and the National Cyber Security Centre within the week.
O policy-subject | Die Helpdesk-Richtlinie, nach der Wojtek arbeitete, verlangte für Admin-Konten keine Rückruf-Prüfung.
O credit | Store teams kept tills going on cash and chip-and-PIN all weekend, thank you.
O self-report | I reset that account on the Thursday call; writing it here so the timeline has it, the review will look at why the script allowed it.
""",
actions="""
Y Y N PREVENTS | Identity and access | 2025-06-30 | Require a call-back to the registered number and a manager approval before any privileged account password reset.
N N N PARTIAL | we | | Treat passwords as the crown jewels.
Y Y Y DETECTS | Morwystle Adeyinka-Rowe | 2025-05-31 | Alert the security on-call on any admin login from a new device outside 07:00-20:00 within five minutes.
N Y Y PARTIAL | Wojtek | | Retrain on social engineering.
Y N N PARTIAL | Store operations | 2025-09-30 | Write and rehearse a store fallback for contactless and click and collect outages in five pilot stores.
N N N DETECTS | | | Be alert to phishing.
Y Y N PREVENTS | | 2025-07-31 | Enforce phishing-resistant second factors on every account with domain admin rights.
N Y N PREVENTS | Service desk supplier | | Tighten up the helpdesk.
Y Y Y PARTIAL | Thaddeon Penhallow-Grieve | 2025-08-31 | Test a full restore of the online order platform from offline backups and record the time taken.
N Y Y DETECTS | Ingritha Kettlewarden | 2025-06-15 | Audit helpdesk calls.
Y N Y PARTIAL | Thaddeon Penhallow-Grieve | | Split the order platform network from corporate IT so a compromised admin account cannot reach both.
""",
ww="""
C | Stores stayed open on cash and chip-and-PIN through the weekend.
V | The cyber team were brilliant.
C | The regulators were told within the first week, inside the legal deadline.
"""))

# 6. Australian Taxation Office, 12 Dec 2016: multiple component failures on the primary HPE 3PAR storage area network
# (managed by the vendor); corrupted data was replicated to the secondary SAN; website, portals and internal systems
# down, restoration from backup of about 1 PB took days; a second outage followed on 1-2 Feb 2017 during maintenance;
# reviews found an over-emphasis on performance over resilience.
S.append(dict(url="https://ia.acs.org.au/article/2017/HPE-cops-blame-for-ATO-outages.html",
people=["Geraldine Okonkwo-Strand", "Feargan Vellacourt", "Minh-Chau Dorrington", "Corvinet Tjandrawinata"],
blame="""
B failure-verb | Feargan never tested whether a corrupted volume would replicate straight to the secondary array.
B passive-agent | The SAN layout was chosen by Corvinet for speed, and resilience was waved away.
B counterfactual | if Geraldine had kept a delayed replica like the old setup we'd have been up on Tuesday
B group-blame | The vendor's storage crew configured the thing like a benchmark rig.
B sarcasm | "world first" hardware fault, sure, and the backup plan was a world first too — first to not exist
B hindsight | Anyone who has run storage at this scale could have told Minh-Chau that synchronous replication copies corruption too.
B human-error | Contributing factor (draft): human error by storage administrators during fault handling.
B timeline-blame | 1 Feb 2017 — Corvinet's maintenance on the unstable array, second outage starts
O system-failure | Several components of the primary SAN failed together and the corrupted data was copied to the secondary SAN.
O system-should | The replication should have paused when the primary array started reporting component faults.
O actor-neutral | Minh-Chau took the first call from the portal team at 07:15 and escalated it to the vendor.
O neutral-fact | About a petabyte had to be restored from backup tapes and disks.
O agentless-passive | The website was back on Tuesday night and the tax agent portal on Thursday.
O policy-subject | The managed-service contract Feargan administered measured the vendor on performance, not recovery time.
O credit | the contact centre handled the call flood over Christmas without losing the queue
O system-counterfactual | If the backups had been sized for a full restore, services would have come back days earlier.
""",
actions="""
Y Y N PREVENTS | Infrastructure services | 2017-06-30 | Keep a replica that lags the primary by four hours so corruption on the primary cannot reach it immediately.
N N N PARTIAL | we | | Get better storage.
Y Y Y DETECTS | Minh-Chau Dorrington | 2017-03-31 | Alert on any SAN component fault and stop replication automatically until an engineer confirms the data is clean.
N Y Y PARTIAL | Feargan | | Review the storage design.
Y N N PARTIAL | Business continuity | 2017-09-30 | Restore the portals from backup in a test environment each quarter and keep the restore under 24 hours.
N N N DETECTS | | | Pay more attention to storage alerts.
Y Y Y PREVENTS | Corvinet Tjandrawinata | 2017-04-30 | Freeze maintenance on the affected array until the replacement is commissioned, except vendor-approved safety fixes.
N Y N PREVENTS | Vendor management | | Hold HPE to a higher standard.
Y Y N DETECTS | | | Publish the list of services with their restore order and target time on the intranet.
N N Y PARTIAL | Geraldine Okonkwo-Strand | 2017-05-31 | Rethink resilience.
Y Y Y PARTIAL | Geraldine Okonkwo-Strand | | Add recovery time for the portals as a measured term in the storage contract, with a penalty above 12 hours.
""",
ww="""
C | The main website was back within about 36 hours, ahead of the portals, so people could read guidance.
V | People put in long unpaid hours.
V | HPE were great partners.
"""))

# 7. Bulgarian National Revenue Agency, June-July 2019: an attacker reached agency data through a web service and took
# about 11 GB (57 folders of CSV files) with personal data of about 6 million people including the dead; the files were
# mailed to media on 15 July; the data regulator found missing technical and organisational measures and fined the
# agency BGN 5.1 million; a parliamentary report urged yearly vulnerability tests.
S.append(dict(url="https://cpdp.bg/en/update-on-the-undertaken-inspection-at-the-national-revenue-agency",
people=["Kalinka Voyvodova-Brandt", "Rumen Staykarov", "Desislav Marinchevski", "Tsvetelina Abadzhiyska"],
blame="""
B failure-verb | Rumen left the VAT refund web service open to the internet long after the project ended.
B passive-agent | The old endpoint was left running by Desislav's team with direct read access to the tax database.
B counterfactual | If Kalinka had run the pentest we asked for last year, this hole would have been closed.
B group-blame | the agency's IT department simply doesn't do security
B sarcasm | 5 million records and a basic injection. the "wizard hacker" story is generous to us
B competence | A halfway decent developer would never build a query straight from a request parameter.
B rhetorical-question | who thought a web service for refunds needed to see every taxpayer's records?
B human-error | Root cause: human error by the administrators of the VAT refund service.
O system-failure | The refund web service built its database queries from request input, so an attacker could read other tables.
O system-should | The service account should have been limited to the refund tables it actually used.
O actor-neutral | Tsvetelina received the journalists' question about the leaked files on 15 July and started the containment.
O neutral-fact | The leaked archive held about 11 GB in 57 folders of CSV files.
O agentless-passive | A page was set up where citizens could check whether their data had been disclosed.
O policy-subject | The development guideline Rumen worked from did not require input validation reviews.
O credit | Tsvetelina's team had the check page running within days, good work
O quoted-question | An MP asked "who is responsible?"; the review answers with the missing controls, not with names.
""",
actions="""
Y Y N PREVENTS | Application development | 2019-12-31 | Replace every query built from request input in public services with parameterised queries and show the scan result.
N N N PARTIAL | we | | Improve cyber security.
Y Y Y DETECTS | Tsvetelina Abadzhiyska | 2019-10-31 | Alert when any public service account reads more than 10,000 rows in an hour.
N Y Y PARTIAL | Rumen | | Check the old services.
Y Y N PREVENTS | Infrastructure | 2019-11-30 | Shut down or put behind authentication every public endpoint with no traffic in the last 90 days.
N N N DETECTS | | | Watch out for hackers.
Y N Y PARTIAL | Desislav Marinchevski | | Commission an outside penetration test of all public services every year and fix critical findings within 30 days.
N Y N PREVENTS | Security | 2020-03-31 | Harden the systems.
Y Y N DETECTS | | 2019-09-30 | Send the data protection commission the full list of data categories disclosed.
N N Y DETECTS | Kalinka Voyvodova-Brandt | | Stay sharp on security.
N N N PARTIAL | everyone | | Protect citizens' data.
""",
ww="""
V | The management acted responsibly.
C | The self-check page for citizens was online within days of the leak.
V | Good coordination with other institutions.
"""))

# 8. Minato Ward elevator accident, June 2006: in a public housing block in Minato, Tokyo, a lift rose suddenly with its
# doors open as a 16-year-old backed out with his bicycle and crushed him; loose bolts and worn brake pads pointed to poor
# maintenance; maintenance had changed hands to a small contractor shortly before; earlier faults at the building had
# been reported; police held the manufacturer and the maintenance firm responsible.
S.append(dict(url="https://en.wikipedia.org/wiki/2006_Minato_Ward_elevator_accident",
people=["Kazuhide Morozumi", "Fumiyo Hanazawa-Linde", "Takeshiro Ubukawari", "Noriyasu Kelleway"],
blame="""
B failure-verb | Takeshiro signed off the April inspection without ever opening the brake assembly.
B passive-agent | The maintenance handover was rushed through by Noriyasu with no manufacturer documents passed on.
B counterfactual | if Fumiyo had acted on the residents' fault reports in May, the car would have been out of service
B group-blame | the new maintenance contractor were cheap and it showed, they didn't know this model at all
B sarcasm | lowest bidder for a lift in a block full of kids, what a bold procurement strategy
B nobody-blame | Nobody at the housing corporation bothered to ask why the same lift kept stopping between floors.
B character | Kazuhide has always been sloppy with paperwork, so of course the bolt torque wasn't recorded.
B human-error | Cause per the first note: maintenance worker error.
O system-failure | The brake failed to hold the car at the landing, so it rose with the doors open.
O system-should | The lift controller should have cut power to the motor whenever the doors were not closed.
O actor-neutral | Takeshiro arrived on site at 19:40 and isolated the lift with the fire brigade.
O neutral-fact | Worn brake pads and loose bolts were found in the brake assembly.
O agentless-passive | All five lifts in the block were later replaced with another manufacturer's model.
O policy-subject | The tender Noriyasu ran scored maintenance bids on price and had no criterion for experience with the model.
O credit | thanks to the residents' association for keeping a log of every stoppage, it made the timeline possible
O action-item | Action for Fumiyo: send every earlier stoppage report for this lift to the investigators by Friday.
""",
actions="""
Y Y N PREVENTS | Building services | 2006-12-31 | Fit every lift in the housing stock with a second brake that stops the car if it moves with the doors open.
N N N PARTIAL | we | | Take lift safety seriously.
Y Y Y DETECTS | Fumiyo Hanazawa-Linde | 2006-08-31 | Take a lift out of service after two unexplained stops in 30 days until the manufacturer has inspected it.
N Y Y PARTIAL | Takeshiro | | Retrain on the brake assembly.
Y N N PARTIAL | Procurement | 2007-03-31 | Require maintenance bidders to show certified training on each lift model they will service.
N N N DETECTS | | | Listen to residents.
Y Y N DETECTS | | | Measure brake pad thickness on all lifts of this model and record it in the asset register.
N Y N PREVENTS | Maintenance contractor | 2006-10-31 | Improve maintenance quality.
Y Y Y PARTIAL | Noriyasu Kelleway | 2006-09-30 | Make the manufacturer's maintenance manual and fault history part of every contractor handover, signed by both firms.
N Y Y DETECTS | Kazuhide Morozumi | | Write things down properly.
N N N PARTIAL | everyone | | Make safety everyone's job.
""",
ww="""
C | The residents' stoppage log gave investigators every fault date for the previous year.
V | The response from the ward was very professional.
C | Lifts of the same model elsewhere were inspected within the week.
"""))

# 9. Jingzhou escalator, 26 Jul 2015: at a department store in Jingzhou, Hubei, a floor panel at the top of an escalator
# gave way and a woman was pulled into the machinery after pushing her child to safety; staff had found the panel loose
# minutes before but did not stop the escalator; unnamed sources said a cover had not been screwed back after maintenance.
S.append(dict(url="http://www.dawn.com/news/1196875/china-escalator-swallows-woman",
people=["Qiaolian Wenzhuo", "Haoting Lemarchal", "Yunxiu Barrowdale", "Zhenfang Okafor-Lin"],
blame="""
B failure-verb | The two floor staff felt the panel move and walked off without pressing the stop button.
B passive-agent | The access cover was left unscrewed by Haoting's crew after Saturday's maintenance.
B counterfactual | If Yunxiu had cordoned off the escalator when the staff reported it, she'd be alive.
B group-blame | Mall management treats escalator safety as a cleaning job.
B sarcasm | five minutes' warning and the plan was... point at the panel. brilliant
B competence | any trained attendant would have hit the emergency stop the moment the floor plate dipped
B passive-agent | The escalator was kept running by Zhenfang on the manager's say-so even after the report came in.
B human-error | Root cause: carelessness of the maintenance workers.
O system-failure | The access panel was not fastened, so it tipped when stepped on and opened onto the moving machinery.
O system-should | The escalator should have stopped automatically when its top access cover was not seated.
O actor-neutral | Qiaolian reached the top landing and caught the child when his mother pushed him forward.
O neutral-fact | The escalator ran between the sixth and seventh floors.
O agentless-passive | The escalator was dismantled and the body recovered about four hours later.
O policy-subject | The maintenance checklist Haoting's crew used did not include re-fixing covers as a signed step.
O credit | the two attendants who reached in and pulled the child clear acted in seconds
O meta-blameless | Editor's note on the draft: describe what the staff were trained to do when a panel moves, not that they "failed".
""",
actions="""
Y Y N PREVENTS | Escalator maintenance | 2015-09-30 | Fit a switch to every access cover that stops the escalator when the cover is not seated.
N N N PARTIAL | we | | Give escalators more thought.
Y Y Y PARTIAL | Yunxiu Barrowdale | 2015-08-31 | Train every floor attendant to use the emergency stop and test each one on a live escalator.
N Y Y PARTIAL | Haoting | | Be more careful after maintenance.
Y Y N PREVENTS | | 2015-08-15 | Add a signed re-fixing check of every cover to the maintenance sheet, countersigned by the store engineer.
N N N DETECTS | | | Inspect escalators regularly.
Y N N DETECTS | Store management | | Require staff who report a loose part to stop the escalator first and report after, and post the rule at every landing.
N Y N PREVENTS | Property management | 2015-12-31 | Upgrade escalator safety.
Y Y Y DETECTS | Zhenfang Okafor-Lin | 2015-09-15 | Check every landing plate in the store each morning before opening and log the result.
N N Y DETECTS | Qiaolian Wenzhuo | | Watch the escalators.
N N N PARTIAL | everyone | | Look out for shoppers.
""",
ww="""
C | Two attendants pulled the child clear within seconds.
V | Staff showed great courage.
V | Investigators did a meticulous job.
"""))

# 10. Kanjuruhan stadium, 1 Oct 2022: after Arema lost to Persebaya in Malang, supporters entered the pitch; police fired
# tear gas, including into the stands; people rushed to exits, several of which were locked or too narrow; 135 died.
# The match had been kept in the evening despite a police request to move it to the afternoon; officials of the league
# operator, the club's security and police officers were named suspects.
S.append(dict(url="https://wikisum.wiki/wiki/2022_Kanjuruhan_Stadium_disaster",
people=["Sulistyani Prawiradinata", "Bayuadji Hartonegoro", "Rizkyana Matulessy", "Gunawarman Sitompulas"],
blame="""
B failure-verb | Bayuadji never sent stewards to open gate 13 after the final whistle.
B passive-agent | La orden de disparar gas lacrimógeno a la grada fue dada por Gunawarman sin consultar a nadie.
B counterfactual | Kalau Rizkyana mau pindah jadwal ke sore, none of this would have happened.
B group-blame | the league operator cared about TV slots and nothing else
B sarcasm | tear gas into a full stand with locked exits. textbook crowd management
B sanction | the security chief should never be allowed near a stadium again
B rhetorical-question | ¿quién decidió cerrar las puertas con el estadio lleno?
B hindsight | Sulistyani was told it was a high-risk derby and should have seen the crush coming.
O system-failure | The exit gates were too narrow for the crowd leaving at once, and several were not open.
O system-should | The stadium's safety plan should have required every exit to be unlocked before the final whistle.
O actor-neutral | Sulistyani radioed the medical post at 22:10 when the first people collapsed on the stairs.
O neutral-fact | 135 people died and hundreds more were injured.
O agentless-passive | Arema's remaining home matches of the season were moved behind closed doors.
O policy-subject | El plan de seguridad que firmó Bayuadji no decía quién tenía las llaves de cada puerta.
O credit | players and volunteers carried the injured to the medical room for hours
O system-counterfactual | Had the stadium had wider exits with panic bars, the crowd could have left the stands far faster.
""",
actions="""
Y Y N PREVENTS | Stadium operations | 2023-02-28 | Fit panic bars to every exit and check before each match that all exits open from inside.
N N N PARTIAL | we | | Keep supporters safe.
Y Y Y PREVENTS | Bayuadji Hartonegoro | 2023-01-31 | Name one steward per gate who holds the key and stands at that gate from the 80th minute until the stand is empty.
N Y Y PARTIAL | Gunawarman | | Rethink crowd control.
Y Y N PREVENTS | League operator | 2023-03-31 | Move any match that police class as high risk to an afternoon kick-off, written into the fixture rules.
N N N DETECTS | | | Be ready for trouble.
Y N N PARTIAL | Police command | | Ban tear gas inside stadiums and brief every unit assigned to football matches on the ban.
N Y N PREVENTS | Club | 2023-04-30 | Improve the stadium.
Y Y Y DETECTS | Rizkyana Matulessy | 2023-02-15 | Count people in each stand by turnstile and stop entry when a stand reaches its licensed capacity.
N N Y DETECTS | Sulistyani Prawiradinata | | Watch the stands.
N N N PARTIAL | everyone | | Make football safe.
""",
ww="""
V | Volunteers showed great spirit.
C | Players helped carry injured people to the medical room.
C | Local hospitals opened extra beds within the first hours.
"""))

# 11. Astroworld, 5 Nov 2021: at NRG Park, Houston, about 50,000 attended; entry points were breached in the morning; a
# crowd surge during the headliner's set from about 9 p.m. caused compression asphyxia; 10 died; a mass casualty event
# was declared at 9:38 p.m. but the show went on; the state task force found no unified command with show-stop authority.
S.append(dict(url="https://www.palestineherald.com/news/texas-task-force-on-concert-safety-releases-final-report-following-astroworld-tragedy/article_c34ebc7a-c03a-11ec-85d1-af1b43dd7476.html",
people=["Jolisa Brackenvale", "Aldemaric Fontenaux-Ward", "Tavrinn Ngcobozi", "Liseronde Oduya-Stanhope"],
blame="""
B failure-verb | Aldemaric ignored three radio calls from the pit about people going down and kept the show running.
B passive-agent | The stop-show request was turned down by Tavrinn because "the crowd will riot".
B counterfactual | if Jolisa had stopped the set at the first mass casualty call, half of those kids would still be alive
B group-blame | the promoter's security team were a bunch of untrained temps
B sarcasm | 50,000 people, two sections, and a "crowd surge" nobody could have predicted. right
B human-error | Primary cause: error by the security supervisors.
B implicit | Liseronde — pit barrier section C — 21:20 — no response to medics
B self-blame | I was on the south tower and I froze. I should have cut the music myself.
O system-failure | The front section had no internal barriers, so pressure built up across the whole crowd.
O system-should | The event plan should have named one person with authority to stop the show and a trigger to use it.
O actor-neutral | Tavrinn relayed the medics' request to the production office at 21:28.
O neutral-fact | Ten people died of compression asphyxia.
O agentless-passive | A mass casualty event was declared at 21:38.
O policy-subject | The operations plan Jolisa signed had no protocol for crowd surges.
O credit | the medics in the pit kept working CPR on people for forty minutes
O self-report | I took the 21:28 call and passed it on; I'm noting it so the review can see how long it took to reach anyone who could stop the show.
""",
actions="""
Y Y N PREVENTS | Event production | 2022-06-30 | Give the unified command one named show-stop officer with written triggers, present on site for the whole event.
N N N PARTIAL | we | | Do better on crowd safety.
Y Y Y DETECTS | Liseronde Oduya-Stanhope | 2022-05-31 | Place crowd density spotters on towers with a direct radio line to the show-stop officer and log every call.
N Y Y PARTIAL | Aldemaric | | Listen to the radio.
Y N N PREVENTS | Site design | 2022-08-31 | Split the general admission area into pens of at most 5,000 with barriers and separate exits.
N N N DETECTS | | | Watch the crowd.
Y Y N DETECTS | | | Count entries per gate every 15 minutes and report the total to the command post.
N Y N PREVENTS | Security contractor | 2022-07-31 | Hire better security.
Y Y Y PARTIAL | Jolisa Brackenvale | 2022-04-30 | Write the crowd surge protocol into the operations plan and walk through it with police, fire and medics before the gates open.
N N Y DETECTS | Tavrinn Ngcobozi | | Be more responsive.
N Y N PARTIAL | Promoter | 2022-09-30 | Review the artist's behaviour.
""",
ww="""
C | Medics treated hundreds of people on site and kept hospital transport moving.
V | Site crew gave every ounce.
C | The second day was cancelled the same night.
"""))

# 12. Hableany / Viking Sigyn, 29 May 2019: at about 21:05 in heavy rain under the Margaret Bridge in Budapest, the
# 135 m river cruise ship Viking Sigyn struck the 27 m sightseeing boat Hableany from behind; the small boat capsized and
# sank in seconds; 35 aboard, 7 rescued, 27 dead and one missing; passengers wore no life vests; the cruise ship's master
# was charged, prosecutors saying he had not watched the water ahead adequately.
S.append(dict(url="https://en.wikipedia.org/wiki/Sinking_of_Hable%C3%A1ny",
people=["Ildiko Szentgyorgyvari", "Bartholdt Kemenesfalvy", "Ruzica Hollinghurst", "Levente Abramovska"],
blame="""
B failure-verb | Bartholdt hat in den letzten fünf Minuten vor der Brücke einfach nicht nach vorne geschaut.
B passive-agent | The overtaking manoeuvre was started by Bartholdt without a single VHF call to the small boat.
B counterfactual | if Levente had kept the boat on the right bank instead of turning under the bridge, they'd have passed clear
B group-blame | die Brückenmannschaft der Sigyn hat den Radar wie Dekoration behandelt
B sarcasm | a 135-metre ship "didn't notice" a boat with its lights on. sharp lookout, gentlemen
B human-error | Unfallursache laut Entwurf: menschliches Versagen des Kapitäns.
B rhetorical-question | who lets thirty tourists stand on deck at night on a flooded river without a single life vest on?
B competence | ein halbwegs erfahrener Schiffsführer überholt bei Hochwasser nicht unter einer Brücke
O system-failure | The traffic rules for that stretch did not separate large cruise ships from sightseeing boats at the bridge.
O system-should | The radar and AIS on the bridge should have raised a collision alarm for a vessel that close ahead.
O actor-neutral | Ruzica on the following boat saw the capsize and called the river police at 21:06.
O neutral-fact | Die Hableány sank innerhalb von etwa sieben Sekunden.
O agentless-passive | Seven passengers were pulled from the water; the wreck was lifted almost two weeks later.
O policy-subject | Die Betriebsregeln, nach denen Levente fuhr, verlangten keine Schwimmwesten bei Abendfahrten.
O credit | Danke an die Crews der Nachbarboote, die die ersten Überlebenden aus dem Wasser gezogen haben.
O system-counterfactual | Had the boat carried life vests on deck, more people thrown into the water might have stayed afloat.
""",
actions="""
Y Y N PREVENTS | River authority | 2019-12-31 | Forbid overtaking between the Margaret and Chain bridges at night and when the water is above flood warning level.
N N N PARTIAL | we | | Make the river safer.
Y Y Y DETECTS | Ildiko Szentgyorgyvari | 2019-09-30 | Set an AIS closest-approach alarm at 50 m on every cruise ship operating in Budapest and check it in each port call.
N Y Y PARTIAL | Bartholdt | | Pay attention on the bridge.
Y Y N PREVENTS | Sightseeing operators | 2019-08-31 | Hand every passenger a life vest when boarding an evening or high-water trip and record the count.
N N N DETECTS | | | Keep a good lookout.
Y N Y PARTIAL | Ruzica Hollinghurst | | Equip every sightseeing boat under 30 m with AIS and a VHF watch on the agreed channel.
N Y N PREVENTS | Cruise line | 2019-10-31 | Improve bridge team culture.
Y Y Y DETECTS | Levente Abramovska | 2019-07-31 | Post a second lookout on the bow for night passages through Budapest and log the watch.
N N Y DETECTS | Ildiko Szentgyorgyvari | | Monitor traffic more.
Y Y N DETECTS | | | Publish the river police radar track of the collision with the review.
""",
ww="""
V | The rescue services were fantastic.
C | Neighbouring boats pulled seven people out of the water within minutes.
V | International cooperation was excellent.
"""))

# 13. Le Joola, 26 Sep 2002: the Senegalese government-owned ferry from Ziguinchor to Dakar capsized in a storm off The
# Gambia around 23:00; licensed for about 536-580 passengers it carried an estimated 2,000, about half without tickets;
# it sailed farther from the coast than licensed; rescue did not start for hours; 1,863 died, 64 survived; the inquiry
# blamed negligence.
S.append(dict(url="https://en.wikipedia.org/wiki/MV_Le_Joola",
people=["Aminata Ndiayebrook", "Oumarou Diallovsky", "Seynabou Faye-Hartigan", "Lamine Corvallis-Ba"],
blame="""
B failure-verb | Oumarou a laissé embarquer des centaines de passagers sans billet à Carabane.
B passive-agent | The departure in those conditions was authorised by Lamine with the ship almost four times over its load.
B counterfactual | si Seynabou avait déclenché les secours à minuit, on aurait sauvé des centaines de gens
B group-blame | l'équipage ne respectait aucune règle, tout le monde le savait
B sarcasm | licensed for 536, sailing with 2,000. who's counting, right
B nobody-blame | Nobody in the ministry bothered to check the ship's licence conditions before it went back into service.
B human-error | Cause principale retenue dans le projet : faute humaine de l'équipage.
B sanction | the officers who let that ship sail should answer for it in court
O system-failure | The ferry's stability could not cope with so many people on the upper decks when the storm hit.
O system-should | The port's boarding control should have stopped passengers once the licensed number was reached.
O actor-neutral | Aminata at the maritime centre logged the ferry's last routine call around 22:00.
O neutral-fact | 1 863 personnes sont mortes et 64 ont survécu.
O agentless-passive | Rescue was not started until the next morning.
O policy-subject | The licence Lamine issued limited the route to coastal waters but gave no way to check it at sea.
O credit | les pêcheurs gambiens ont été les premiers sur place et ont sorti les survivants de l'eau
O meta-blameless | Commentaire de relecture : remplacer « équipage irresponsable » par le contrôle d'embarquement qui manquait.
""",
actions="""
Y Y N PREVENTS | Port authority | 2003-06-30 | Count passengers through a single turnstile at each port and refuse departure above the licensed number.
N N N PARTIAL | we | | Sécuriser la ligne.
Y Y Y DETECTS | Aminata Ndiayebrook | 2003-03-31 | Call the ferry every hour at night and start a search if two calls go unanswered.
N Y Y PARTIAL | Oumarou | | Faire respecter les billets.
Y N N PARTIAL | Navy | 2003-09-30 | Keep a rescue vessel on two hours' notice along the Ziguinchor-Dakar route whenever the ferry sails.
N N N DETECTS | | | Faire attention à la météo.
Y Y Y PREVENTS | Lamine Corvallis-Ba | | Refuse sailing clearance when the forecast wind on the route exceeds the limit in the stability booklet.
N Y N PREVENTS | Ministry of transport | 2003-12-31 | Improve ferry safety.
Y Y N DETECTS | | | Publish the passenger manifest for each crossing within an hour of departure.
N N Y DETECTS | Seynabou Faye-Hartigan | | Be ready for emergencies.
Y Y Y PARTIAL | Seynabou Faye-Hartigan | 2003-05-31 | Run a night search and rescue exercise on the route with the navy and Gambian authorities.
""",
ww="""
C | Gambian fishermen reached the wreck first and pulled survivors out.
V | Le pays entier a montré sa solidarité.
V | Les autorités ont réagi avec dignité.
"""))

# 14. Pirbright, Jul-Aug 2007: foot-and-mouth virus of a strain used at the Pirbright laboratory site (Institute for
# Animal Health and Merial) infected cattle on nearby farms in Surrey from 3 Aug; the HSE found long-term damage to the
# effluent drains (cracked pipes, tree roots, unsealed manholes), heavy July rain, and construction vehicles with little
# restriction driving past the first farm; records of movements were incomplete.
S.append(dict(url="http://news.bbc.co.uk/2/hi/uk_news/6982709.stm",
people=["Perpetuina Peverstone", "Orsinio Mabhenaeri", "Hestrilde Oyarzabal", "Jedaiah Lanchesterhoff"],
blame="""
B failure-verb | Orsinio never had the effluent pipes surveyed although the repair was on the list for years.
B passive-agent | The contractors' lorries were waved through by Jedaiah without any wheel wash or logbook entry.
B counterfactual | If Perpetuina had sealed those manholes after the last inspection, the virus would have stayed in the drain.
B group-blame | the construction crew treated a containment site like a normal building job
B sarcasm | a category 4 lab with tree roots growing through the waste pipe. containment at its finest
B character | Hestrilde has never taken biosecurity on the estate seriously.
B competence | any half-competent estates manager would know you don't dig next to a live effluent line in the rain
B self-blame | I approved the site access plan for the builders without reading the biosecurity annex. that's on me.
O system-failure | Waste water with live virus leaked from cracked effluent pipes into the surrounding soil.
O system-should | The drain monitoring should have shown that the effluent line was losing water to the ground.
O actor-neutral | Hestrilde matched the farm strain to the one used on site and informed the chief vet the same evening.
O neutral-fact | The first infected farm lies along the road the construction vehicles used.
O agentless-passive | The surveillance zone around the farms was lifted in September.
O policy-subject | The access procedure Jedaiah applied did not cover contractors' vehicles at all.
O credit | good work by the lab sequencing team, strain confirmation came within a day
O self-report | I was the one who signed the drain survey deferral in 2006; noting it here so the review can look at how deferrals were prioritised.
""",
actions="""
Y Y N PREVENTS | Estates | 2007-12-31 | Replace the damaged effluent pipes with double-walled pipe and pressure-test the whole line before reuse.
N N N PARTIAL | we | | Improve biosecurity.
Y Y Y DETECTS | Perpetuina Peverstone | 2007-11-30 | Compare daily effluent inflow with the volume reaching the treatment plant and alarm on a loss above 2%.
N Y Y PARTIAL | Orsinio | | Look at the drains.
Y Y N PREVENTS | Site security | 2007-10-31 | Allow contractor vehicles on site only through one gate with a wheel wash and a logged entry and exit.
N N N DETECTS | | | Keep track of vehicles.
Y N Y PARTIAL | Jedaiah Lanchesterhoff | | Stop any digging within 10 m of the effluent line unless the biosafety officer has signed the permit.
N Y N PREVENTS | Institute management | 2008-03-31 | Strengthen containment culture.
Y Y N DETECTS | | 2007-09-30 | Survey the full effluent system by camera and send the defect list to the regulator.
N N Y DETECTS | Hestrilde Oyarzabal | | Be vigilant.
Y Y Y PARTIAL | Hestrilde Oyarzabal | 2008-01-31 | Move the drain inspection to a yearly schedule that cannot be deferred without the director's signature.
""",
ww="""
C | The strain was matched to the lab within a day, which focused the investigation.
V | Excellent teamwork between agencies.
C | The disease was confined to the farms near the site and Surrey was declared free in September.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

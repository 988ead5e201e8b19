# heldout51 rules data (see ../rules/SOURCES-heldout51.md). All people invented; no real private person is named.
# 14 incidents: 7 software / IT (Santander UK duplicated Christmas Day payments 2021, Azure AD multi-factor
# authentication outage 2018, AWS Route 53 DDoS 2019, Android System WebView crash wave 2021, Equifax credit-score
# coding issue 2022, SickKids Toronto ransomware 2022, Orange Spain RIPE account / RPKI outage 2024) and 7 outside
# software (Bad Aibling head-on collision 2016, China Airlines 611 repair fatigue breakup 2002, Alamosa drinking-water
# salmonella 2008, a children's assessment unit sepsis death at Leicester Royal Infirmary 2011, LG Polymers styrene
# tank leak 2020, Fern Hollow Bridge collapse 2022, Boar's Head Jarratt listeria recall 2024).
# Written as post-mortem drafts, ticket comments, chat lines, review notes and board prose; about a quarter of the rows
# in German, Spanish, French, Portuguese, Dutch and Italian.
S = []

# 1. Santander UK, 25 December 2021 (payments): about 75,000 payments from about 2,000 corporate and commercial
# clients were paid a second time on Christmas Day, about 130 million pounds, funded from the bank's own reserves;
# the bank called it a scheduling issue, "swiftly detected and corrected"; recovery through the bank error recovery
# process with other UK banks (Barclays, HSBC, NatWest, Co-operative Bank, Virgin Money); Pay.UK involved; by early
# February most of the money was recovered. Seen here from an invented payments operations team.
S.append(dict(url="https://www.myjoyonline.com/santander-bank-hands-out-130m-in-christmas-blunder",
people=["Zsuvina Vantreighe", "Bartholome Quinsworth", "Ifemelora Danskerhaus", "Corvannel Obuya-Reinholt"],
blame="""
B failure-verb | Bartholome moved the holiday batch schedule on the 23rd and forgot to disable the original run, simple as that.
B passive-agent | The second submission of the corporate file was released by Zsuvina's night desk without anyone comparing it to the first.
B sarcasm | 130 million quid in Christmas presents, the scheduling team really got into the festive spirit this year
B counterfactual | Als Corvannel die Duplikatprüfung nicht abgeschaltet hätte, wäre keine einzige Zahlung doppelt rausgegangen.
B group-blame | Honestly the batch ops lot treat bank holidays like a normal Tuesday and this is what you get.
B human-error | Root cause (draft): operator error when rescheduling the bulk payment run for the bank holiday.
B role-blame | El responsable de operaciones aprobó el cambio de calendario sin leerlo, y ahora nos toca a nosotros recuperar el dinero.
B rhetorical-question | who thought it was fine to run a change to the payment scheduler with one person on shift on Christmas Eve, Ifemelora?
O system-failure | The bulk payment scheduler accepted a second run of the same corporate files because it keyed duplicates on run ID, not on file content.
O system-should | The scheduler should have refused any file whose hash matched a file already settled in the previous 48 hours.
O actor-neutral | Ifemelora zag op de ochtend van de 25e de verdubbelde uitgaande totalen op het Faster Payments-dashboard en opende het incident.
O neutral-fact | About 75,000 payments from roughly 2,000 business customers were paid twice, around 130 million pounds in total.
O agentless-passive | The duplicated amounts were funded from the bank's own reserves, so no customer account was debited twice.
O policy-subject | A política de mudanças que o Bartholome seguiu permitia alterar o calendário de lotes sem segunda aprovação em feriados.
O credit | props to Corvannel for getting the recovery requests out to the other banks before Boxing Day was over
O meta-blameless | note on the draft: replace "the night desk released it twice" with what the scheduler allowed and why no control stopped it
""",
actions="""
Y Y N PREVENTS | Payments platform | 2022-02-28 | Reject any bulk payment file whose content hash matches a file settled in the last 48 hours, and alert the duty manager when it happens.
N N N PARTIAL | we | | Take more care with schedule changes over bank holidays.
Y Y Y DETECTS | Ifemelora Danskerhaus | 2022-01-31 | Page the on-call payments lead when outbound Faster Payments value in any hour exceeds 150% of the same hour on the previous working day.
N Y Y PARTIAL | Bartholome | | Double-check schedule changes before the holidays.
Y Y N PREVENTS | | 2022-03-31 | Für jede Änderung am Kalender der Sammelzahlungen einen zweiten Freigeber im Change-Tool verlangen und die Freigabe zur Change-ID protokollieren.
N N N DETECTS | everyone | | Keep an eye on the payment volumes over Christmas.
Y Y Y PARTIAL | Corvannel Obuya-Reinholt | 2022-01-14 | Publish one page for corporate clients explaining the duplicated payment, what recipients must do, and a contact line staffed until 31 January.
N Y N PREVENTS | Batch operations | | Melhorar o agendador.
Y N N PARTIAL | Risk and controls | 2022-06-30 | Run a test every quarter that submits a duplicate file to the pre-production scheduler and record whether it was blocked.
N Y Y PARTIAL | Zsuvina | 2022-02-15 | Auditer les procédures de l'équipe de nuit.
Y Y N DETECTS | Payments operations | | Reconcile submitted file counts against settled file counts every hour on bank holidays and raise a ticket on any mismatch.
""",
ww="""
C | The duplicated amounts were paid from the bank's own reserves, so no corporate client's account went overdrawn.
V | The team showed real resilience over Christmas.
V | Good communication all round.
"""))

# 2. Microsoft Azure AD Multi-Factor Authentication, 19 November 2018 (identity / SSO): from 04:39 to 18:38 UTC users
# in EMEA and APAC first, then the Americas, could not sign in where MFA was required by policy (Azure, Office 365,
# Dynamics); three root causes: latency between the MFA front end and its cache, a race condition in processing
# back-end responses (both introduced by a code update rolled out 13-16 November), and a back end that then could not
# process further requests though monitoring showed it healthy; a hotfix that bypassed the cache did not relieve it;
# telemetry did not catch the problem. Seen from an invented customer IT team and from invented provider engineers.
S.append(dict(url="https://www.mdsny.com/microsoft-details-the-causes-of-recent-mfa-meltdown/",
people=["Yevdaskia Parrowdale", "Sunnelde Koltzenberg", "Radovrin Esquelbeck", "Thandolwethu Brisemont"],
blame="""
B failure-verb | Radovrin pushed the MFA front-end update to the last regions on the Friday and ignored the cache latency graph that had been creeping up since Tuesday.
B counterfactual | if Sunnelde had rolled back the code update instead of trying a hotfix, Europe would have had its morning back
B competence | A more experienced release manager would never have shipped a cache change to every datacenter in four days.
B sarcasm | "design for failure", they said. the only thing designed for failure on Monday was the MFA rollout plan
B passive-agent | Het besluit om geen conditional access-uitzondering voor noodaccounts te hebben is genomen door Yevdaskia, niet door het security team.
B group-blame | The identity team upstream clearly doesn't test anything under real load.
B nobody-blame | nobody on our side bothered to read the service health page until 10 a.m., three hours of tickets for nothing
B role-blame | Il nostro CISO ha imposto l'MFA per tutti senza un piano B, ed ecco il risultato.
O system-failure | The MFA front end's calls to its cache service slowed under load, and a race condition in handling back-end responses then stalled the back end.
O system-should | Monitoring should have shown the back end as unhealthy once it stopped processing requests, but it kept reporting normal.
O actor-neutral | Thandolwethu opened our ticket at 05:10 UTC after the first users in the Johannesburg office reported sign-in loops.
O agentless-passive | A hotfix that let the front-end servers bypass the cache was deployed, but sign-ins kept failing afterwards.
O neutral-fact | Between 04:39 and 18:38 UTC, users who needed MFA by policy could not sign in to Azure or Office 365.
O policy-subject | Unsere Conditional-Access-Richtlinie, die Yevdaskia im Sommer eingeführt hat, kannte keine Ausnahme für einen Ausfall des MFA-Dienstes.
O self-report | I approved keeping MFA enforced for the whole day because the break-glass accounts were not set up; that gap is on the action list.
O credit | Sunnelde's spreadsheet of which apps still worked with cached tokens saved the finance close that afternoon
""",
actions="""
Y Y N PARTIAL | Identity team | 2018-12-15 | Create two break-glass global admin accounts excluded from MFA policies, store the credentials in the safe, and test a sign-in with each every quarter.
N Y N PARTIAL | we | | Minder afhankelijk worden van Microsoft.
Y Y Y DETECTS | Thandolwethu Brisemont | 2018-12-07 | Run a synthetic MFA sign-in every five minutes from three regions and page the on-call engineer after two consecutive failures.
N N Y PREVENTS | Radovrin | | Harden how we roll out front-end code.
Y Y Y PARTIAL | Yevdaskia Parrowdale | 2019-01-31 | Schrijf een runbook van één pagina voor een storing bij de MFA-provider: wie conditional access mag versoepelen, hoe lang, en waar dat wordt vastgelegd.
N N N DETECTS | | | Monitor cloud services better.
Y N N PREVENTS | Release engineering | 2019-03-31 | Deploy MFA front-end changes to one region per day and halt the rollout automatically when p99 cache latency rises by more than 20% over baseline.
N Y Y PARTIAL | Sunnelde | | Talk to the account manager about the SLA.
N N N PARTIAL | everyone | | Stay calm during outages.
Y Y N DETECTS | Service desk | 2018-12-14 | Add the provider's service health feed to the service desk channel so any new Azure AD incident posts there within five minutes.
N Y N PREVENTS | IT security | 2019-02-28 | Revisit the MFA policy.
""",
ww="""
C | Users already signed in with cached tokens kept working, so email on phones stayed available most of the day.
C | The provider's detailed root-cause write-up arrived within days and let us match our own ticket times to its three causes.
V | People were patient and understanding.
"""))

# 3. Amazon Web Services Route 53 / S3 DNS, 22 October 2019 (DNS / CDN): a DDoS attack against AWS DNS; AWS's
# mitigations also dropped legitimate queries, so S3 and other endpoint names failed to resolve intermittently for
# about eight hours; Catchpoint saw the first failures at 05:20 PDT, persistent in San Francisco and intermittent
# elsewhere, about 50% packet loss at the AWS edge; AWS confirmed the DDoS to customers. Seen from an invented SaaS
# company whose web app loaded assets and uploads from S3 bucket hostnames.
S.append(dict(url="https://blog.catchpoint.com/2019/10/23/aws-ddos-attacks/",
people=["Lisandro Fehrwinkel", "Amarisca Quellwater", "Hjalvren Pettigrove-Nunez", "Oyemkola Sturdevant"],
blame="""
B failure-verb | Hjalvren hard-coded the regional S3 hostname into the upload widget last year and skipped the review that would have flagged it.
B sarcasm | oh nice, our "multi-region" setup depends on one bucket name resolving. thanks Lisandro, very resilient
B counterfactual | Si Amarisca avait mis le CDN devant les assets comme on l'avait demandé en juin, personne n'aurait rien remarqué.
B passive-agent | The decision to drop our secondary DNS provider was made by Oyemkola to save 400 dollars a month.
B group-blame | frontend team never thinks about what happens when a hostname doesn't resolve, every outage is the same story
B rhetorical-question | how did nobody on the on-call rota notice DNS errors for two hours, Lisandro??
B competence | Een ervaren SRE had nooit al onze afhankelijkheden op één DNS-leverancier laten leunen.
B hindsight | Hjalvren should have known that S3 DNS was a single point of failure, it's in every AWS architecture talk.
O system-failure | The DDoS mitigation at the AWS DNS edge dropped a share of legitimate queries, so bucket hostnames failed to resolve intermittently.
O system-should | The upload widget should have retried against the CloudFront hostname when the bucket name did not resolve.
O actor-neutral | Amarisca linked the Catchpoint graph in the incident channel around 06:00 PDT and that pointed us at DNS rather than our own servers.
O neutral-fact | The first DNS failures were seen around 05:20 PDT and resolution stayed unreliable for roughly eight hours.
O agentless-passive | Am Nachmittag wurden die Asset-URLs auf den CDN-Hostnamen umgestellt, und die Bilder luden für die meisten Kunden wieder.
O policy-subject | La política de dependencias externas que redactó Oyemkola no pedía ningún plan para la caída del DNS del proveedor.
O credit | kudos to Lisandro for the customer status post, clear and honest and out within 40 minutes
O system-counterfactual | With a longer DNS TTL on the bucket endpoints, resolvers would have kept answering from cache through most of the attack.
""",
actions="""
Y Y N PREVENTS | Frontend | 2019-11-30 | Serve every static asset and upload through the CDN hostname and remove all direct S3 bucket URLs from the web app, verified by a grep in CI.
N N N PARTIAL | we | | Be less dependent on AWS.
Y Y Y DETECTS | Amarisca Quellwater | 2019-11-15 | Resolve our five critical hostnames from three external locations every minute and page on-call when more than 10% fail over five minutes.
N Y Y PARTIAL | Hjalvren | | Clean up the upload widget.
Y Y Y PARTIAL | Lisandro Fehrwinkel | 2019-12-15 | Add a retry against the CDN hostname in the upload widget when the bucket name fails to resolve, and cover it with a test that blocks DNS.
N N N DETECTS | | | Watch DNS more closely.
Y N N PREVENTS | Platform | 2020-01-31 | Add a secondary authoritative DNS provider for our own zones and test a failover to it once per quarter.
N Y N PARTIAL | SRE | | Revisar la arquitectura en busca de puntos únicos de fallo.
Y Y Y DETECTS | Oyemkola Sturdevant | | Post the provider's incident link in the on-call channel automatically when AWS Health reports an event for Route 53 or S3.
N Y Y PREVENTS | Oyemkola | 2020-02-28 | Rethink the external dependencies policy.
Y Y N PARTIAL | Support | 2019-11-08 | Envoyer aux clients touchés le résumé de l'incident avec l'heure de début et de fin des pannes DNS et le contournement utilisé.
""",
ww="""
C | Switching asset URLs to the CDN hostname restored image loading for most customers before AWS had mitigated the attack.
V | Great collaboration between frontend and platform.
V | Everybody stayed focused.
"""))

# 4. Android System WebView / Chrome, 22 March 2021 (mobile release): a bug in Chrome and WebView's experiment and
# configuration technology made apps that use WebView (Gmail, banking apps and many others) crash on start on many
# Android devices; workaround: uninstall WebView or Chrome updates; Google shipped updated binaries through Google Play
# within about a day and later announced a WebView "safe mode" and release audits. Bugsnag measured about 40 times the
# usual crashes in leading Android projects. Seen from an invented retail bank's mobile team.
S.append(dict(url="https://www.androidcentral.com/google-explains-webview-crashes-commits-improvements",
people=["Priyavelle Oosterkamp", "Grigore Tallowvane", "Chiamerra Vendelbosch", "Eamlorn Rutherglen-Baptiste"],
blame="""
B failure-verb | Grigore saw the crash-free rate drop under 90% at 20:00 and didn't escalate it because "it's probably Google's problem".
B counterfactual | Se o Eamlorn tivesse mantido o login nativo em vez de o passar para WebView, a app nem teria sido afectada.
B sarcasm | love how our crash alert fires on a 2% rise but nobody reads it after 6pm. top-tier alerting, Chiamerra
B passive-agent | The choice to render the whole login flow in a WebView was pushed through by Priyavelle against the mobile architects' advice.
B group-blame | El equipo de QA móvil solo prueba en tres teléfonos con las actualizaciones automáticas desactivadas, así que claro que no vio nada.
B repeat-offender | Third time this year Grigore has ignored a crash spike until customers started calling.
B role-blame | Il product owner ha rifiutato per mesi il fallback nativo perché costava due sprint, adesso paghiamo il conto.
B human-error | The incident summary for the board lists "delayed response by the on-call engineer" as the cause.
O system-failure | A bug in WebView's experiment and configuration code made every app that opened a WebView crash on start on affected devices.
O system-should | Our app should have caught the WebView initialisation failure and shown the native login instead of crashing.
O actor-neutral | Chiamerra posted the Play Store review spike in the channel at 19:42 and asked whether anyone was seeing crashes.
O neutral-fact | Crashes in the Android app were about forty times the previous week's level for the evening of 22 March.
O agentless-passive | Customers were told to update Android System WebView and Chrome from Google Play once the fixed versions were published.
O policy-subject | Onze releasepolicy, die Eamlorn heeft opgesteld, ging ervan uit dat systeemcomponenten van Google nooit tussen twee releases veranderen.
O quoted-question | The first message from the call centre was "is the app down or are people's phones broken?", and at that time we could not tell.
O system-counterfactual | A crash alert tied to the on-call pager instead of a chat channel would have reached someone within minutes.
""",
actions="""
Y Y N PARTIAL | Mobile platform | 2021-05-31 | Wrap WebView creation in a guard that falls back to the native login screen on any initialisation exception, covered by an instrumented test.
N N N DETECTS | we | | Keep a closer eye on Google updates.
Y Y Y DETECTS | Grigore Tallowvane | 2021-04-15 | Page the mobile on-call engineer when the Android crash-free session rate falls below 98% for 15 minutes, at any hour.
N Y Y PREVENTS | Priyavelle | | Reconsider using WebView for login.
N N N PARTIAL | | | Improve app stability.
Y Y Y PARTIAL | Chiamerra Vendelbosch | 2021-04-30 | Give the call centre a one-page script for app crashes caused by system components, with the exact uninstall-update steps per Android version.
N Y N DETECTS | QA | 2021-06-30 | Testare su più dispositivi.
Y N N DETECTS | Mobile QA | 2021-07-31 | Correr todas as noites os testes de fumo em dispositivos com WebView beta e Chrome beta e abrir um ticket para cada crash.
N Y Y PARTIAL | Eamlorn | | Update the release policy.
Y Y N PARTIAL | Digital channels | 2021-04-09 | Add a banner to the web banking login page during any app outage longer than 30 minutes, switched on from the status tool.
N N N PREVENTS | everyone | | Learn from this.
""",
ww="""
C | Web banking was unaffected, so the call centre could move customers to the browser while the app crashed.
C | The Play Store reviews and the call-centre log gave us a minute-by-minute picture of the impact without extra tooling.
V | The team really stepped up.
"""))

# 5. Equifax, 17 March - 6 April 2022 (data pipeline): a coding issue introduced by a technology change on the legacy,
# on-premise Online Model Server (OMS), slated for migration to the Equifax Cloud, miscalculated attributes such as
# "number of inquiries within one month" and "age of oldest tradeline"; fewer than 300,000 consumers had a score
# shift of 25 points or more; temporary fix 6 April, permanent fix 8 April; lenders notified from late May; public
# statement 2 August; the CEO had called it "a mistake made by our technology team". Seen from invented data engineers.
S.append(dict(url="https://www.equifax.com/newsroom/all-news/-/story/equifax-statement-on-recent-coding-issue",
people=["Marisquel Dunkeswell", "Berewald Achterhuis-Cole", "Tamsandra Ravenscroft-Ilunga", "Holvardt Wyndgate"],
blame="""
B failure-verb | Berewald ran the attribute change on the legacy OMS box without the regression suite because "it's being decommissioned anyway".
B human-error | Per the investor call, the cause was a mistake made by our technology team, full stop.
B sarcasm | three weeks of wrong scores and the dashboards were green the whole time. outstanding monitoring, Holvardt
B counterfactual | Hätte Tamsandra die Score-Verteilung vor und nach dem Deploy verglichen, wäre der Fehler am ersten Tag aufgefallen.
B passive-agent | The test change was deployed to the production scoring path by Berewald's migration squad, not to the sandbox.
B group-blame | The migration team treated the legacy environment like a scratch pad for months.
B rhetorical-question | ¿De verdad nadie del equipo de Marisquel miró las quejas de los prestamistas antes de mayo?
B competence | Anyone who understood credit attributes would have seen "age of oldest tradeline" collapsing was impossible.
O system-failure | The code change on the legacy model server altered how some attributes were calculated, and scores built from them shifted.
O system-should | The scoring pipeline should have flagged a shift in the distribution of inquiry counts between one day and the next.
O actor-neutral | Marisquel traced the shifted scores to the attribute calculation on the OMS on 5 April and the temporary fix went in the next day.
O neutral-fact | Fewer than 300,000 consumers had a score shift of 25 points or more between 17 March and 6 April.
O agentless-passive | Corrected scores were sent to lenders, and consumer credit reports themselves were not changed.
O policy-subject | Le gel des changements sur l'environnement legacy, signé par Holvardt, autorisait encore les modifications « de test » sans revue.
O credit | Tamsandra's per-lender impact tables made the customer notifications possible in a week
O meta-blameless | review comment: the quote "mistake made by our technology team" stays out of our timeline; describe the change path that allowed a test change into production
""",
actions="""
Y Y N DETECTS | Data quality | 2022-06-30 | Compare the daily distribution of every scored attribute against the trailing 30-day distribution and alert when any population-stability index exceeds 0.1.
N N N PARTIAL | we | | Be more careful with legacy systems.
Y Y Y PREVENTS | Berewald Achterhuis-Cole | 2022-05-31 | Block deployments to the legacy OMS unless the attribute regression suite has passed on the same build, enforced in the pipeline.
N Y Y PARTIAL | Holvardt | | Tighten the change freeze.
Y Y Y PARTIAL | Tamsandra Ravenscroft-Ilunga | 2022-06-15 | Enviar a cada prestamista afectado un fichero con todas las transacciones cuyo score cambió 10 puntos o más, con el score original y el corregido.
N N N DETECTS | | | Listen harder when lenders complain.
Y N N PREVENTS | Cloud migration | 2022-12-31 | Move the remaining scoring models off the legacy OMS and switch the server off, confirmed by zero scoring requests for 30 days.
N Y N PREVENTS | Engineering | 2022-09-30 | Das Testen auf dem Modellserver verbessern.
Y Y Y DETECTS | Marisquel | 2022-07-31 | Route lender tickets that mention score differences to the data quality on-call within one business day, tracked on the weekly report.
N Y Y PARTIAL | Marisquel Dunkeswell | | Look into how notifications to lenders work.
Y Y N PARTIAL | Communications | 2022-08-12 | Publish a consumer FAQ with the exact dates of the issue, which scores were affected, and how to request a re-decision from a lender.
""",
ww="""
C | The temporary fix went in within a day of the attribute being identified, and the permanent one two days later.
V | Strong ownership from the engineering organisation.
V | Everyone took it seriously.
"""))

# 6. The Hospital for Sick Children (SickKids), Toronto, 18 December 2022 (hospital IT): ransomware attack; Code Grey
# (system failure) from 9:30 p.m. on Sunday 18 December; internal and corporate systems, phone lines and the website
# affected; delays to lab and imaging results and longer waits; about 50% of priority systems restored by 29 December;
# on about 31 December LockBit apologised, blamed an affiliate and offered a free decryptor (for Linux / VMware ESXi);
# the hospital had third-party experts validate it. Seen from invented hospital IT and clinical staff.
S.append(dict(url="https://www.itpro.com/security/369783/lockbit-issues-rare-apology-for-toronto-sickkids-ransomware-attack",
people=["Ghislova Marchetournel", "Anzelmar Okorafor-Lindqvist", "Deverell Kaskimaa", "Noelwenn Thistlecombe"],
blame="""
B failure-verb | Deverell left the ESXi management interface reachable from the general network after the November maintenance and never closed it.
B sarcasm | the ransomware gang apologised to us before the vendor did. says a lot about the vendor, Anzelmar
B passive-agent | The backup isolation project was cancelled by the IT director in the spring budget round.
B counterfactual | Si Ghislova avait activé l'authentification forte sur le VPN fournisseur, on ne serait pas en Code Grey.
B group-blame | Infrastructure has been patching the hypervisors whenever they feel like it for two years.
B human-error | Primary cause in the board memo: human error by IT staff in configuring remote access.
B rhetorical-question | Why on earth was Noelwenn's team still on the shared admin password for the virtual hosts in December 2022?
B role-blame | De externe beheerpartij heeft de waarschuwingen van de virusscanner wekenlang genegeerd.
O system-failure | The virtual machine hosts were encrypted, and the lab and imaging result interfaces that ran on them stopped delivering results.
O system-should | The lab result interface should have queued results locally and sent them on once the connection was back.
O actor-neutral | Anzelmar called the Code Grey at 21:30 on Sunday after several virtual servers stopped answering at once.
O neutral-fact | By 29 December about half of the priority systems had been restored.
O agentless-passive | Os resultados de laboratório e de imagem foram entregues em papel e por telefone enquanto as interfaces estavam em baixo.
O policy-subject | Die Downtime-Prozedur, die Ghislova 2019 geschrieben hat, ging von höchstens acht Stunden Ausfall aus.
O credit | the night nursing leads had the paper charting packs on every unit within an hour, amazing work
O actor-neutral | Noelwenn's team checked the decryptor in an isolated lab with the outside experts before anyone ran it on hospital systems.
""",
actions="""
Y Y N PREVENTS | Infrastructure | 2023-02-28 | Put the hypervisor management interfaces on a separate network reachable only from two jump hosts with MFA, verified by an external scan.
N N N PARTIAL | we | | Take cybersecurity more seriously.
Y Y Y PARTIAL | Ghislova Marchetournel | 2023-03-31 | Réécrire la procédure de mode dégradé pour les pannes de plus de 72 heures et faire un exercice sur table avec chaque division clinique d'ici juin.
N Y Y DETECTS | Deverell | | Check the antivirus console more often.
Y N N PARTIAL | Clinical informatics | 2023-06-30 | Make the lab and imaging interfaces queue results locally for up to 72 hours and replay them when the link returns, tested in a drill.
N N N PREVENTS | | | Harden the network.
Y Y Y DETECTS | Anzelmar Okorafor-Lindqvist | 2023-01-31 | Alert the security on-call when more than 20 virtual machines change state in ten minutes outside a change window.
N Y N PARTIAL | IT | 2023-04-30 | Toegang van leveranciers herzien.
N Y Y PARTIAL | Noelwenn | | Improve communication with the clinical teams.
Y Y N PARTIAL | Backup team | 2023-03-15 | Keep an immutable offline copy of the hypervisor backups and restore one full host from it every month, logging the restore time.
N N N PARTIAL | everyone | | Stay vigilant.
""",
ww="""
C | Paper downtime packs were already on every unit, so charting and medication records continued without gaps.
C | The decryptor was tested in an isolated lab before use, so no untrusted code touched clinical systems.
V | Incredible dedication from staff over the holidays.
"""))

# 7. Orange Espana, 3 January 2024 (telecom core / routing): an attacker logged into Orange Spain's RIPE NCC account
# with credentials (password "ripeadmin") stolen by infostealer malware from an employee's computer, with no two-factor
# authentication; the attacker created RPKI Route Origin Authorizations with a wrong origin AS, so Orange's own BGP
# announcements became RPKI-invalid and were dropped by validating networks; about half of Orange Spain's traffic was
# disrupted, roughly 14:45-16:15 UTC; Orange said service was practically restored and no customer data was
# compromised; RIPE NCC restored access to the account holder. Seen from invented network engineers.
S.append(dict(url="https://www.datacenterdynamics.com/en/news/weak-password-blamed-for-three-hour-orange-outage-in-spain/",
people=["Inmaculada Berrocalde", "Joacquel Estartit-Vell", "Rowena Malvecchio", "Sebastia Urquidondo"],
blame="""
B failure-verb | Joacquel kept the RIPE portal password as "ripeadmin" for years and never turned on two-factor, even after the RIPE newsletter asked everyone to.
B sarcasm | ripeadmin. de verdad. qué contraseña tan creativa, Sebastiá, seguro que nadie la adivina
B passive-agent | The RIPE account was shared by the whole NOC and managed by Inmaculada, who never rotated it.
B counterfactual | If Rowena had enrolled the account in 2FA when she inherited it, the stolen password would have been useless.
B group-blame | El equipo de seguridad corporativa nunca se preocupó por las cuentas de los registros, solo por el correo.
B competence | Un ingeniero de red mínimamente serio no guarda la contraseña del RIPE en el navegador de su portátil.
B rhetorical-question | why did it take the NOC an hour to look at the ROAs when every looking glass showed us RPKI-invalid, Joacquel?
B human-error | Causa raíz según el primer informe: error humano en la custodia de credenciales.
O system-failure | The new ROAs named the wrong origin AS, so validating networks dropped our prefixes as RPKI-invalid.
O system-should | The registry portal should have required a second factor for any change to ROAs covering a whole allocation.
O actor-neutral | Sebastiá noticed the traffic drop on the peering dashboards at 14:52 UTC and opened the incident bridge.
O neutral-fact | About half of our customer traffic was affected for roughly 90 minutes on the afternoon of 3 January.
O agentless-passive | Access to the account was restored by RIPE NCC and the legitimate ROAs were re-created.
O policy-subject | La política de credenciales que firmó Inmaculada en 2021 no incluía las cuentas de registros de Internet.
O credit | gràcies a la Rowena per coordinar amb el RIPE per telèfon mentre la resta reconstruíem els ROAs
O org-subject | RIPE NCC afterwards asked all members to enable two-factor authentication on their accounts.
""",
actions="""
Y Y N PREVENTS | NOC | 2024-01-12 | Enable two-factor authentication on every RIPE NCC account of the company and confirm it in the portal's user list.
N N N PARTIAL | we | | Tomar más en serio la seguridad.
Y Y Y DETECTS | Sebastia Urquidondo | 2024-02-15 | Alertar al NOC en menos de cinco minutos cuando cualquier ROA de nuestros prefijos cambie en el repositorio RPKI.
N Y Y PARTIAL | Joacquel | | Review who has access to RIPE.
Y Y Y PREVENTS | Inmaculada Berrocalde | 2024-01-31 | Replace the shared RIPE login with named user accounts for four engineers and remove all other users from the organisation.
N N N DETECTS | | | Monitor BGP better.
Y N N DETECTS | Corporate security | 2024-03-31 | Scan all engineering laptops weekly for known infostealer families and force a password reset for any account found in the malware logs.
N Y N PARTIAL | Seguridad | 2024-02-29 | Concienciar al personal sobre contraseñas.
Y Y Y PARTIAL | Rowena Malvecchio | 2024-01-19 | Write a runbook for restoring ROAs from our saved copy, with the RIPE emergency phone number, and rehearse it once.
N Y Y PREVENTS | Rowena | | Harden the registry accounts.
Y Y N DETECTS | Network engineering | | Check the RPKI validity of our 20 largest prefixes from two external validators every five minutes and page on any invalid result.
""",
ww="""
C | A saved copy of the previous ROAs let the team re-create them quickly once RIPE restored access.
V | Gran trabajo en equipo.
V | The NOC handled the pressure well.
"""))

# 8. Bad Aibling, Bavaria, 9 February 2016 (rail signalling): head-on collision at 06:46:56 on the single-track
# Mangfall Valley Railway between Kolbermoor and Bad Aibling-Kurpark; two Meridian FLIRT units (Transdev / BOB);
# 12 dead, 85 injured; the dispatcher at the Bad Aibling signal box let a train into the section with the Zs 1
# substitute signal while the opposing train was in it, was distracted by a game on his phone, then sent the emergency
# call with a wrong key combination; PZB was fitted but overridden by the substitute-signal "Befehl" procedure; the
# prosecutor first spoke of "human error"; fewer passengers than usual because of carnival holidays.
S.append(dict(url="https://en.wikipedia.org/wiki/Bad_Aibling_rail_accident",
people=["Ortbrecht Schallmoser", "Hedwara Pfundtner", "Leofrieda Marxreiter", "Quirmund Abendschoen"],
blame="""
B failure-verb | Ortbrecht gab das Ersatzsignal für den Zug nach Kolbermoor, ohne die Belegung des Abschnitts auf dem Stelltisch zu prüfen.
B character | The dispatcher was playing a game on his phone on a morning shift with crossing trains. That tells you everything about his attitude.
B human-error | Ursache laut erster Pressekonferenz: menschliches Versagen des Fahrdienstleiters.
B counterfactual | If Ortbrecht had pressed the right emergency call key the first time, both drivers would have had time to stop.
B passive-agent | The substitute signal was given by the dispatcher without a look at the occupancy display, while the westbound train was already in the section.
B sanction | Der Mann gehört weggesperrt, zehn Jahre sind noch zu wenig.
B group-blame | The signal box staff in that region had been overriding the interlocking with Zs 1 as a routine shortcut for years.
B rhetorical-question | who at DB Netz let a single dispatcher run a crossing on a curve with no second person and no phone rule, Hedwara?
O system-failure | The interlocking showed the section occupied, but the Zs 1 substitute signal let a train pass the red signal regardless.
O system-should | PZB should have stopped a train entering an occupied single-track section even when it passed the signal on a written order.
O actor-neutral | Quirmund pulled the recorder data from both trains and the signal box log on the day of the collision.
O neutral-fact | The trains met at 06:46:56 on a curve between Kolbermoor and Bad Aibling-Kurpark; 12 people died and 85 were injured.
O agentless-passive | The emergency call was sent to the wrong group of receivers, and the second call came too late.
O policy-subject | Die Richtlinie zum Ersatzsignal verlangte keine Gegenprüfung durch eine zweite Person vor dem Fahrtauftrag.
O credit | Leofrieda's night crew from the Rosenheim fire brigade reached the wreck across the canal by boat within the first hour, that saved lives
O system-counterfactual | Had the signal box software refused a substitute signal into a section with an opposing route set, the order could not have been given.
""",
actions="""
Y Y N PREVENTS | Signalling engineering | 2017-06-30 | Change the interlocking so that a Zs 1 substitute signal cannot be given into a single-track section with an opposing route set, and test it on the Mangfall line.
N N N PARTIAL | we | | Restore passengers' trust in the line.
Y Y Y PARTIAL | Hedwara Pfundtner | 2016-06-30 | Ban private phone use at the operating desk in all single-line signal boxes of the region and check compliance in monthly unannounced visits.
N Y Y PARTIAL | Ortbrecht | | Be more attentive at the desk.
N N N DETECTS | | | Mehr Aufmerksamkeit für den Betriebsablauf.
Y Y Y DETECTS | Quirmund Abendschoen | 2016-09-30 | Give the emergency call a single dedicated key that reaches every train in the section, and measure in a drill that a call reaches the cab within 10 seconds.
N Y N PREVENTS | DB Netz | | Review the use of substitute signals.
Y N N PREVENTS | Betriebszentrale | 2017-12-31 | Jeden Zs-1-Auftrag auf eingleisigen Strecken erst nach Bestätigung durch einen zweiten Fahrdienstleiter freigeben und im Protokoll festhalten.
N Y Y PARTIAL | Leofrieda | 2016-12-31 | Verbesserung der Rettungswege am Mangfallkanal prüfen.
Y Y N DETECTS | | 2016-12-31 | Log every substitute signal given in the region with the time and the section state, and report any issued into an occupied section to the safety manager within a day.
N N N PARTIAL | everyone | | Lernen, was Sicherheitskultur bedeutet.
""",
ww="""
C | The event recorders on both trains and the signal box log were secured on the day, which made the sequence clear within weeks.
V | Outstanding solidarity from the people of the region.
V | Die Rettungskräfte haben großartige Arbeit geleistet.
"""))

# 9. China Airlines Flight 611, 25 May 2002 (aircraft maintenance): Boeing 747-209B B-18255, Taipei (CKS) to Hong Kong,
# broke up at about 34,900 ft some 20 minutes after a 15:08 take-off and fell into the Taiwan Strait near Penghu; 225
# dead; cause: fatigue cracking under a doubler from a 1980 tail-strike repair at Hong Kong that was not done to the
# Boeing structural repair manual (damaged skin not trimmed out, doubler too small); later inspections did not find
# the cracks, although staining around the doubler appeared in photos from a 2001 inspection; the aircraft was near the
# end of its service with the airline. Seen from invented maintenance and quality staff writing a review.
S.append(dict(url="https://en.wikipedia.org/wiki/China_Airlines_Flight_611",
people=["Weiling Ostergaard-Chou", "Bastiaan Kerrigold", "Lucienne Harrowfield", "Junho Velasquez-Thorne"],
blame="""
B failure-verb | The 1980 repair crew skipped cutting out the scratched skin and just riveted a doubler over it to get the aircraft back on the line.
B passive-agent | The staining around the doubler in the 2001 photos was waved through by Bastiaan's inspection team as "old sealant".
B counterfactual | Se a Lucienne tivesse pedido uma inspecção detalhada ao ver as manchas, o avião teria ficado no hangar.
B competence | Only a lazy structures engineer signs off a doubler that doesn't extend past the damage by the manual's margin.
B group-blame | The records section lost half the 1980 repair paperwork and nobody there cared.
B sarcasm | twenty-two years and not one inspection looked under that doubler. world-class maintenance programme, truly
B hindsight | Junho should have known the aircraft was going to Orient Thai anyway and pushed for a full structural survey before handover.
B nobody-blame | Nessuno si è mai preso la briga di confrontare la riparazione con il manuale Boeing.
O system-failure | A fatigue crack grew under the doubler for years, hidden from external view, until the skin failed in flight.
O system-should | The inspection programme should have required a close look under every repair doubler in the tail area, not just its edges.
O actor-neutral | Weiling found the 1980 tail-strike repair record in the archive and matched it to the fracture location on the recovered wreckage.
O neutral-fact | The aircraft took off at 15:08 and broke up at about 34,900 feet some twenty minutes later; all 225 people on board died.
O agentless-passive | De structurele reparatie was in 1980 uitgevoerd na een staartcontact bij de landing in Hongkong.
O policy-subject | La procédure de réparation utilisée en 1980, que Bastiaan a retrouvée, ne demandait pas de découper la peau endommagée.
O credit | Lucienne's reconstruction of the tail section from the recovered pieces was what convinced the board it was the old repair
O system-counterfactual | With a repair-assessment programme for ageing 747s in place, that doubler would have been inspected from the inside years earlier.
""",
actions="""
Y Y N PREVENTS | Structures engineering | 2003-06-30 | Inspect every repair doubler on the 747 fleet's aft fuselage from inside with eddy current, and record the result per repair in the maintenance system.
N N N PARTIAL | we | | Improve our safety culture.
Y Y Y DETECTS | Bastiaan Kerrigold | 2002-12-31 | Treat any staining or corrosion trace around a structural repair as a crack indication that needs a detailed inspection before the next flight.
N Y Y PARTIAL | Junho | | Look again at old repairs.
Y N N PREVENTS | Quality assurance | 2003-12-31 | Compare every structural repair on the fleet older than ten years with the structural repair manual and re-do any that does not match within 18 months.
N N N DETECTS | | | Be more thorough during inspections.
Y Y Y PARTIAL | Weiling Ostergaard-Chou | 2003-03-31 | Scan all paper repair records from before 1990 into the maintenance system and link each one to its aircraft zone.
N Y N PARTIAL | Records | | Das Archiv der Reparaturakten aufräumen.
Y Y Y DETECTS | Lucienne Harrowfield | 2003-01-31 | Add a mandatory photo-review step to C-checks where a second inspector compares repair areas with the previous check's photos and signs the card.
N Y Y PREVENTS | Lucienne | 2003-06-30 | Rever o programa de inspecções estruturais.
Y Y N PREVENTS | Engineering | 2002-09-30 | Voor elke structurele reparatie een handtekening van engineering eisen met het hoofdstuknummer uit het handboek, voordat het toestel wordt vrijgegeven.
""",
ww="""
C | The recovered wreckage was mapped piece by piece, which let investigators place the first fracture at the old repair.
C | The 1980 repair record still existed in the archive and could be matched to the fracture.
V | The whole organisation pulled together.
"""))

# 10. Alamosa, Colorado, March-April 2008 (water treatment): salmonella in the city's unchlorinated groundwater supply
# (waiver since 1974); first illnesses in the week of 7-12 March; water emergency and bottled-water advisory on 19
# March; flushing with heavy chlorine from 25 March; drinking allowed again on 11 April; one death, hundreds ill (up to
# about 1,300 estimated); the state report blamed the cracked 320,000-gallon Weber Reservoir (holes, animal access,
# not thoroughly inspected for about 11 years; a 2007 state inspection skipped it because the city said it would soon be
# disconnected); an arsenic treatment plant with disinfection was under construction. Invented city and state staff.
S.append(dict(url="https://www.denverpost.com/2009/11/18/many-colorado-water-waivers-revoked-after-taint/",
people=["Candelario Ostwinder", "Philuska Grunewaldt", "Teofilo Harkavelt", "Marengild Sixkiller-Doyle"],
blame="""
B failure-verb | Candelario told the state inspector in 2007 the Weber tank was about to be disconnected and then never disconnected it.
B passive-agent | The 1997 recommendation to clean and inspect the reservoir was shelved by the public works director.
B counterfactual | If Teofilo had chlorinated when the first stomach bug reports came in, half of these people never get sick.
B group-blame | La gente del departamento de obras públicas no había subido a ese depósito en once años.
B competence | Qualsiasi gestore dell'acquedotto appena decente avrebbe visto le crepe in quel serbatoio dalla strada di accesso.
B sarcasm | "the aquifer is pure so we don't need chlorine." sure, Philuska, tell that to the animals living on the reservoir roof
B rhetorical-question | Wie bij de staat vond het nou een goed idee om de inspectie van juist dat reservoir over te slaan?
B role-blame | The state inspector took the city's word for it and skipped the one tank that mattered.
O system-failure | Cracks and holes in the Weber Reservoir let animal waste reach the stored water, and with no disinfectant the bacteria spread through the mains.
O system-should | The distribution system should have had a disinfectant residual that would have killed salmonella entering at a storage tank.
O actor-neutral | Marengild connected the cluster of diarrhoea cases to the city water supply and called the state lab on 18 March.
O neutral-fact | The city declared a water emergency on 19 March and residents could drink tap water again on 11 April.
O agentless-passive | The whole distribution system was flushed with high doses of chlorine over about two weeks from 25 March.
O policy-subject | The 1974 disinfection waiver allowed the city to deliver untreated groundwater without any review of its storage tanks.
O credit | Philuska's crew had bottled water distribution running at three sites within a day of the advisory
O policy-subject | El permiso de 1974 no obligaba a revisar la exención cuando se encontró arsénico en el agua años después.
""",
actions="""
Y Y N PREVENTS | Water utility | 2008-12-31 | Maintain a free chlorine residual of at least 0.2 mg/L at every sampling point in the distribution system, checked daily and logged.
N N N PARTIAL | we | | Regain the community's trust in the tap water.
Y Y Y PREVENTS | Candelario Ostwinder | 2008-06-30 | Take the Weber Reservoir out of service permanently and confirm with valve records that it cannot feed the distribution system.
N Y Y DETECTS | Teofilo | | Pay more attention to illness reports.
N N N PREVENTS | | | Modernise the water system.
Y Y Y DETECTS | Marengild Sixkiller-Doyle | 2008-09-30 | Agree with the county that more than five gastrointestinal cases in a week from one zip code triggers a same-day call to the water utility.
N Y N PARTIAL | State drinking water program | | Revisar las exenciones de desinfección.
Y N N PREVENTS | State drinking water program | 2009-12-31 | Revoke every disinfection waiver for systems with storage tanks unless the tank was inspected inside in the last five years.
N Y Y PARTIAL | Philuska | 2008-10-31 | Auditar os reservatórios.
Y Y N DETECTS | Public works | 2008-08-31 | Inspeccionar por dentro cada depósito una vez al año y reparar cualquier agujero o grieta de más de 1 cm en 30 días.
N N N PARTIAL | everyone | | This must not repeat.
""",
ww="""
C | Desde el día del aviso se repartió agua embotellada en puntos de distribución, así que ningún hogar se quedó sin agua potable.
V | Neighbours helped neighbours.
C | The state laboratory confirmed salmonella in five of six water samples within a day, which justified the emergency at once.
"""))

# 11. Leicester Royal Infirmary, 18 February 2011 (ward care): a six-year-old boy with a heart condition was referred by
# his GP to the children's assessment unit (CAU) with vomiting and diarrhoea and died of sepsis less than 12 hours later;
# the trainee doctor arrived at 08:30, volunteered to cover the CAU and carried the bleep for several floors; at 10:30
# the nurse in charge asked her to see the boy; two of three CAU nurses were agency staff; the hospital's results system
# had failed that day, so results were slow to arrive; a doctor and a nurse were later convicted (a conviction and
# striking-off widely criticised as blame for system failures). Invented names; the child and the staff are not named.
S.append(dict(url="https://www.4recruitmentservices.com/blog/2018/08/healthcare-news-the-story-of-the-death-of-a-six-year-old-boy-in-hospital-and-the-trainee-doctor-who-took-the-blame",
people=["Oluwadamisi Brackenholt", "Margrethild Tolliver-Sande", "Ruairsen Penhaligan", "Esperilde Wintle-Ogaki"],
blame="""
B failure-verb | The registrar missed the pneumonia on the X-ray and never asked the consultant to review the child.
B passive-agent | The observations on the ward were not escalated by the agency nurse despite the child's colour and temperature.
B counterfactual | If Ruairsen had come down to look at the boy at handover, antibiotics would have been started hours earlier.
B sanction | Diese Ärztin hat es verdient, von der Liste gestrichen zu werden.
B competence | A competent paediatric trainee does not confuse one child's resuscitation status with another's.
B sarcasm | great, the computer system crashed and it's still somehow the junior doctor's fault. love the NHS
B group-blame | Les infirmières intérimaires n'ont rien surveillé de l'après-midi, voilà la vérité.
B human-error | Root cause per the trust's first draft: individual clinical error in recognising sepsis.
O system-failure | The pathology results system failed that day, so blood results did not come back to the unit with the usual alerts.
O system-should | The results system should have flagged the abnormal blood gas to the unit without anyone needing to go and look.
O actor-neutral | Margrethild, the nurse in charge, asked the trainee doctor to see the boy at 10:30 because he looked very unwell.
O neutral-fact | Two of the three nurses on the assessment unit that day were agency staff who were not allowed to do many procedures.
O agentless-passive | The trainee doctor had been moved to cover the assessment unit that morning and also carried the bleep for several floors.
O policy-subject | De overdrachtsprocedure die Oluwadamisi moest volgen, vroeg de consultant niet om elke zieke patiënt zelf te zien.
O self-report | I was the consultant on call and I did not see him before the evening; the handover format did not ask me to, and that is one of our changes.
O credit | Esperilde's timeline from the bleep logs and the ward records was the first document the family said they could follow
""",
actions="""
Y Y N PREVENTS | Paediatric department | 2011-06-30 | Require the on-call consultant to see in person every CAU patient with a paediatric early-warning score of 5 or more at the afternoon handover.
N N N PARTIAL | we | | Support junior doctors better.
Y Y Y DETECTS | Ruairsen Penhaligan | 2011-05-31 | Add an automatic phone alert to the CAU nurse in charge for any blood gas with lactate above 4 mmol/L, working even when the main results system is down.
N Y Y PARTIAL | Oluwadamisi | | Spot sepsis sooner.
Y N N PREVENTS | Nursing workforce | 2011-09-30 | Staff the CAU with at least two substantive registered children's nurses on every day shift and report the rota compliance monthly.
N N N DETECTS | | | Raise awareness of sepsis.
Y Y Y PARTIAL | Margrethild Tolliver-Sande | 2011-04-30 | Indiquer le statut de réanimation sur le bracelet du patient et sur le tableau du lit, pour qu'il soit lu sur le patient et non de mémoire.
N Y N PARTIAL | IT | 2011-07-31 | Rendere più affidabile il sistema di laboratorio.
Y Y Y DETECTS | Esperilde | 2011-06-15 | Introduce a written downtime procedure for the results system that has the lab phone every abnormal result to the ward within 30 minutes.
N Y Y PARTIAL | Esperilde Wintle-Ogaki | | Rever a formação dos médicos que regressam de licença.
Y Y N PREVENTS | Medical staffing | 2011-08-31 | Stop assigning the bleep for other floors to the doctor covering the CAU, checked on each daily rota.
""",
ww="""
C | The bleep logs and ward records were preserved, so the timeline could be rebuilt to the minute.
V | Everybody did their best on a very busy day.
V | Staff supported each other well afterwards.
"""))

# 12. LG Polymers India, Visakhapatnam, 7 May 2020 (chemical storage): styrene vapour leaked at about 02:30-03:00 from a
# storage tank (about 1,800 t of styrene) at the RR Venkatapuram plant, shut for about 40-45 days in the Covid-19
# lockdown with about 15 operating staff per shift; styrene is kept below 20 degrees C; stagnation and a rise in
# temperature led to self-polymerisation and vapour release; 11-12 dead, hundreds in hospital, villages within about
# 3 km evacuated; police FIR for ignoring safety protocols; the high court ordered the premises seized.
S.append(dict(url="https://www.thehindubusinessline.com/news/fir-filed-against-lg-polymers-for-ignoring-safety-protocols/article31528582.ece",
people=["Venkataraghavan Ellisworth", "Soonhee Marbrook", "Padmalochan Feyerabend", "Ingvaldis Castellvell-Rao"],
blame="""
B failure-verb | Padmalochan let the tank sit for 45 days without checking the inhibitor level even once.
B counterfactual | If Venkataraghavan had kept the refrigeration running through the night shifts, the temperature would never have climbed.
B passive-agent | The decision to run the plant with a skeleton crew during lockdown was taken by the plant manager, not by the safety committee.
B group-blame | Management only thought about restarting production and forgot the tanks existed.
B sarcasm | "no mishap since 1961", the press statement says. guess the tank didn't read it
B competence | Un chimico degno di questo nome sa che lo stirene senza inibitore polimerizza da solo.
B rhetorical-question | Pourquoi personne de l'équipe de nuit n'a réagi quand la température du réservoir a commencé à monter ?
B human-error | Preliminary conclusion from the district: negligence of plant personnel during the lockdown.
O system-failure | Without mixing and with the temperature rising, the styrene in the tank self-polymerised and the heat drove vapour out of the vents.
O system-should | The tank should have had a high-temperature alarm that sounded in the control room and at the gate.
O actor-neutral | Soonhee called the fire services from the control room shortly after 03:00 once vapour was seen outside the tank farm.
O neutral-fact | The tank held about 1,800 tonnes of styrene, which is kept safe below 20 degrees Celsius.
O agentless-passive | About 1,500 residents of the nearest villages were evacuated in the morning.
O policy-subject | The plant's lockdown procedure, which Ingvaldis had approved, covered shutting down production but not the storage of monomer.
O credit | obrigado à Ingvaldis por ter trazido o inibidor extra de Gujarat em menos de 24 horas
O policy-subject | Die Genehmigung der Behörde setzte voraus, dass das Werk sich selbst überwacht, ohne externe Kontrolle während des Lockdowns.
""",
actions="""
Y Y N PREVENTS | Process safety | 2020-08-31 | Keep every styrene tank below 20 degrees C with an independent temperature alarm that sounds in the control room and the security gate above 25 degrees C.
N N N PARTIAL | we | | Earn back the trust of the villages.
Y Y Y DETECTS | Padmalochan Feyerabend | 2020-07-31 | Die Inhibitor-Konzentration in jedem Styroltank während der Lagerung alle 24 Stunden messen und nachdosieren, sobald sie unter 10 ppm fällt.
N Y Y PARTIAL | Venkataraghavan | | Improve the shutdown procedure.
N N N PREVENTS | | | Invest in how every plant thinks about process hazards.
Y Y Y PARTIAL | Soonhee Marbrook | 2020-09-30 | Test the public siren and the evacuation call list for the villages within 3 km every month and log the time to reach each village head.
N Y N DETECTS | Maintenance | 2020-10-31 | Vaker de tankinstrumenten controleren.
Y N N PREVENTS | Plant management | 2020-12-31 | Empty or transfer monomer from any storage tank that will sit without circulation for more than 14 days, with the transfer logged.
N Y Y PARTIAL | Ingvaldis | 2020-08-15 | Rivedere le procedure di emergenza.
Y Y N DETECTS | Control room | | Record tank temperatures every hour on all shifts, including shutdowns, and call the shift manager for any rise above 2 degrees C in six hours.
N N N PARTIAL | everyone | | Be responsible neighbours.
""",
ww="""
C | Extra inhibitor was flown in within a day, which stopped the reaction in the tank.
V | Le autorità hanno reagito con rapidità.
C | The district evacuated the nearest villages the same morning, before the vapour cloud spread further.
"""))

# 13. Fern Hollow Bridge, Pittsburgh, 28 January 2022 (bridge works): the 447-ft Forbes Avenue bridge over Fern Hollow
# in Frick Park collapsed early in the morning (about 6:40) with six vehicles, including a transit bus, on or near it;
# several people injured, none killed; schools had a two-hour delay for snow; NTSB (February 2024): the legs of uncoated
# weathering steel had severe corrosion and section loss (holes) from clogged drains; inspection reports from 2005 to
# 2021 recommended repairs that the city never did (cables added in 2009 pending cross-bracing replacement that never
# came; coating never applied); inspections did not quantify section loss; the bridge should have been closed.
S.append(dict(url="https://www.wpxi.com/news/local/ntsb-releases-findings-regarding-cause-fern-hollow-bridge-collapse/DHHY6N3ILRAQ7IFWKM5U6IV4NA/",
people=["Dariuvel Kellerhorn", "Yolendra Pembrith", "Augustrin Szalontai-Webb", "Corisvelt Mathewsen"],
blame="""
B failure-verb | Dariuvel ignored sixteen years of inspection recommendations to clean the drains and brace the legs.
B passive-agent | The cross-bracing replacement promised in 2009 was dropped from the capital plan by the public works director.
B counterfactual | Had Yolendra's inspectors actually cleaned the corrosion before measuring, they'd have seen the holes and closed the bridge.
B group-blame | Die Stadtverwaltung hat diese Brücke jahrelang verrotten lassen.
B sarcasm | temporary cables from 2009, still there in 2022. permanent temporary fix, great job everyone
B repeat-offender | Augustrin has signed off the same "poor" rating with no follow-up in every report since 2014.
B competence | Qualquer engenheiro de pontes minimamente competente teria mandado fechar a ponte em 2019.
B rhetorical-question | ¿Quién firmó que la carga de las patas estaba bien cuando ni siquiera se midió el acero que quedaba?
O system-failure | The clogged drains sent water down the legs, and the weathering steel never formed its protective layer, so it corroded through.
O system-should | The inspection program should have tracked each recommendation until it was closed, with an escalation when it stayed open.
O actor-neutral | Corisvelt called 911 from the bus at 6:40 after the deck dropped and stayed to count the passengers out.
O neutral-fact | Six vehicles, including a transit bus, were on or near the bridge when it fell about 100 feet into the park.
O agentless-passive | Les inspections avaient lieu tous les deux ans, puis chaque année à partir de 2014.
O policy-subject | Il programma di ispezione statale che Yolendra applicava non chiedeva di quantificare la perdita di sezione delle gambe.
O credit | huge thanks to the first responders who rappelled down to the vehicles in the snow
O meta-blameless | comment for the draft: instead of "the city ignored the reports", list each recommendation, its date, and where in the process it stopped
""",
actions="""
Y Y N PREVENTS | Bridge maintenance | 2022-06-30 | Limpar os drenos de todas as pontes de aço patinável da cidade duas vezes por ano e fotografar cada dreno depois da limpeza no sistema de ativos.
N N N PARTIAL | we | | Rebuild trust in our bridges.
Y Y Y DETECTS | Yolendra Pembrith | 2022-09-30 | Measure the remaining steel thickness at every fracture-critical leg after removing corrosion, and record the section loss as a percentage.
N Y Y PARTIAL | Dariuvel | | Follow up on inspection reports.
Y Y Y PREVENTS | Augustrin Szalontai-Webb | 2022-04-30 | Close or post a load limit on any bridge with a leg whose measured section loss exceeds the design margin, within 48 hours of the report.
N N N PREVENTS | | | Invest more in infrastructure.
Y N N PARTIAL | Public works | 2022-12-31 | Track every inspection recommendation as a work order with an owner and due date, and report open items older than 12 months to council each quarter.
N Y N DETECTS | Inspections | 2022-10-31 | Bei Inspektionen strenger sein.
Y Y Y DETECTS | Corisvelt | 2022-08-31 | Run a cross-check in which a second consultant re-rates a random 10% of city bridges every year and reports any rating that differs by two points.
N Y Y PARTIAL | Corisvelt Mathewsen | | Mejorar la comunicación con el estado.
Y Y N PARTIAL | City engineering | 2023-01-31 | Replace the temporary cables on the remaining bridges with the permanent cross-bracing specified in their inspection reports.
""",
ww="""
C | The two-hour school delay meant far fewer vehicles on the bridge than on a normal weekday morning.
V | Heroic effort by the first responders.
V | The community showed its strength.
"""))

# 14. Boar's Head, Jarratt, Virginia, July-September 2024 (food recall): a sample of unopened liverwurst collected by
# the Maryland Department of Health tested positive for Listeria monocytogenes; on 26 July the company recalled about
# 207,528 lb of liverwurst and deli meats from the same line; on 30 July the recall grew to about 7 million lb of all
# Jarratt products; outbreak 61 ill, 60 hospitalised, 10 deaths in 19 states; inspection records showed dozens of
# noncompliance reports (mould, insects, blood on floors, condensation) in the year before; on 13 September the company
# closed the plant indefinitely and discontinued liverwurst, naming a process used only for liverwurst as root cause.
S.append(dict(url="https://406af.com/2024/09/13/boars-head-closing-jarratt-plant-500-workers-displaced",
people=["Lavrenna Crostmarsh", "Desvaldo Achterberg-Ruiz", "Fenwyra Okwuosa-Hart", "Mattheon Brennigan"],
blame="""
B failure-verb | Desvaldo closed out 69 noncompliance reports in a year without fixing the condensation over the cook tank once.
B sarcasm | mould, insects and blood on the floor, but the sanitation checklist was always signed. gold star, night crew
B passive-agent | The extra cleaning shift for the liverwurst line was cut by the plant manager in 2023 to save overtime.
B counterfactual | Als Lavrenna de lijn had stilgelegd na de eerste listeria-positieve swab, waren er geen tien doden geweest.
B group-blame | The USDA inspectors wrote it all down and then let the plant keep running, every single week.
B character | Mattheon never cared about food safety, only about pounds shipped per shift.
B rhetorical-question | ¿Cómo es posible que nadie de calidad escalara los informes de moho a la sede en dos años?
B nobody-blame | Niemand hat sich je die Mühe gemacht, die Befunde der Inspektoren zusammenzuzählen.
O system-failure | The liverwurst process left product exposed in a wet area after cooking, where listeria in the environment could reach it.
O system-should | The environmental monitoring program should have escalated repeated positive swabs in the same zone to a line stop.
O actor-neutral | Fenwyra took the call from the Maryland health department about the positive liverwurst sample and started the hold on 25 July.
O neutral-fact | El brote llegó a 61 enfermos en 19 estados, con 60 hospitalizados y 10 muertes.
O agentless-passive | The recall was widened on 30 July to about 7 million pounds, covering every product made at the Jarratt plant.
O policy-subject | Le protocole d'inspection interne que Mattheon appliquait comptait les constats, mais n'exigeait aucune analyse de tendance.
O credit | Lavrenna's team pulled the product out of thousands of delis within days, that limited how many more people got sick
O error-term | No lab error was involved: the state lab confirmed the first positive liverwurst sample on retest.
""",
actions="""
Y Y N PREVENTS | Food safety | 2024-10-31 | Stop a production line automatically when two environmental listeria swabs from the same zone test positive within 30 days, until a clean retest.
N N N PARTIAL | we | | Put food safety ahead of output.
Y Y Y DETECTS | Fenwyra Okwuosa-Hart | 2024-11-30 | Send a weekly count of open noncompliance reports per plant to the chief food safety officer, with any item older than 14 days listed by name.
N Y Y PARTIAL | Desvaldo | | Do a deep clean of the plant.
N N N DETECTS | | | Listen to the inspectors.
Y Y Y PARTIAL | Mattheon Brennigan | 2024-12-31 | Require a documented root-cause and fix for every repeat noncompliance at the same location before the report can be closed.
N Y N PREVENTS | Operations | 2025-03-31 | Het sanitatieprogramma opwaarderen.
Y N N PREVENTS | Engineering | 2025-06-30 | Remove every source of overhead condensation above exposed ready-to-eat product in all plants, confirmed by a dry-ceiling inspection.
N Y Y PARTIAL | Lavrenna | 2024-10-15 | Migliorare la comunicazione con le autorità.
Y Y N DETECTS | Quality assurance | | Analyser un échantillon de chaque lot de produit prêt à consommer pour la listeria et bloquer le lot jusqu'à un résultat négatif.
N N N PARTIAL | everyone | | Rebuild consumer trust.
""",
ww="""
C | The lot codes on the liverwurst let the first recall target the right products within a day of the positive sample.
V | Fast, decisive leadership.
C | Deli chains removed the recalled products from their counters within days of the expanded recall.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

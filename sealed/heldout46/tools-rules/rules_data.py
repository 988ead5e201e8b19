# heldout46 rules data (see ../rules/SOURCES-heldout46.md). All people invented; no real person is named.
# 14 incidents: 7 software / IT (LinkedIn password hash leak 2012, Facebook "View As" token theft 2018, IBM Cloud
# routing outage 2020, Alibaba Cloud Hong Kong Zone C chiller failure 2022, Tencent Cloud API outage 2024, SourceForge
# storage corruption 2015, TeamCity CVE-2023-42793 build-server compromise 2023) and 7 outside software (Zagreb mid-air
# collision 1976, Forsmark 1 electrical event 2006, Blue Bell Listeria outbreak 2015, Lactalis Craon Salmonella 2017,
# Edenville Dam failure 2020, New Orleans floodwall failures 2005, Fukushima Daiichi 2011).
# Written as training text for a learned blame classifier: responders' chat (handles and times stripped), terse notes,
# timeline rows, review comments on drafts, and report prose; some rows in French, German or Spanish.
S = []

# 1. LinkedIn, June 2012: about 6.5 million unsalted SHA-1 password hashes posted on a forum; passwords of the accounts
# in the file invalidated and salted hashing introduced; in 2016 a set of about 117 million credentials from the same
# theft was offered for sale.
S.append(dict(url="https://www.hedgehogsecurity.co.uk/blog/anatomy-of-a-breach-linkedin",
people=["Ysoldine Marrakby", "Quelbrandt Hejduvel", "Ottaline Swarbeck", "Fenwarra Obuya-Lund"],
blame="""
B failure-verb | quelbrandt never put a salt on the password table, it was plain SHA-1 from day one and everyone knew
B passive-agent | The decision to keep the old SHA-1 scheme was signed off by Ottaline in 2011 over the security team's objection.
B counterfactual | If Fenwarra had escalated the odd forum post on the 5th instead of sitting on it, we'd have reset the hashes a day earlier.
B group-blame | Honestly the auth team can't be trusted with credentials, this is the second time they've shipped something this amateurish.
B sarcasm | 6.5 million hashes on a forum and the top cracked one is "link". world-class password engineering from Quelbrandt's crew
B human-error | Cause, per the draft summary: human error by a developer who chose the hashing scheme years ago.
B self-blame | That's on me: I reviewed the login service in 2010 and waved the unsalted hashes through because I didn't want to slow the launch.
B implicit | Unsalted SHA-1 on every member row - Ysoldine Marrakby, owner of the credential store since 2009.
O system-failure | The password store hashed with a single unsalted SHA-1 pass, so identical passwords produced identical hashes across accounts.
O system-should | The data-access monitoring should have flagged the bulk read of the credential table long before the file turned up in public.
O actor-neutral | Fenwarra spotted the hash dump on the forum on 6 June and opened the incident channel within the hour.
O neutral-fact | Roughly 6.5 million hashes were in the posted file; four years later about 117 million credentials from the same theft appeared for sale.
O agentless-passive | Passwords for the accounts in the file were invalidated and reset emails went out over the following two days.
O policy-subject | The hashing standard Ottaline wrote in 2008 allowed any SHA-family function and said nothing about salts or work factors.
O credit | kudos to @ysoldine for getting the salted bcrypt migration behind a flag in under a week
O meta-blameless | Comment on draft: swap "negligent developers" for a line on why no review gate checked the password storage scheme.
""",
actions="""
Y Y N PREVENTS | Identity platform team | 2012-09-30 | Rehash every stored password with bcrypt at cost 12 on next login and force a reset for accounts not migrated within 90 days.
N N N PARTIAL | we | | Put more emphasis on protecting member passwords.
Y Y Y DETECTS | Fenwarra Obuya-Lund | 2012-07-15 | Alert the on-call security engineer when more than 10,000 credential rows are read by one client in an hour.
N Y Y PARTIAL | Quelbrandt | | Have another look at the hashing code sometime.
Y Y Y PREVENTS | Ottaline Swarbeck | 2012-08-01 | Rewrite the credential storage standard to require a salted adaptive hash and add a CI check that fails any build calling raw SHA-1 on password fields.
N N N DETECTS | | | Monitor underground forums more.
Y Y N DETECTS | | 2012-06-30 | Post the count of reset accounts and of still-unmigrated hashes to the incident ticket every morning until both reach zero.
N Y N PREVENTS | Security | 2012-10-01 | Make the login system more robust.
Y Y Y PARTIAL | Ysoldine | | List for each of the 14 services that store user secrets its hash function, salt and work factor in the security wiki.
N N Y PARTIAL | Ysoldine Marrakby | 2012-12-31 | Improve our breach response.
Y Y N PREVENTS | we | 2012-07-31 | Offer a second login factor to all members and report weekly adoption against a 5% target.
""",
ww="""
C | Reset emails for every account in the posted file went out within a day of confirming the hashes were ours.
V | Everyone pulled together brilliantly.
V | Communication with members was handled well.
"""))

# 2. Facebook "View As", September 2018: three bugs (video uploader shown in View As, uploader generating a token, the
# token belonging to the viewed user) let attackers steal access tokens; found on 25 September after a traffic rise in
# mid-September; about 50 million tokens reset plus 40 million as a precaution; View As switched off.
S.append(dict(url="https://www.trustedreviews.com/news/facebook-50-million-accounts-breach-access-token-view-as-3594812",
people=["Velimira Thorsgaard", "Orlavio Nwabuzor-Platt", "Pernille Quastoff", "Devrim Aukstakal"],
blame="""
B failure-verb | Orlavio shipped the video uploader change in July 2017 and never checked what it did inside View As.
B passive-agent | The uploader tweak was approved by Pernille with a one-line review and no privacy sign-off.
B counterfactual | had Devrim looked at the traffic spike on 14 September instead of filing it as a bot wave, we'd have caught it eleven days sooner
B group-blame | The growth folks break privacy every quarter; they simply don't care what happens to a token once they hit their metric.
B sarcasm | great, a "preview your profile" button that hands out other people's keys. truly the feature of the decade, Velimira
B human-error | Initial RCA line: "Human error in the video composer code led to token exposure."
B rhetorical-question | Who thought it was fine to mint a full access token for the person being previewed?? Seriously, who?
B hindsight | Any competent reviewer would have seen that the composer should never appear in View As mode.
O system-failure | Three separate bugs combined: the composer showed up in View As, the uploader generated a token, and that token belonged to the viewed user.
O system-should | The token service should have refused to issue a token for any user other than the one holding the session.
O actor-neutral | Devrim reopened the spike ticket on 25 September and traced the requests to the View As endpoint that afternoon.
O neutral-fact | About 50 million tokens were reset directly and another 40 million as a precaution, so roughly 90 million people had to log in again.
O agentless-passive | The View As feature was switched off while the security review ran.
O policy-subject | The release checklist Pernille maintains had no step for features that render one user's page under another user's identity.
O credit | Velimira's query for every View As lookup in the past year is what let us scope the precautionary reset.
O meta-blameless | reviewer note: line 4 names Orlavio as the cause; rewrite as "a change to the uploader interacted with View As in a way no test covered".
""",
actions="""
Y Y N PREVENTS | Access token team | 2018-11-30 | Make the token issuer reject any request whose target user differs from the session user, with a unit test for the View As path.
N N N PARTIAL | everyone | | Be more careful with privacy-sensitive features.
Y Y Y DETECTS | Devrim Aukstakal | 2018-10-31 | Page the security on-call when token issuance from any endpoint exceeds three times its 7-day median for 15 minutes.
N Y Y PARTIAL | Orlavio | | Review the video uploader again.
N N N PREVENTS | Product security | 2019-03-31 | Harden all profile preview features.
Y Y Y PARTIAL | Pernille Quastoff | 2018-12-15 | Add a privacy-review checkbox to the release checklist for any feature that renders content as another user, and block merge until it is ticked.
N Y N DETECTS | | | Stay alert for strange request patterns.
Y Y N PREVENTS | we | 2018-10-15 | Keep View As disabled until an external audit reports zero token-issuing calls reachable from the preview page.
N N Y PARTIAL | Velimira Thorsgaard | 2019-01-31 | Look at other places where similar bugs might exist.
Y Y N DETECTS | | 2018-12-01 | Publish a dashboard of token issuance by calling feature and review it in the weekly security meeting.
N Y N PARTIAL | Growth engineering | | Remind engineers about the privacy guidelines.
""",
ww="""
C | The precautionary reset covered every account with a View As lookup in the past year, not just the confirmed ones.
C | The feature was turned off the same day the endpoint was identified.
V | Great collaboration across teams.
"""))

# 3. IBM Cloud, 9 June 2020: global loss of connectivity for about three hours from about 22:00 UTC; the provider said an
# external network provider flooded its network with incorrect routing; the status page was affected and the first
# public update came at 8:26 PM EDT.
S.append(dict(url="https://www.itproportal.com/news/massive-ibm-cloud-outage-caused-by-bgp-hijacking/",
people=["Hallvorsk Ndiaye-Coombe", "Zoraida Pelletrin", "Ignazor Mbekwaru", "Ruzena Tjernstrup"],
blame="""
B failure-verb | ignazor didn't bother setting prefix limits on the peering sessions, so the bad routes just poured in
B passive-agent | The max-prefix change that would have stopped this was postponed twice by Zoraida because of the change freeze.
B counterfactual | If Hallvorsk had dropped the session with the upstream at 22:15 like the runbook says, we'd have been down thirty minutes, not three hours.
B group-blame | Network engineering clearly has no idea how BGP filtering works, otherwise one provider couldn't take the whole cloud down.
B sarcasm | status page hosted on the same network it reports on. brilliant call, Ruzena, real galaxy-brain stuff
B human-error | Root cause per the exec summary: operator error during the peering incident response.
B implicit | 22:04 routes flooding in from the upstream - Hallvorsk on call, no action until 22:40.
B failure-verb | Zoraida hat die Warnung des Upstream-Anbieters am Nachmittag einfach ignoriert.
O system-failure | The edge routers accepted the provider's incorrect routes without a prefix limit and pulled customer traffic onto a congested path.
O system-should | The status page should have been served from infrastructure outside the affected network.
O actor-neutral | Ruzena posted the first public update at 00:26 UTC after getting into the social media account from home.
O neutral-fact | Customers in several regions lost connectivity from about 22:00 UTC for roughly three hours.
O agentless-passive | The sessions with the external provider were shut down and traffic was moved back to the normal paths by 01:00 UTC.
O policy-subject | The change-freeze policy Zoraida enforced that week applied to filter changes as well as to feature work.
O credit | Danke an Ignazor, der die fehlerhaften Routen als Erster im Looking Glass gefunden hat.
O meta-blameless | Draft note: "operator error" removed from the root cause; we describe the missing prefix limits and the shared status page instead.
""",
actions="""
Y Y N PREVENTS | Network engineering | 2020-07-31 | Configure a maximum-prefix limit on every external BGP session and run a config audit that reports zero sessions without one.
N N N PARTIAL | we | | Improve our routing hygiene.
Y Y Y DETECTS | Ignazor Mbekwaru | 2020-06-30 | Alert the network on-call when any peer's announced prefix count rises more than 20% within five minutes.
N Y Y PARTIAL | Zoraida | | Talk to the upstream provider about what happened.
Y Y Y PREVENTS | Ruzena Tjernstrup | 2020-08-15 | Move the status page to a third-party host with no dependency on our network and test it during the next game day.
N N N DETECTS | | | Be faster at noticing outages.
Y Y N PARTIAL | | 2020-07-15 | Add a runbook step to shut a misbehaving peer session within 15 minutes of confirmation, and rehearse it once.
N Y N PREVENTS | Comms | 2020-09-30 | Be clearer and quicker in what we tell cloud customers.
Y Y Y DETECTS | Hallvorsk | | Add external probes from five third-party vantage points and show their reachability on the NOC wall.
N N Y PARTIAL | Hallvorsk Ndiaye-Coombe | 2020-12-31 | Review BGP security in general.
Y Y N PREVENTS | we | 2020-10-31 | Publish RPKI route origin records for all our prefixes and confirm with a public validator that every one shows as valid.
""",
ww="""
C | The upstream sessions were identified from the looking glass within 40 minutes, before the provider confirmed anything.
V | Hats off to the network folks, amazing effort.
V | Lots of people jumped in to help.
"""))

# 4. Alibaba Cloud Hong Kong Zone C, 18 December 2022: chiller fault at a partner data centre (alarm 08:56, failed 4+4
# switchover 09:09, load shedding from 10:30, sprinkler at 14:47, chiller group control unlocked 15:20, servers back in
# batches from 19:02, last room 22:50); ECS control plane throttled; custom images stored in a single zone.
S.append(dict(url="https://www.theregister.com/2022/12/20/alibaba_cloud_hong_kong_outage/",
people=["Wenqiao Stavridou", "Magnhild Osterloo", "Thandolwe Carricklyn", "Eustaquin Boroumand"],
blame="""
B failure-verb | the facility vendor's tech couldn't even restart the chiller group, took them six hours to find the lock in their own controller
B passive-agent | The single-zone image storage was designed by Eustaquin and nobody was allowed to question it.
B counterfactual | If Magnhild had started shedding load at 09:17 instead of waiting until 10:30, the sprinkler would never have gone off.
B group-blame | La gente del proveedor del centro de datos no tenía ni idea de cómo funcionaba su propio sistema de refrigeración.
B sarcasm | love that a "highly available" zone depends on four chillers and one guy with a manual. nice one, Thandolwe
B human-error | Probable cause (draft): human error by the facility operator during the chiller switchover.
B rhetorical-question | ¿Por qué nadie del equipo de Wenqiao probó nunca el cambio a los enfriadores de respaldo?
B hindsight | Anyone who had run a data centre before would have told Eustaquin that the chiller controls were a single point of failure.
O system-failure | The chiller group control locked all four units after the failed primary-to-backup switch, so none could restart automatically.
O system-should | The image service should have kept copies of custom images outside Zone C so new instances could launch elsewhere.
O actor-neutral | Thandolwe acknowledged the first temperature alarm at 08:56 and called the facility provider straight away.
O neutral-fact | A sprinkler went off in one room at 14:47 because of the heat, which slowed the repair work.
O agentless-passive | Servers were powered back on in batches from 19:02 while room temperatures were watched.
O policy-subject | El contrato que firmó Magnhild con el proveedor no exigía simulacros de fallo de los enfriadores.
O credit | shout-out to Wenqiao for throttling the control plane early so the other zones stayed usable
O meta-blameless | Nota para el borrador: quitar "incompetencia del proveedor" y describir el bloqueo del control de grupo de los enfriadores.
""",
actions="""
Y Y N PREVENTS | Facilities engineering | 2023-03-31 | Run a full chiller primary-to-backup switchover drill in every Hong Kong room each quarter and record the time to stable temperature.
N N N PARTIAL | we | | Work more closely with facility partners.
Y Y Y PREVENTS | Eustaquin Boroumand | 2023-02-28 | Replicate every custom image to at least two zones and fail image creation if the second copy is not written.
N Y Y DETECTS | Thandolwe | | Watch room temperatures more closely.
N N N PREVENTS | Infrastructure | 2023-06-30 | Make cooling more resilient.
Y Y Y DETECTS | Magnhild Osterloo | 2023-01-31 | Page the zone duty manager when any room's corridor temperature rises 3 degrees above baseline within 10 minutes.
N Y N PARTIAL | | | Review the load-shedding procedure.
Y Y N PARTIAL | we | 2023-01-15 | Write the load-shedding order for a zone-wide cooling loss with a trigger temperature for each step and rehearse it once.
N N Y PARTIAL | Wenqiao Stavridou | 2023-04-30 | Improve customer communication for long outages.
Y Y N DETECTS | | 2023-02-15 | Show control-plane API availability per zone on the public status page, refreshed every five minutes.
N Y N PREVENTS | Partner management | | Renegotiate with the facility vendor.
""",
ww="""
C | Early throttling of the control plane kept the other Hong Kong zones accepting new instances.
C | Servers were restarted in batches with temperature checks, so no hardware was lost in the restart.
V | Our people handled the chiller crisis with real professionalism.
"""))

# 5. Tencent Cloud, 8 April 2024: a new cloud API version was not backward compatible with the old frontend and wrote
# bad configuration data, spread without a gray release; console login failed for about 87 minutes, 1,957 customers
# reported problems; rollback incomplete (15:47), data repair (16:02), circular dependency in Shanghai (16:25),
# recovered 16:45, console scaled nine-fold.
S.append(dict(url="https://www.theregister.com/2024/04/17/tencent_cloud_api_error_outage/",
people=["Lianhua Ferrebrique", "Osvarik Mahlanguva", "Ardelisa Penvorrow", "Teodwyrn Akinsanmi"],
blame="""
B failure-verb | osvarik pushed the new api version without running the compat tests against the old console frontend
B passive-agent | Le déploiement global des données de configuration a été lancé par Ardelisa sans passer par la phase canari.
B counterfactual | If Teodwyrn had actually read the sandbox results we'd never have shipped a protocol change that broke old clients.
B group-blame | the API platform team skips half the change process every time they're behind schedule, this was bound to happen
B sarcasm | rollback needs the API, API is down, so rollback is down. chapeau, Lianhua, that circular dependency is a work of art
B human-error | Cause racine retenue dans le premier jet : erreur humaine lors de la mise à jour de l'API.
B self-blame | I approved the config push without the gray stage because I wanted it out before the holiday, that's my mistake.
B rhetorical-question | who signs off a protocol change without a single test against the old frontend?
O system-failure | The new API version handled requests from the old frontend incorrectly and wrote bad configuration data.
O system-should | The config distribution system should have held the new data in one region until error rates stayed flat.
O actor-neutral | Teodwyrn declared the incident at 15:23 when the API error alarm fired and started the version rollback.
O neutral-fact | 1 957 clients ont signalé des problèmes pendant les 87 minutes de panne de la console.
O agentless-passive | Shanghai traffic was redirected to other regions at 16:25 and the region recovered by 16:45.
O policy-subject | The change process Ardelisa owns allowed configuration data to skip the gray release that code had to go through.
O credit | Merci à Lianhua d'avoir repéré la dépendance circulaire à Shanghai en moins de vingt minutes.
O meta-blameless | review comment: replace "Osvarik broke the API" with the missing compatibility test and the missing gray stage for config data
""",
actions="""
Y Y N PREVENTS | Cloud API team | 2024-05-31 | Run the old-frontend compatibility suite in CI for every API release and block the release on any failure.
N N N PARTIAL | we | | Follow the change process properly.
Y Y Y PREVENTS | Ardelisa Penvorrow | 2024-06-15 | Route configuration data changes through the same three-stage gray release as code, starting with one region for 30 minutes.
N Y Y PARTIAL | Osvarik | | Test better before releases.
Y Y Y PREVENTS | Lianhua Ferrebrique | 2024-07-31 | Remove the container platform's scheduling dependency on the cloud API in Shanghai and prove it with a drill where the API is switched off.
N N N DETECTS | | | Be more vigilant about configuration changes.
Y Y N DETECTS | | 2024-05-15 | Alert when the API error rate in any region exceeds 2% for three minutes and link the alert to the last config change.
N Y N PARTIAL | Platform architecture | 2024-09-30 | Look at circular dependencies.
Y Y Y PARTIAL | Teodwyrn | | Document an alternate API endpoint customers can switch to and test the switch once per quarter.
N N Y PREVENTS | Teodwyrn Akinsanmi | 2024-12-31 | Make the cloud API more resilient.
Y Y N DETECTS | everyone | 2024-06-30 | Run a console-login synthetic check from three regions every minute, paging on two consecutive failures.
""",
ww="""
C | The console was scaled nine-fold within minutes when the recovery traffic spike arrived.
V | Team spirit was excellent throughout.
V | Overall a solid response from everybody involved.
"""))

# 6. SourceForge / Slashdot Media, July 2015: filesystem corruption on the Ceph storage platform from 16 July affected
# all block devices; downloads and directory restored first; project web, user web and file upload restored letter by
# letter with checksums over about a week; daily public restoration updates.
S.append(dict(url="https://sourceforge.net/blog/sourceforge-infrastructure-and-service-restoration/",
people=["Gwendrilla Okonjo-Ruis", "Barnulf Tsvetanov", "Idunnova Marskellby", "Kwesiro Lindquister"],
blame="""
B failure-verb | barnulf skipped the ceph upgrade notes and now every block device is toast
B passive-agent | The restore order was decided by Idunnova alone and nobody checked whether project web could come back first.
B counterfactual | Wenn Kwesiro die Backups einmal probehalber zurückgespielt hätte, wüssten wir jetzt, wie lange das dauert.
B group-blame | Ops here are amateurs, a real storage team would never have put every service on one cluster.
B sarcasm | a week to restore 26 letters of project web. impressive throughput, Gwendrilla, truly
B human-error | Ursache laut Entwurf: menschliches Versagen bei der Wartung des Speicherclusters.
B implicit | Ceph cluster corrupted, all block devices hit - storage owner: Barnulf Tsvetanov.
B hindsight | Anyone who had run Ceph before would have told Idunnova not to put the file upload service on the same pool.
O system-failure | The filesystem corruption on the storage cluster affected every block device, so all services on it failed together.
O system-should | The restore tooling should have checked data integrity per project letter automatically instead of needing manual validation.
O actor-neutral | Kwesiro ran the filesystem checks overnight and posted the list of restored letters each morning.
O neutral-fact | Downloads and the project directory came back first; project web, user web and file upload stayed offline for about a week.
O agentless-passive | Die Dateien wurden Buchstabe für Buchstabe wiederhergestellt und anschließend per Prüfsumme verglichen.
O policy-subject | The storage layout Gwendrilla designed in 2013 put all developer services on a single cluster to save hardware.
O credit | props to idunnova for writing the public restoration updates, they stopped a lot of the rumours
O meta-blameless | Kommentar zum Entwurf: "Barnulf hat Mist gebaut" streichen und beschreiben, warum ein einzelner Cluster alle Dienste trug.
""",
actions="""
Y Y N PREVENTS | Storage engineering | 2015-10-31 | Split developer services across two independent storage clusters so that no single cluster failure takes out more than half of them.
N N N PARTIAL | we | | Avoid this kind of storage problem in future.
Y Y Y DETECTS | Kwesiro Lindquister | 2015-08-31 | Restore one random project letter from backup every week and report restore time and checksum mismatches.
N Y Y PARTIAL | Barnulf | | Read up on Ceph best practices.
N N N PREVENTS | Operations | 2015-12-31 | Modernise the infrastructure.
Y Y Y PARTIAL | Idunnova Marskellby | 2015-09-15 | Write a restore runbook that orders services by user impact with expected durations, and time a full rehearsal against it.
N Y N DETECTS | | | Pay more attention to Ceph health.
Y Y N DETECTS | we | 2015-08-15 | Alert when Ceph reports any placement group inconsistent for more than ten minutes.
N N Y PARTIAL | Gwendrilla Okonjo-Ruis | 2016-03-31 | Think about moving to a different storage platform.
Y Y N PARTIAL | | 2015-09-30 | Post a status update at least every 12 hours during any outage longer than a day, with each service's state.
N Y N PREVENTS | Community team | | Counter third-party misinformation faster.
""",
ww="""
C | Downloads were restored first, which covered most visitors while developer services were rebuilt.
C | The daily public update listed each service's state and the restored letters, so projects knew when to check their data.
V | The team kept a positive attitude.
"""))

# 7. TeamCity CVE-2023-42793, 2023: authentication bypass in on-premises TeamCity, fixed by the vendor on 18 September
# 2023; exploited by a state-backed group per a joint US advisory in December 2023. Written as one (invented) software
# company's build server compromise: server exposed to the internet, patch late, unknown admin account found.
S.append(dict(url="https://www.cisa.gov/news-events/cybersecurity-advisories/aa23-347a",
people=["Carradwyn Ilunga-Weiss", "Perpellia Skovsrud", "Anzhelika Dumbarra", "Yuto Brannigrove"],
blame="""
B failure-verb | Perpellia left the build server open to the internet after the 2022 migration and forgot to put it back behind the VPN.
B passive-agent | The 2023.05.4 patch was deferred by Carradwyn three weeks running because releases come first.
B counterfactual | if yuto had patched when the bulletin came out on the 18th, none of these admin tokens would exist
B group-blame | Build engineering treats security bulletins like spam; nobody on that team reads them.
B sarcasm | internet-facing CI server with deploy keys to prod, unpatched for a month. what could possibly go wrong, Anzhelika
B human-error | Root cause: human error (patch not applied).
B rhetorical-question | how did nobody notice a brand-new admin user on the build server for six weeks?
B self-blame | I saw the advisory in September, assumed someone else had the ticket, and moved on. my bad.
O system-failure | The build server's REST API accepted token requests on an unauthenticated path, which let an outside party create an admin token.
O system-should | The asset inventory should have flagged the build server as internet-facing when its firewall rule changed in 2022.
O actor-neutral | Anzhelika found the unknown admin account while cleaning up users on 9 November and raised the incident.
O neutral-fact | The vendor released the fix on 18 September 2023; a joint government advisory on exploitation by a state-backed group followed in December.
O agentless-passive | All build agents were reimaged and every secret stored on the server was rotated within 48 hours.
O policy-subject | The patching policy Carradwyn wrote gives build tools a 90-day window, the same as internal desktop software.
O credit | big thanks to Yuto for scripting the rotation of all 212 stored credentials overnight
O meta-blameless | Draft comment: "human error (patch not applied)" is not a root cause - ask why a critical CI patch had no owner or deadline.
""",
actions="""
Y Y N PREVENTS | Build engineering | 2023-12-15 | Put the build server behind the VPN only and confirm with an external scan that its web port is closed from the internet.
N N N PARTIAL | we | | Get patches onto the build server quicker somehow.
Y Y Y PREVENTS | Carradwyn Ilunga-Weiss | 2024-01-31 | Change the patching policy so critical CVEs on internet-facing CI tools are fixed within 72 hours, tracked on the vulnerability dashboard.
N Y Y PARTIAL | Perpellia | | Check the firewall rules.
Y Y Y DETECTS | Anzhelika Dumbarra | 2023-12-31 | Alert security whenever an admin account or admin token is created on the build server.
N N N DETECTS | | | Pay more attention to security bulletins.
Y Y N PARTIAL | | 2023-12-01 | Rotate every secret stored on the build server and record the rotation date for each in the vault.
N Y N PREVENTS | Security | 2024-03-31 | Secure the CI/CD pipeline.
Y Y Y DETECTS | Yuto | | Subscribe the build team channel to the vendor's security feed and log each bulletin's triage decision within one working day.
N N Y PARTIAL | Yuto Brannigrove | 2024-02-28 | Audit CI permissions.
Y Y N PREVENTS | everyone | 2024-01-15 | Move deploy keys off the build server into short-lived credentials issued per job, and verify none remain on disk.
""",
ww="""
C | The unknown admin account was spotted during a routine user clean-up, not months later by an outside party.
V | Security and build engineering communicated really well.
V | Good teamwork during the clean-up.
"""))

# 8. Zagreb mid-air collision, 10 September 1976: a British Airways Trident at FL330 and an Inex-Adria DC-9 climbing
# through the same level collided near Vrbovec; 176 killed; understaffed and overworked control centre, assistant
# absent, poor equipment, non-standard coordination; controllers arrested and one convicted, later released.
S.append(dict(url="https://en.wikipedia.org/wiki/1976_Zagreb_mid-air_collision",
people=["Vukan Ostermeyr", "Ljerka Hasselbrand", "Stanimir Quenault", "Branka Oyelabrun"],
blame="""
B failure-verb | Vukan lost track of the Trident on his strip board and cleared the DC-9 straight up into its level.
B passive-agent | The handover of the DC-9 to the upper sector was done by Ljerka without checking what was already at 330.
B counterfactual | Hätte Stanimir seinen Platz am Sektor nicht verlassen, wäre der Fehler sofort aufgefallen.
B group-blame | the Zagreb controllers were a sloppy crowd, chatting in their own language and ignoring the traffic
B sarcasm | one controller on the busiest upper sector in Europe, third 12-hour shift in a row. excellent staffing plan, Branka
B human-error | Ursache laut Regierungsbericht: menschliches Versagen des diensthabenden Fluglotsen.
B rhetorical-question | why didn't the assistant come back from his break when the board was full?
B hindsight | Any experienced controller would have seen the two blips converging and turned the DC-9 away.
O system-failure | The radar display gave no conflict warning, so two converging targets at the same level had to be noticed by eye.
O system-should | The sector plan should have required an assistant at the upper-sector console whenever more than ten aircraft were on frequency.
O actor-neutral | Branka called the DC-9 at 10:14 and told it to hold its level once she saw the two targets close together.
O neutral-fact | Both aircraft came down near Vrbovec, killing all 176 people on board.
O agentless-passive | Die Lotsen der Schicht wurden nach dem Unfall festgenommen, bevor die Untersuchung überhaupt begonnen hatte.
O policy-subject | The roster Stanimir drew up followed the unit's rule of 12-hour shifts with no minimum rest between them.
O credit | Ljerka kept the rest of the traffic on the lower sector separated by hand after the collision, with no further losses.
O meta-blameless | Review note: the draft keeps saying "the controller's error"; describe the staffing, the equipment and the handover instead.
""",
actions="""
Y Y N PREVENTS | ATC unit management | 1977-03-31 | Staff the upper sector with a controller and an assistant at all times and log every shift where this is not met.
N N N PARTIAL | we | | Improve the working conditions of controllers.
Y Y Y DETECTS | Branka Oyelabrun | 1977-06-30 | Fit secondary radar with altitude readout on all upper-sector consoles and check on a test flight that every console shows it.
N Y Y PARTIAL | Vukan | | Be more careful with level clearances.
N N N PREVENTS | Civil aviation authority | 1978-12-31 | Modernise air traffic control.
Y Y Y PREVENTS | Stanimir Quenault | 1977-01-31 | Cap shifts at 8 hours with at least 12 hours of rest between them and report violations monthly.
N Y N DETECTS | | | Watch the radar more closely during busy periods.
Y Y N PARTIAL | | 1977-02-28 | Require every sector handover in English with a read-back of the cleared level, and check 50 recorded handovers a month.
N N Y PARTIAL | Ljerka Hasselbrand | 1977-12-31 | Review how sectors coordinate.
Y Y N DETECTS | we | 1977-09-30 | Add a conflict alert that sounds when two targets within 5 nautical miles share the same level band.
N Y N PREVENTS | Training | | Retrain controllers.
""",
ww="""
C | The lower-sector controller kept all remaining traffic separated by hand in the minutes after the collision.
C | Radio recordings were secured the same day, which made the later review possible.
V | The whole unit gave everything that afternoon.
"""))

# 9. Forsmark 1, 25 July 2006: a short circuit in a switchyard outside the plant caused a voltage transient; the
# uninterruptible power supplies in two of four trains failed, two diesel generators did not connect and were started by
# hand after about 20 minutes; some control room displays lost; rated INES 2; regulator required changes before restart.
S.append(dict(url="https://www.thelocal.se/20060824/4689/",
people=["Torsvaldt Ekenbrandt", "Solvig Zabaleta", "Arvedin Mwangolde", "Ylvali Kronquist"],
blame="""
B failure-verb | The switchyard contractor's crew botched the disconnector work and shorted the line, that's how the whole thing started.
B passive-agent | Die Prüfung der USV-Wechselrichter wurde von Torsvaldt 2005 gestrichen, um Geld zu sparen.
B counterfactual | If Solvig had insisted on testing the UPS against a real voltage surge, we'd have found the design flaw years ago.
B group-blame | The control room shift sat on their hands for 22 minutes before starting the diesels by hand.
B sarcasm | two of four safety trains gone because of one spike from the grid. really robust design, Arvedin, well done
B human-error | Erste Einschätzung: menschliches Versagen bei Schaltarbeiten in der Freiluftschaltanlage.
B implicit | UPS inverters tripped on overvoltage in trains A and B - design approved by Ylvali Kronquist, 1994 upgrade.
B rhetorical-question | Why did nobody in engineering ask what a grid transient would do to the battery-backed supply?
O system-failure | The uninterruptible power supplies in two of the four trains shut down on the voltage transient, so their diesel generators never connected.
O system-should | The emergency power system should have connected all four diesel generators automatically whatever the UPS state.
O actor-neutral | Arvedin started the two remaining diesels manually about twenty minutes into the event, following the emergency instructions.
O neutral-fact | Reaktor 1 schaltete sich automatisch ab; die Kühlung des Kerns war die ganze Zeit gewährleistet.
O agentless-passive | The event was first rated INES 1 and later raised to 2 once it was understood that all four trains shared the same weakness.
O policy-subject | The modification procedure Torsvaldt signed in 1994 did not require transient testing of replacement UPS units.
O credit | Solvig's quick call to keep reactor 2 offline until the UPS design was understood was the right one.
O meta-blameless | Draft note: remove "the contractor caused the event"; the switching fault was the trigger, the UPS design is what matters.
""",
actions="""
Y Y N PREVENTS | Electrical engineering | 2006-09-30 | Make the battery-backed supply withstand a 1.5x voltage transient and prove it with a test on each of the four trains.
N N N PARTIAL | we | | Improve electrical safety at the plant.
Y Y Y PREVENTS | Solvig Zabaleta | 2006-10-31 | Change the diesel generator logic so each unit connects to its bus without depending on the UPS, verified in a live test per train.
N Y Y PARTIAL | Torsvaldt | | Look into the switchyard maintenance work.
Y Y Y DETECTS | Arvedin Mwangolde | 2006-09-15 | Keep key reactor parameters on a separately powered display in the control room and test it at every outage.
N N N DETECTS | | | Be ready for unexpected events.
Y Y N PARTIAL | | 2006-12-31 | Add a step to the emergency instructions for manual diesel start within 10 minutes and time it in the simulator for every shift.
N Y N PREVENTS | Maintenance | 2007-06-30 | Be more careful during switchyard work.
Y Y Y PARTIAL | Ylvali | | Review all 1990s electrical modifications for untested transient behaviour and record a test result for each one.
N N Y PREVENTS | Ylvali Kronquist | 2007-03-31 | Strengthen the safety culture.
Y Y N DETECTS | everyone | 2006-11-30 | Sound a control room alarm when any UPS inverter trips, naming the affected train.
""",
ww="""
C | The control room followed the emergency instructions and the core stayed cooled throughout.
V | Staff stayed calm.
V | Relations with the inspectorate stayed constructive.
"""))

# 10. Blue Bell Creameries, 2015: Listeria found in routine sampling in South Carolina (February), first recall on
# 13 March, Kansas hospital patients (five ill, three deaths), Broken Arrow plant suspended 3 April, all products
# recalled 20 April; FDA found Listeria on plant surfaces as early as 2013.
S.append(dict(url="https://www.marlerblog.com/legal-cases/a-blue-bell-listeria-timeline-2010-to-2015/",
people=["Hollisant Vantorbeek", "Tesmerelda Oduya-Lisle", "Corbinian Felshaugh", "Zorinda Yamashiro-Bell"],
blame="""
B failure-verb | Hollisant saw the positive swabs on the Broken Arrow floors in 2013 and never escalated them.
B passive-agent | The decision to keep the line running after the 2014 positives was made by Corbinian, against the lab's advice.
B counterfactual | if Tesmerelda had recalled everything from that line on March 13 we wouldn't have needed three more recalls
B group-blame | La gente de saneamiento en Broken Arrow limpiaba igual que siempre aunque sabían que había listeria.
B sarcasm | 108 years without a recall and we blew it in one spring. stellar sanitation leadership, Zorinda
B human-error | Root cause (draft): human error by sanitation staff.
B hindsight | A halfway decent QA manager would have shut the Broken Arrow line the first time Listeria showed up on a drain.
B rhetorical-question | ¿Quién decidió que un positivo en el suelo no era motivo para parar la línea?
O system-failure | The environmental swab programme recorded positives but had no rule that triggered a product hold or a deeper clean.
O system-should | The lab system should have linked floor and drain positives to the products made on that line the same week.
O actor-neutral | Tesmerelda received the South Carolina lab result in February and pulled the single-serve products from the Brenham line.
O neutral-fact | Five hospital patients in Kansas fell ill and three of them died; the strains matched products from two plants.
O agentless-passive | All products were withdrawn from sale on 20 April and production stopped at every plant.
O policy-subject | The sanitation procedure Corbinian owned had not changed since before the 2013 positives.
O credit | Zorinda's trace of the hospital cups to their 2014 production date at Broken Arrow saved a week of guessing.
O meta-blameless | review note: strike "sanitation staff error"; the draft should say why positives never triggered a hold
""",
actions="""
Y Y N PREVENTS | Quality assurance | 2015-07-31 | Hold all product from a line whenever a Listeria swab on that line is positive, until three consecutive negative swabs are recorded.
N N N PARTIAL | we | | Put Listeria prevention higher on everyone's list.
Y Y Y DETECTS | Tesmerelda Oduya-Lisle | 2015-06-30 | Test every production lot for Listeria before release and keep the lot on hold until the result is negative.
N Y Y PARTIAL | Hollisant | | Double-check the cleaning of the Broken Arrow line.
N N N PREVENTS | Operations | 2015-12-31 | Upgrade all plants.
Y Y Y PREVENTS | Corbinian Felshaugh | 2015-08-31 | Rewrite the sanitation procedure with a root-cause step for every positive swab and have an outside auditor sign it off.
N Y N DETECTS | | | Keep a closer watch on lab results.
Y Y N PARTIAL | | 2015-09-30 | Send every positive environmental swab to the plant manager and the QA director within 24 hours, logged in the tracker.
N N Y PARTIAL | Zorinda Yamashiro-Bell | 2016-01-31 | Improve communication with health departments.
Y Y N DETECTS | everyone | 2015-10-31 | Map every drain and floor swab point to the products made nearby and review the positives per product weekly.
N Y N PREVENTS | Sanitation crew | | Clean more thoroughly.
""",
ww="""
C | The trace of the hospital cups to their production date pointed at the second plant within days.
C | The full withdrawal covered every product, so stores did not have to check individual codes.
V | We showed our commitment to customers.
"""))

# 11. Lactalis Craon, December 2017: Salmonella in infant milk from the Craon (Mayenne) plant; first recall of 12
# references on 2 December, plant stopped 8 December, 600+ lots on 10 December, all products made or packed there
# since 15 February recalled on 21 December (720 more lots); probable contamination of drying tower no. 1 during works
# in the first half of 2017; traces on small cleaning equipment and floor tiles.
S.append(dict(url="https://www.francetvinfo.fr/sante/enfant-ado/salmonelles-retrait-massif-des-laits-infantiles-lactalis_2509651.html",
people=["Amaurel Kerbrat-Mbaye", "Solvanne Dufrechou", "Maximin Ravelojaona", "Eulaviere Pontbriand"],
blame="""
B failure-verb | Amaurel n'a jamais transmis aux autorités les prélèvements positifs d'août et de novembre.
B passive-agent | Les travaux sur la tour de séchage n° 1 ont été réceptionnés par Solvanne sans nouvelle campagne de prélèvements.
B counterfactual | Si Maximin avait fait arrêter la tour dès le premier prélèvement positif, aucun nourrisson n'aurait été touché.
B group-blame | the Craon quality team hides bad results, that's the culture there and everyone knows it
B sarcasm | trois rappels en trois semaines, bravo Eulaviere, quelle maîtrise du périmètre
B human-error | Cause retenue (brouillon) : erreur humaine du personnel de nettoyage lors de la remise en route.
B self-blame | C'est moi qui ai validé la reprise de la tour en mai sans attendre les résultats, je m'en veux.
B implicit | Tour n° 1 contaminée après travaux, mai 2017 - responsable de production : Maximin Ravelojaona.
O system-failure | The restart checklist for the drying tower after works did not include environmental Salmonella sampling.
O system-should | Le système qualité aurait dû bloquer automatiquement les lots fabriqués sur une ligne avec un prélèvement positif.
O actor-neutral | Solvanne a reçu l'alerte de Santé publique France le 1er décembre et a lancé le premier rappel le lendemain.
O neutral-fact | About 720 further lots were withdrawn on 21 December, covering everything made or packed at the site since 15 February.
O agentless-passive | L'usine a été arrêtée le 8 décembre pour un nettoyage et une désinfection complets.
O policy-subject | The sampling plan Eulaviere approved tested the finished powder but only a few points in the drying tower's surroundings.
O credit | thanks to Amaurel for pulling the production records lot by lot, the extended recall list was ready in one night
O meta-blameless | Note de relecture : retirer « négligence du personnel » et décrire pourquoi un prélèvement positif ne bloquait pas les lots.
""",
actions="""
Y Y N PREVENTS | Direction qualité | 2018-03-31 | Bloquer automatiquement tout lot fabriqué sur une ligne ayant un prélèvement environnemental positif jusqu'à trois résultats négatifs consécutifs.
N N N PARTIAL | we | | Renforcer la culture qualité.
Y Y Y DETECTS | Solvanne Dufrechou | 2018-02-28 | Report every positive Salmonella sample to the authority within 24 hours and keep the acknowledgement in the quality file.
N Y Y PARTIAL | Amaurel | | Revoir les procédures de nettoyage.
Y Y Y PREVENTS | Maximin Ravelojaona | 2018-04-30 | Require an environmental sampling campaign with 30 negative points before any drying tower restarts after works.
N N N DETECTS | | | Être plus vigilants sur les résultats d'analyses.
Y Y N PARTIAL | | 2018-01-31 | Check with each retailer that recalled lots are blocked at the till and publish the list of stores that confirmed.
N Y N PREVENTS | Maintenance | 2018-06-30 | Faire attention pendant les travaux.
Y Y Y DETECTS | Eulaviere | | Double the number of environmental sampling points in both drying towers and review the results weekly in the plant meeting.
N N Y PARTIAL | Eulaviere Pontbriand | 2018-09-30 | Améliorer la traçabilité.
Y Y N PREVENTS | everyone | 2018-05-31 | Keep the recall list and the production database in one system so a recall covers every lot from the affected dates automatically.
""",
ww="""
C | Le rappel élargi couvrait tous les lots depuis le 15 février, ce qui a évité un quatrième rappel.
V | Très bonne mobilisation des équipes.
V | La communication a été efficace.
"""))

# 12. Edenville Dam, 19 May 2020: after heavy rain the east embankment failed at 17:46 (static liquefaction per the
# independent forensic team), the downstream Sanford dam was overtopped, over 10,000 people evacuated; the hydropower
# licence had been revoked in 2018 for inadequate spillway capacity; the owner had missed many compliance deadlines.
S.append(dict(url="https://www.detroitnews.com/story/news/local/michigan/2020/06/23/feds-accuse-edenville-dam-owner-refusing-meet-safety-rules/3243143001/",
people=["Wendeliska Crumholtz", "Obenwald Ferrante-Kyei", "Harkin Volodarsky", "Marisabel Quintrell"],
blame="""
B failure-verb | The owner's engineer ignored the 2010 seepage study that predicted exactly this embankment failure.
B passive-agent | The spillway upgrades were put off year after year by Harkin, who kept telling regulators the money was coming.
B counterfactual | If Obenwald had drawn the lake down when the forecast came in on the 17th, the east embankment would have held.
B group-blame | The regulators were asleep at the wheel for fourteen years and let a known-deficient dam keep its water.
B sarcasm | ten plans, ten missed deadlines, one dam fewer. great management, Wendeliska
B human-error | Cause listed in the county's first summary: operator error during the flood.
B rhetorical-question | who let a high-hazard dam go two decades out of compliance without a single fine?
B hindsight | Any dam engineer could have told Marisabel that an embankment of that sand would liquefy once the lake rose that high.
O system-failure | The east embankment's loose sand lost strength as the lake rose and the slope failed without being overtopped.
O system-should | The emergency action plan should have triggered downstream evacuation at a set lake level rather than on a phone call.
O actor-neutral | Marisabel called the county emergency office at 16:00 when the lake reached the top of the flashboards.
O neutral-fact | More than 10,000 people were evacuated and the downstream Sanford dam was overtopped the same evening.
O agentless-passive | The hydropower licence was revoked in 2018 and oversight passed to the state dam safety programme.
O policy-subject | The inspection schedule Harkin negotiated looked at spillway capacity and never at the embankment's soil.
O credit | Obenwald's early evacuation call for the lakeshore roads got people out before the breach at 17:46.
O meta-blameless | Draft comment: "the owner's negligence" is a legal claim, not a cause; say which checks never looked at the embankment soil.
""",
actions="""
Y Y N PREVENTS | Dam safety programme | 2020-12-31 | Test the soil density of every embankment section on high-hazard dams in the basin and report each section's liquefaction safety factor.
N N N PARTIAL | we | | Keep dams safer.
Y Y Y DETECTS | Obenwald Ferrante-Kyei | 2020-09-30 | Install lake-level and piezometer gauges with alarms at set thresholds that page the dam operator and the county.
N Y Y PARTIAL | Harkin | | Look at the spillway issue again.
N N N PREVENTS | State legislature | 2021-06-30 | Fix dam regulation.
Y Y Y PARTIAL | Marisabel Quintrell | 2020-11-30 | Rewrite the emergency action plan with evacuation triggers at named lake levels and run a tabletop exercise with the county.
N Y N DETECTS | | | Watch the weather more closely in spring.
Y Y N PREVENTS | | 2021-03-31 | Lower the normal pool by 3 feet until the spillway passes the probable maximum flood in an updated hydraulic study.
N N Y PARTIAL | Wendeliska Crumholtz | 2021-12-31 | Improve oversight of private dam owners.
Y Y N DETECTS | we | 2021-04-30 | Publish each high-hazard dam's last inspection date and open deficiencies on the state website.
N Y N PREVENTS | Regulators | | Enforce the rules.
""",
ww="""
C | Lakeshore evacuations began before the breach, so no one died in the flood.
C | Shelters opened with masks and spacing plans already in place because of the pandemic.
V | Neighbours rallied round each other wonderfully.
"""))

# 13. New Orleans floodwalls, 29 August 2005 (Hurricane Katrina): I-walls on the 17th Street and London Avenue outfall
# canals failed below their design water level (gap on the canal side, weak soil, short sheet piles); about 80% of the
# city flooded; breaches closed with large sandbags dropped by helicopter; pump stations flooded.
S.append(dict(url="https://en.wikipedia.org/wiki/2005_levee_failures_in_Greater_New_Orleans",
people=["Tavishan Lanclos", "Noemí Ferralvisco", "Jubal Okereke-Sands", "Corisande Mattingley"],
blame="""
B failure-verb | The district engineers skipped the full-scale load test on the I-wall design and just assumed the sheet piles were deep enough.
B passive-agent | The shallower sheet piles were approved by Tavishan in the 1990s to stay under budget.
B counterfactual | Si Noemí hubiera revisado los sondeos del suelo, habría visto la capa de arcilla blanda bajo el canal.
B group-blame | The levee boards cared more about parks and casinos than about the walls they were meant to inspect.
B sarcasm | walls designed for a storm surge that failed before the surge got there. top-notch engineering, Jubal
B human-error | Causa según el primer borrador: error humano en el diseño de los muros.
B self-blame | I signed the 17th Street inspection as fine every year without ever asking for the soil data; I should have known.
B implicit | 17th Street Canal floodwall breach, 29 Aug - design review: Corisande Mattingley, 1993.
O system-failure | The I-walls on the outfall canals leaned as the water rose, opening a gap that let water into the weak soil beneath and pushed the walls out.
O system-should | The design method should have checked for a water-filled gap on the canal side of the wall.
O actor-neutral | Noemí reported water pouring through the 17th Street wall by radio on the morning of 29 August.
O neutral-fact | About 80 percent of the city flooded, some areas under more than 3 metres of water.
O agentless-passive | Las brechas se cerraron con sacos gigantes de arena lanzados desde helicópteros durante la semana siguiente.
O policy-subject | The funding rules Tavishan worked under let each section of the system be built to a different standard and date.
O credit | Jubal's crew got the pumps at station 6 running again days earlier than anyone expected.
O meta-blameless | Comentario al borrador: quitar "incompetencia del cuerpo de ingenieros" y explicar qué supuesto de diseño falló.
""",
actions="""
Y Y N PREVENTS | Hurricane protection office | 2006-06-01 | Install closure gates with pumps at the mouths of the three outfall canals, tested at full pump capacity before 1 June.
N N N PARTIAL | we | | Build better levees.
Y Y Y PREVENTS | Corisande Mattingley | 2006-12-31 | Re-run the stability analysis of every I-wall section with a water-filled gap and list each section below a safety factor of 1.3.
N Y Y PARTIAL | Tavishan | | Review the old floodwall designs.
Y Y Y DETECTS | Noemí Ferralvisco | 2006-08-31 | Put water-level gauges every kilometre along the outfall canals with alarms at 2 m below the wall top, reported to the emergency centre.
N N N DETECTS | | | Be prepared for the next hurricane.
Y Y N PARTIAL | | 2006-05-31 | Assign one authority to inspect the whole system each year and publish the findings section by section.
N Y N PREVENTS | Levee boards | 2007-12-31 | Treat floodwall inspections as a real priority from now on.
Y Y Y PARTIAL | Jubal | | Harden pump stations 6 and 7 so they keep running with the stations flooded to 1.5 m, and prove it in a test.
N N Y PREVENTS | Jubal Okereke-Sands | 2008-06-30 | Restore the wetlands.
Y Y N DETECTS | we | 2006-07-31 | Map the flood depth in each neighbourhood within 12 hours of any breach and publish it for rescue teams.
""",
ww="""
C | Helicopter sandbag drops closed the 17th Street breach within days.
V | Everyone showed great resilience.
V | The response was heroic.
"""))

# 14. Fukushima Daiichi, 11 March 2011: the tsunami (about 13-15 m, far above the 5.7 m design basis) flooded emergency
# diesel generators and DC switchgear in basements; units 1-3 lost cooling, cores melted, hydrogen explosions followed;
# the unit 1 isolation condenser was not working as assumed; a 2008 internal estimate of a larger tsunami was not acted on.
S.append(dict(url="https://en.wikipedia.org/wiki/Fukushima_nuclear_accident",
people=["Tomoe Wachsmuth", "Renji Abernathy-Oduya", "Mitsune Hallowbrand", "Isanori Krzyzanek"],
blame="""
B failure-verb | Renji shelved the 2008 estimate of a 15-metre tsunami and never passed it on to the regulator.
B passive-agent | The decision to keep the backup diesels in the turbine basements was taken by Tomoe and never revisited.
B counterfactual | Hätte Isanori den Isolationskondensator richtig gedeutet, wäre Block 1 nicht stundenlang ohne Kühlung geblieben.
B group-blame | Management at the plant was more interested in keeping the regulator friendly than in protecting the site.
B sarcasm | 5.7 m design basis on a coast with a history of big tsunamis. genius risk assessment, Mitsune
B human-error | Ursache laut erstem Entwurf: menschliches Versagen der Schichtmannschaft nach dem Stromausfall.
B rhetorical-question | why did nobody on Renji's team ask where the batteries would be if the sea came over the wall?
B hindsight | A competent safety engineer would never have accepted a single seawall height as the whole flood defence.
O system-failure | The tsunami flooded the emergency diesel generators and DC switchgear in the basements, leaving units 1 to 3 without power for cooling.
O system-should | The isolation condenser's valves should have failed open on loss of DC power instead of closing.
O actor-neutral | Isanori led the team that went into the unit 1 reactor building with flashlights to open the vent valves by hand.
O neutral-fact | Die Welle erreichte das Gelände gegen 15:35 Uhr und lag mit etwa 13 bis 15 Metern weit über der Auslegung.
O agentless-passive | Seawater was injected into unit 1 from the evening of 12 March after the fresh water ran out.
O policy-subject | The tsunami assessment method Tomoe's department used was the 2002 industry standard and was never updated after newer research.
O credit | Mitsune's improvised use of car batteries to power instruments gave the control room its first readings in hours.
O meta-blameless | Draft note: the phrase "man-made disaster" belongs in the quotes section; the causes list should name the design basis and the basement layout.
""",
actions="""
Y Y N PREVENTS | Nuclear safety division | 2012-03-31 | Move or waterproof all emergency diesel generators and DC switchgear above the revised maximum tsunami height, verified by site survey.
N N N PARTIAL | we | | Learn from Fukushima.
Y Y Y PREVENTS | Renji Abernathy-Oduya | 2011-12-31 | Recalculate the design-basis tsunami with the 2008 method and raise the seawall to that height plus 2 m.
N Y Y PARTIAL | Tomoe | | Look again at where the backup equipment is kept.
N N N DETECTS | Regulator | 2013-06-30 | Strengthen nuclear oversight.
Y Y Y PARTIAL | Isanori Krzyzanek | 2011-10-31 | Train every shift on isolation condenser behaviour after DC loss in the simulator and record each operator's pass.
N Y N DETECTS | | | Monitor the reactors better during emergencies.
Y Y N PARTIAL | | 2012-06-30 | Stock mobile power trucks and fire pumps on high ground at each site and connect them in a timed drill every six months.
N N Y PREVENTS | Mitsune Hallowbrand | 2012-12-31 | Improve emergency preparedness.
Y Y N DETECTS | we | 2012-09-30 | Install battery-independent water-level and pressure indicators for each reactor, readable from the emergency response centre.
N Y N PREVENTS | Plant management | | Be more humble about natural hazards.
""",
ww="""
C | Improvised car batteries restored key instrument readings in the unit 1 and 2 control room.
C | Fire engines were used to inject water when the installed systems were lost.
V | The workers showed extraordinary dedication.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

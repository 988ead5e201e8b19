"""Hand-written held-out 6 language items (format of sealed/heldout5/tools/rules_data.py). Format per source:
blame lines  'B kind | sentence' or 'O kind | sentence'
action lines 'testable bounded owner_is_person RECURRENCE | owner | due | summary'  (has_due derived from due)
went-well    'C | sentence' or 'V | sentence'
All people are invented; facts are paraphrased from the public source in `url`."""

S = []

# 1. Azure AD, 28 Sep 2020 -- formal RCA prose mixed with Teams chat
S.append(dict(
    url="https://www.zdnet.com/article/microsofts-azure-ad-authentication-outage-what-went-wrong",
    people=["Thorvald Eikrem", "Yevgenia Marchuk", "Desmond Achebe", "Priscila Arruda"],
    blame="""
B passive-agent | The backend build was sent to every production partition by Thorvald, validation ring and all four rings skipped.
B failure-verb | Desmond never confirmed the target ring before he approved the update, which is how a test build reached paying tenants.
B human-error | Preliminary classification (internal, pre-RCA): operator error during a routine backend service update.
B counterfactual | if yevgenia had bothered to open the deployment manifest she'd have seen prod where validation should be
B competence | Anyone with real experience of identity deployments would have caught a ring target that far off.
B rhetorical-question | Seriously, who signs off a global identity deploy at half five on a Monday evening without reading which ring it goes to?
B group-blame | The identity backend crew have treated SDP as optional paperwork for months and this is the bill.
B hindsight | The rollback failure was obvious the moment the metadata looked odd; Priscila just kept retrying the same command for forty minutes.
O system-failure | A latent defect in the Safe Deployment Process system sent an update meant for the internal validation ring straight to production.
O system-failure | The automated rollback could not run because the same defect had corrupted the deployment metadata it reads.
O actor-neutral | Priscila began the manual rollback at 22:41 UTC after the automated path returned a metadata error.
O system-should | The deployment system should have refused any target outside the ring named in the change record.
O neutral-fact | Between 21:25 and 00:23 UTC sign-ins failed for a large share of users in the Americas and Australia, with less impact in Europe and Asia.
O quoted-question | What in the SDP tooling let one release skip four rings without a single prompt?
O neutral-fact | desmond paged the identity IC at 21:31, thorvald joined the bridge at 21:38, yevgenia took the customer comms
O meta-blameless | Writing 'engineer selected the wrong ring' in the summary would be wrong on the facts: no engineer chose a ring, the tool resolved it.
""",
    actions="""
Y Y N PREVENTS | Identity deployment tooling | 2020-11-15 | Fix the SDP targeting defect and add a regression test that fails if a release tagged for the validation ring resolves to any production partition
Y Y Y PARTIAL | Yevgenia Marchuk | 2020-10-30 | Keep a second, write-once copy of deployment metadata so rollback can read it even when the primary copy is corrupted
N Y N PARTIAL | Azure AD backend |  | Make the safe deployment process more robust
N N N PARTIAL | we |  | Review all deployment tooling for similar latent defects
Y Y Y DETECTS | @thorvald | 2020-10-16 | Alert the identity on-call when the sign-in success rate in any geography stays below 90% for two consecutive minutes
Y Y N PARTIAL | Identity SRE |  | Rehearse the manual rollback of an Azure AD backend release in the validation ring and record the time taken; target under 20 minutes
N N Y PARTIAL | Desmond Achebe |  | double-check the ring before approving backend updates
Y Y N PREVENTS | Release engineering | 2020-12-01 | Show the resolved target partitions in the release pipeline and block promotion until the validation ring has reported healthy for 24 hours
N Y N DETECTS | TBD |  | Improve monitoring of authentication
Y N N PARTIAL |  |  | Post a status-page update within 15 minutes of declaring any authentication incident, ongoing
N Y Y PARTIAL | P. Arruda | 2021-01-31 | Investigate why the rollback took so long
""",
    ww="""
C | The manual rollback brought sign-ins back for most users within three hours even though the automated rollback could not run.
V | Brilliant collaboration across the whole identity org all night.
C | Users who were already signed in mostly kept working because their tokens did not need refreshing during the window.
V | Our monitoring worked as expected.
"""))

# 2. Microsoft Teams certificate expiry, 3 Feb 2020 -- forum snark and on-call chat
S.append(dict(
    url="https://www.theverge.com/platform/amp/2020/2/3/21120248/microsoft-teams-down-outage-certificate-issue-status",
    people=["Gideon Farrow", "Lavinia Mbeki", "Tadashi Kurokawa", "Ottoline Sayer"],
    blame="""
B sarcasm | Love that the company selling certificate-expiry monitoring couldn't be bothered to point it at its own chat app. Bravo, Gideon's team.
B failure-verb | Lavinia forgot to renew the auth cert, full stop; the reminder had been sitting in her inbox since December.
B nobody-blame | nobody bothered to look at the expiry date on the one cert every single teams login depends on
B character | Whoever owns cert renewals over there is just plain lazy.
B mistake-attribution | tbh this one is on tadashi, he took over the renewal calender in january and dropped it
B rhetorical-question | how do you let a cert for a product with 20 million daily users just... expire, ottoline??
B sanction | Until further notice Tadashi is off the certificate rota and every renewal goes through Gideon personally.
B repeat-offender | Second time this year someone on the auth team has let a cert lapse, and it's always the same couple of people.
O system-failure | The renewal job did not pick up this certificate because it was issued by a different authority from the ones the job tracks.
O actor-neutral | Ottoline opened TM202916 and posted the first customer update a few minutes after nine Eastern.
O system-should | The certificate inventory should have flagged a production auth certificate with under 30 days left; it had no record of this one.
O policy-subject | Lavinia pointed out that the renewal runbook names a distribution list, not a person, as owner of this certificate.
O neutral-fact | 09:03 ET gideon paged tadashi; 09:07 lavinia joined; 09:20 ottoline took comms
O system-counterfactual | Had the auth service logged 'certificate expires in 7 days' at warning level, the on-call would have seen it on last week's shifts.
O credit | Cheers to Tadashi for spotting the expiry in the TLS handshake logs inside the first twenty minutes.
O error-term | Clients reported that they could not establish an HTTPS connection; the error came from the expired certificate, not the network.
""",
    actions="""
Y Y N PREVENTS | Teams auth | 2020-02-14 | Put the Teams authentication certificate under automated renewal by the managed certificate service and delete the manual renewal step
Y Y Y DETECTS | Gideon Farrow | 2020-02-10 | Page the Teams auth on-call when any production certificate has fewer than 30 days left, with a second page at 7 days
N N N PARTIAL | everyone |  | Be more careful about certificate expiry dates
Y Y Y PARTIAL | Lavinia | 2020-02-21 | Add every certificate used by Teams sign-in to the central inventory with an owner name and expiry date, and reconcile the list against the load balancer config
N N N PARTIAL | Microsoft 365 comms |  | Communicate better with customers during sign-in outages
Y N N PARTIAL | SRE |  | Rotate every Teams-facing certificate at least 60 days before it expires, ongoing
N Y Y PARTIAL | Tadashi Kurokawa | 2020-03-31 | Audit certificate monitoring
Y Y N PARTIAL |  | 2020-03-15 | Write a runbook for replacing the Teams auth certificate that lists the exact deployment commands and the validation check to run after each ring
N N N DETECTS | me |  | keep an eye on certs
Y Y Y PARTIAL | O. Sayer |  | Script the certificate swap so a new certificate reaches all Teams front ends in under 30 minutes, and time it in a drill
N Y N PARTIAL | Gideon / Lavinia | 2020-02-28 | Figure out who actually owns the auth certificate
N Y Y PARTIAL | Ottoline Sayer | 2020-04-30 | Improve certificate hygiene across all 40 Teams services and socialise the approach with the leadership team
""",
    ww="""
C | The expired certificate was identified from handshake errors about an hour after sign-ins started failing.
V | Communication was good throughout.
C | Publishing one incident ID, TM202916, early gave tenant admins a single place to follow updates.
"""))

# 3. Google User ID Service, 14 Dec 2020 -- postmortem doc sections and terse bullets
S.append(dict(
    url="http://status.cloud.google.com/incident/zall/20013",
    people=["Ishbel Carmichael", "Kuba Wrona", "Anselm Rietveld", "Nomvula Khumalo"],
    blame="""
B human-error | Root cause: human error during the October quota migration (old quota system not decommissioned).
B failure-verb | Anselm left the legacy quota reporter running after the October migration and never went back to switch it off.
B passive-agent | The zero usage figure was waved through by Ishbel's team without anyone asking why the busiest service in the company used no storage.
B counterfactual | None of this would have happened if Kuba had finished the migration checklist in October.
B competence | A more senior SRE would have recognised a usage report of exactly zero as nonsense.
B timeline-blame | 03:46 PT - grace period ends, Anselm's leftover quota job finally bites
B self-blame | I own this one. I wrote the migration plan and left the decommission step as 'later'. -- Nomvula
B role-blame | The migration owner skipped the clean-up step and moved on to the next project.
O system-failure | Parts of the old quota system stayed in place and reported the User ID Service's usage as zero.
O system-failure | The existing quota safety checks did not cover a service reporting zero usage, so the reduction went through automatically.
O agentless-passive | The quota for the account database was reduced, which stopped the Paxos leader from writing.
O actor-neutral | Kuba disabled quota enforcement for the User ID Service at 04:27 PT and errors fell away within minutes.
O system-should | The quota system should have held any reduction larger than 10% of a tier-0 service's allocation for human review.
O self-report | I approved the October registration change; at the time I believed the old reporter was read-only. (Anselm)
O quoted-question | Why did a grace period of several weeks hide the fault instead of surfacing it?
O meta-blameless | 'Forgot to clean up' is how it looks from here; the doc should explain why clean-up was a separate, optional step in the migration template.
""",
    actions="""
Y Y N PREVENTS | Quota automation | 2021-01-15 | Block automated quota reductions for any service whose reported usage drops by more than 50% within 24 hours until an owner approves them
Y Y Y PREVENTS | Anselm Rietveld | 2020-12-22 | Remove the legacy quota reporter for the User ID Service and add a test that fails if two quota systems report usage for the same service
Y Y Y DETECTS | @ishbel | 2021-01-08 | Alert when the User ID Service Paxos leader records write failures for more than 60 seconds
N N N PARTIAL | SRE |  | Harden all quota tooling
N Y N PARTIAL | Identity |  | Evaluate options for reducing dependence on the User ID Service
Y Y N PARTIAL | Identity | 2021-02-28 | Let the User ID Service answer authentication from stale reads for up to 10 minutes when the Paxos leader cannot write
N N Y PARTIAL | Kuba Wrona |  | Ensure the migration checklist is followed
Y N N PARTIAL | we |  | Add a decommission step with a named owner and a date to every quota migration plan from now on
Y Y N PARTIAL | Workspace support | 2021-01-31 | Pre-approve a status template for Google account sign-in outages and add it, with the posting steps, to the comms runbook
N N Y DETECTS | Nomvula |  | Look at the quota dashboards more often
Y Y Y PARTIAL | N. Khumalo | 2021-03-31 | Run a game day that sets the User ID Service quota to zero in a staging cell and confirm the stale-read fallback keeps sign-in success above 99%
N Y Y PARTIAL | Ishbel Carmichael | 2021-01-20 | Revisit the quota grace period in Q1
""",
    ww="""
C | Disabling quota enforcement ended the errors 47 minutes after they began.
V | The incident team stayed calm and worked well together.
C | Cloud service accounts used by workloads kept authenticating, so most GCP data planes carried on unaffected.
C | The quota change history showed the zero-usage report within the first half hour, which pointed straight at the October migration.
"""))

# 4. Capital One, Mar-Jul 2019 -- regulator / board-memo register
S.append(dict(
    url="https://docs.rackspace.com/blog/capital-one-data-breach-two-security-controls-you-should-review/",
    people=["Cassius Whitlow", "Mirabel Onyango", "Rutger Stam", "Dilnoza Karimova"],
    blame="""
B human-error | The Bank's preliminary finding attributes the exposure to human error in the configuration of a single firewall instance.
B failure-verb | Mr Whitlow failed to restrict the firewall role to the buckets it actually needed, contrary to the cloud security standard.
B passive-agent | The firewall's over-broad role was approved by Ms Onyango in 2018 without any review of its S3 permissions.
B group-blame | The cloud engineering function, as a body, did not take misconfiguration risk seriously.
B character | The engineers responsible were complacent about cloud security in a way that is incompatible with a regulated bank.
B sanction | Mr Stam's administrative access to production accounts has been revoked pending the outcome of the disciplinary review.
B counterfactual | Had Ms Karimova escalated the March access anomaly, the Bank would have known four months earlier.
B hindsight | The SSRF exposure was plain to anyone who read the WAF configuration; the reviewers simply did not read it.
O org-subject | The Bank learned of the exposure on 17 July 2019 from an external e-mail to its responsible disclosure address.
O system-failure | The web application firewall relayed requests to the instance metadata service, which returned temporary credentials for its role.
O policy-subject | The cloud security standard in force at the time did not require a least-privilege review of roles attached to network appliances.
O system-should | The firewall's IAM role should have been limited to the logging bucket it wrote to; it could list and read more than 700.
O actor-neutral | Ms Karimova matched the listed bucket names against the access logs on 19 July and opened the incident record.
O neutral-fact | The unauthorised access took place on 22 and 23 March 2019; data on about 106 million people in the United States and Canada was copied.
O meta-blameless | The Committee notes that 'configuration error' describes the outcome, not why a single setting could expose 700 buckets.
O system-counterfactual | If the metadata service had required a session token, the relayed request would have received nothing useful.
""",
    actions="""
Y Y N PREVENTS | Cloud platform | 2019-09-30 | Require IMDSv2 session tokens on every EC2 instance in the card-processing accounts and deny launches that do not set it
Y Y Y PREVENTS | Cassius Whitlow | 2019-08-31 | Cut the WAF role's permissions down to PutObject on its own logging bucket and remove ListBucket and GetObject on all other buckets
N N N PARTIAL | Cyber |  | Strengthen the Bank's cloud security posture
Y Y N DETECTS | Security operations | 2019-10-15 | Alert on any ListBuckets call made with credentials issued to a WAF or proxy role
N Y N PARTIAL | Internal audit | 2019-12-31 | Conduct a comprehensive assessment of the WAF estate
Y N N PARTIAL |  |  | Check every new IAM role attached to a network appliance against the least-privilege checklist before it goes live, ongoing
N N Y PARTIAL | Mirabel Onyango |  | Make sure firewall roles are reviewed properly
Y Y Y PARTIAL | R. Stam | 2019-11-30 | Encrypt the credit-application buckets with a KMS key whose policy excludes every network appliance role, and confirm it with a denied-read test
N N N PARTIAL | Board risk committee |  | Consider the adequacy of cloud risk governance
N Y Y PARTIAL | Dilnoza Karimova | 2019-09-30 | Consider moving the card-processing accounts to IMDSv2
Y N N PARTIAL | Responsible disclosure team | 2019-09-15 | Triage every message to the responsible disclosure address within 24 hours and log the outcome in the incident tool
Y Y Y DETECTS | Dilnoza Karimova | 2019-10-31 | Raise a finding when instance credentials are used from outside AWS and page the cloud security on-call when it fires
""",
    ww="""
C | The responsible disclosure address received the tip and the exposure was confirmed within two days.
V | The security team acted with urgency and professionalism.
C | Tokenising most Social Security numbers before storage limited what the copied records exposed.
"""))

# 5. Uber, 15 Sep 2022 -- lowercase security-channel Slack
S.append(dict(
    url="https://www.gmx.com/technology/11400774-uber-security-update-cyber-attack.html",
    people=["Lysander Pike", "Ximena Carrasco", "Bao Nguyen", "Rosalind Quaye"],
    blame="""
B role-blame | lol the contractor just hit approve on push number whatever because he got sick of his phone buzzing
B sarcasm | shoutout to whoever put the PAM admin creds in a powershell script on a share, truly the gift that keeps on giving
B group-blame | half of eng literally replied with memes to "I announce I am a hacker", our security culture is a joke
B implicit | we all know which team owns that share 🙃
B rhetorical-question | bao why is there a script with domain admin creds on a share every employee can read??
B nobody-blame | nobody in IT even glanced at the MFA push logs, that was like an hour of pushes to one account
B human-error | the writeup is gonna say human error by a contractor and honestly thats what it was
B mistake-attribution | this breach is 100% ximena's script, lets not pretend otherwise
O system-failure | push MFA let the attacker send approval requests with no limit, so the prompts kept coming until one got accepted
O neutral-fact | lysander paged sec on-call, rosalind spun up the bridge, bao started killing sessions
O actor-neutral | ximena disabled the compromised contractor account and forced re-auth for everyone in the affected groups
O policy-subject | per rosalind the access policy let a contractor account reach that share with no extra check at all
O system-should | the share should have blocked plaintext credentials from being saved there, there's no secret scan on it
O quoted-question | why did the pam vault's admin creds live anywhere outside the vault in the first place?
O meta-blameless | pls stop writing 'the contractor fell for it' in here, anyone gets worn down by 40 prompts at 1am, the question is why 40 prompts were possible
O neutral-fact | the contractor's personal laptop had malware on it according to the vendor, that's where the password leaked from
""",
    actions="""
Y Y N PREVENTS | Corporate security | 2022-10-15 | Replace push-approval MFA with number matching for all contractor and employee accounts and rate-limit prompts to 3 per 10 minutes per account
Y Y Y PREVENTS | Ximena Carrasco | 2022-09-30 | Remove every plaintext credential from the shared drive, rotate the PAM admin password and add a scanner that blocks files containing secrets on that share
N N N PARTIAL | IT |  | train contractors on phishing
N Y N PARTIAL | Security |  | Look into better MFA
Y Y Y DETECTS | @lysander | 2022-10-07 | page sec oncall when one account gets more than 10 MFA pushes in an hour
Y Y N PARTIAL | Identity | 2022-11-01 | Revoke all active sessions and force MFA re-enrolment for the 18 contractor accounts in the EXT group
N N Y PARTIAL | Bao Nguyen |  | double check permissions on the share before anyone puts scripts there
Y Y N PARTIAL | Comms | 2022-09-23 | Pin an 'is this real?' report link to the top of #general in each Slack workspace so staff can flag a suspicious message in one click
N N N PARTIAL | we |  | get better at taking security messages seriously
Y N Y PARTIAL | Rosalind Quaye |  | Rotate the PAM vault admin credential every 30 days, ongoing
N Y N PARTIAL |  | 2022-12-31 | Audit third-party contractor access
N Y Y PARTIAL | Lysander | 2022-10-31 | Explore number matching, FIDO2 keys and the other MFA options, and write up the trade-offs
""",
    ww="""
C | The affected accounts were cut off and internal tools disabled the same evening, and the codebase was locked before any change was pushed.
V | Honestly everyone rallied round.
C | Card numbers and health data were encrypted, so the tools the attacker reached could not read them.
V | super proud of how fast this team moved
"""))

# 6. Okta / Sitel, Jan-Mar 2022 -- customer FAQ, exec e-mail and customer complaints
S.append(dict(
    url="https://www.okta.com/blog/2022/03/oktas-investigation-of-the-january-2022-compromise/",
    people=["Fergus Lindgren", "Amaia Etxeberria", "Kiri Waititi", "Vusumuzi Dlamini"],
    blame="""
B group-blame | Sitel's support engineers were the weak link, plain and simple.
B character | Okta's security leadership was reckless to sit on this for two months.
B counterfactual | If Fergus had pushed Sitel for the report in January, customers would have heard about this in January and not from a Telegram channel.
B role-blame | The vendor manager just filed the forensic summary and moved on to the next thing.
B failure-verb | Amaia skipped the customer-impact assessment because the MFA challenge had been refused, and that is the whole two-month gap.
B passive-agent | The January alert was closed as 'contained' by Kiri's team without anyone asking what the attacker could see in those five days.
B rhetorical-question | How does the head of security at an identity company wait sixty days for a PDF, Vusumuzi?
B human-error | Analysts on the thread called it human error at a sub-processor and left it there.
O org-subject | Sitel retained a forensic firm on 21 January and delivered a summary report to Okta on 17 March.
O actor-neutral | Kiri suspended the support engineer's Okta account at 00:28 UTC on 21 January, ten minutes after the service desk joined.
O neutral-fact | 23:18 UTC alert: new factor added from a new location; 23:46 escalated to an incident; 00:18 service desk looped in.
O policy-subject | The contract with the sub-processor set no deadline for sharing forensic findings.
O policy-subject | Vusumuzi noted that the incident procedure only triggered customer notification on confirmed access to the Okta service, which a support laptop was not.
O system-should | The support tool should have limited a support engineer's session to the tickets assigned to that engineer.
O meta-blameless | Customers asked us to name the engineer; we won't, because the useful finding is that one support laptop could see 366 tenants.
O quoted-question | What would have told us in January that the attacker had five days of desktop access rather than one failed login?
""",
    actions="""
Y Y N PARTIAL | Vendor risk | 2022-05-31 | Amend the Sitel contract to require preliminary forensic findings within 72 hours and the full report within 14 days of any security incident touching Okta systems
Y Y Y PARTIAL | Vusumuzi Dlamini | 2022-04-30 | Change the incident procedure so that a compromise of any device with access to customer tenants starts a customer-impact assessment within 24 hours
Y Y N PARTIAL | Support engineering | 2022-06-30 | Restrict SuperUser support sessions to the tenants of tickets assigned to the engineer and log every cross-tenant view
N N N PARTIAL | Okta |  | Be more transparent with customers
N Y N PARTIAL | Security | 2022-04-15 | Reassess the relationship with Sitel
Y Y N PARTIAL | Support operations | 2022-07-31 | Move all third-party support engineers onto Okta-managed, Okta-monitored devices and retire RDP access from Sitel workstations
Y Y Y DETECTS | Amaia | 2022-04-08 | Alert when a support engineer account is used from a new country within 24 hours of a factor change
N N Y PARTIAL | F. Lindgren |  | Follow up with vendors more forcefully
N N N PARTIAL | TBD |  | Learn from this
Y N N PARTIAL | Customer trust |  | Notify affected customers within 72 hours whenever a sub-processor reports a compromised device with tenant access, ongoing
Y Y Y PARTIAL | Kiri Waititi |  | Send each of the 366 potentially affected tenants a report of the support actions taken on their tenant between 16 and 21 January
""",
    ww="""
C | The new-factor alert fired and the engineer's account was suspended within 70 minutes.
V | We took this very seriously from day one.
C | The attacker's MFA challenge was refused, so the engineer's Okta account itself was never entered.
"""))

# 7. Okta support case system, Sep-Oct 2023 -- Jira IR ticket comments with @handles
S.append(dict(
    url="https://sec.okta.com/articles/2023/11/unauthorized-access-oktas-support-case-management-system-root-cause",
    people=["Henrike Bauer", "Ozan Kaplan", "Marisa Tollefsen", "Jude Harrow"],
    blame="""
B passive-agent | [SEC-IR] The support-system service account password was leaked by @mtollefsen through her personal Gmail sync.
B failure-verb | @ozan.k ignored BeyondTrust's report for two weeks and kept insisting it was their environment.
B sanction | Access for @mtollefsen to any shared service account is suspended pending the HR review.
B repeat-offender | Same support org that handed us the Sitel mess last year. Again.
B hindsight | The HAR downloads were right there in the logs; @jharrow just never looked at the Files tab events.
B competence | Frankly, a security engineer who needs a customer to hand over the attacker's IP isn't doing the job.
B self-blame | I closed the BeyondTrust case as customer-side on 2 Oct. That was my mistake, full stop. (Henrike)
B timeline-blame | Oct 2 -- @ozan.k brushes off BeyondTrust's report as their own problem
O system-failure | Downloads from the Files tab wrote a different log event type from views inside a case, so our searches missed them for 14 days.
O actor-neutral | @henrike.b blocked the attacker's IP at the support system and disabled the service account.
O neutral-fact | ack. @ozan.k is paging @jharrow for the log pull, I've got the customer list
O system-should | Chrome on managed laptops should have blocked sign-in to personal Google profiles; the browser policy allowed it.
O policy-subject | Per @mtollefsen, the device policy permitted personal profiles in Chrome, and the password manager offered to save the service account password there.
O org-subject | BeyondTrust shared the suspicious IP address with us, which is what let us find the downloads.
O error-term | Cookies in the HAR files were still valid, and no error was raised when they were replayed from a new address.
O quoted-question | Why were session tokens in customer HAR files stored unredacted in the case system at all?
""",
    actions="""
Y Y N PREVENTS | Endpoint engineering | 2023-11-15 | Block sign-in to personal Google profiles in Chrome on all Okta-managed laptops through the browser management policy
Y Y Y PREVENTS | @henrike.b | 2023-11-10 | Move the support-system service account into the vault with just-in-time checkout and delete the static password
Y Y N PREVENTS | Support tooling | 2023-12-15 | Strip cookies and Authorization headers from every HAR file on upload to the case system, before it is stored
Y Y Y DETECTS | Jude Harrow | 2023-11-20 | Add the Files-tab download event to the support-system detection rules and alert on more than 20 downloads per hour by one account
N Y N DETECTS | Security |  | improve logging in the support system
N N N PARTIAL | Okta |  | Harden our identity products
Y Y N PARTIAL | Product | 2024-01-31 | Bind admin console sessions to the client IP and require re-authentication when the IP changes
N N Y PARTIAL | Ozan Kaplan |  | Take customer reports more seriously
Y Y Y PARTIAL | Marisa Tollefsen | 2023-12-01 | Notify all 134 affected customers with the case IDs and file names accessed, and log the send time of each notification
N N N PARTIAL | everyone |  | remember not to save work passwords in personal accounts
N Y Y PARTIAL | @jharrow |  | Assess whether HAR uploads are still needed for support cases
Y N N PARTIAL | Support |  | Put a link to the HAR sanitiser and a request to sanitise before upload into every new case template, ongoing
""",
    ww="""
C | BeyondTrust's IP indicator let the team find the suspicious downloads in the vendor logs the same day.
V | Customers and our people worked hand in hand on this.
C | Each hijacked session was traced and revoked because the customers' admin logs showed the replayed session's origin IP.
V | The IR ticket was kept nicely up to date.
"""))

# 8. Twitch leak, 6 Oct 2021 -- Discord chat and engineering retro notes
S.append(dict(
    url="https://uk.news.yahoo.com/twitch-says-server-error-caused-115123707.html",
    people=["Caspian Lowe", "Nadira Sultani", "Emrys Vaughan", "Tomoko Ishida"],
    blame="""
B implicit | ok so the "server configuration change"... we all know who merged that on a friday 👀
B sarcasm | gg caspian, any% speedrun of leaking the entire monorepo
B human-error | Cause (per the comms draft): human error in a server configuration change.
B failure-verb | Nadira pushed the config without checking whether the git host ended up public and never looked at it again.
B counterfactual | if emrys had run the access check before merging none of our code would be on 4chan rn
B group-blame | infra treats security review like a speed bump they can floor it over
B passive-agent | The git host was opened to the internet by Tomoko's change in August and left that way.
B rhetorical-question | @nadira who approves a config change that exposes the whole git host to the internet??
O agentless-passive | A server configuration change left the internal git service reachable from the internet.
O system-failure | The config validator passed the change because it only checks syntax, not network exposure.
O actor-neutral | tomoko rolled back the config change at 03:10 and confirmed the host no longer answers from outside the VPN
O neutral-fact | 22:30 PT statement posted; caspian pinged emrys, emrys woke tomoko, nadira joined the war room at 23:05
O system-should | The deploy pipeline should have run an external reachability scan against every host it changes.
O action-item | Emrys to add an external port scan to the config pipeline and report back at Thursday's review.
O credit | props to nadira for getting every stream key reset by morning, that was huge
O meta-blameless | The retro will not name the engineer who wrote the change; it will explain how one change could expose the repo.
""",
    actions="""
Y Y N PREVENTS | Infra | 2021-11-01 | Add an external reachability check to the config pipeline that fails any change exposing the internal git host outside the VPN
Y Y Y PARTIAL | Nadira Sultani | 2021-10-08 | Reset every streamer's stream key and email each of them the instructions for the new key
N Y N PARTIAL | Security |  | Review access controls on the git service
Y Y Y PARTIAL | @emrys | 2021-10-29 | Purge long-lived secrets from the monorepo history and rotate each one the secret scanner finds
N N N PARTIAL | we |  | make sure config changes are safe
Y Y N DETECTS | SecOps | 2021-11-15 | Alert when more than 10 GB leaves the git service for a single external address within an hour
N Y Y DETECTS | Caspian Lowe |  | monitor the git server better
Y N N PARTIAL | Platform |  | Require a second reviewer from security on every change to internet-facing network config, ongoing
N N Y PARTIAL | Tomoko | 2021-12-31 | Think about zero trust
Y Y Y PARTIAL | T. Ishida | 2021-11-30 | Split creator payout reports out of the monorepo into a separate store readable only by the payments team
N N N PARTIAL |  |  | Double-check the git server firewall after each deploy
""",
    ww="""
C | Stream keys for all streamers were reset within a day of the leak.
V | The community was super supportive.
C | Login credentials and full card numbers were not in the exposed data because they are stored outside the git service.
"""))

# 9. Ticketmaster Eras Tour presale, 15 Nov 2022 -- war-room notes, exec e-mail, fan posts
S.append(dict(
    url="https://variety.com/2022/music/news/ticketmaster-explains-taylor-swift-ticket-crisis-eras-tour-1235435673/",
    people=["Brigid Kearney", "Octavio Salas", "Wendell Osei", "Shirin Bahrami"],
    blame="""
B sarcasm | Amazing job, Brigid. Sell two million tickets, infuriate fourteen million people. Record-breaking in every sense.
B counterfactual | If Octavio had sized the queue for the registrations instead of the historical 40% show-up, the site would have held.
B character | The capacity planners were arrogant about the Verified Fan numbers and it shows.
B failure-verb | Wendell didn't bother to load-test beyond twice the old peak, so four times the peak flattened it.
B mistake-attribution | Let's be honest with ourselves: the meltdown comes down to Shirin's call to open every venue at once.
B role-blame | The on-sale lead ignored the bot warnings the edge team sent the night before.
B nobody-blame | no one thought to ask what happens when the people without codes turn up anyway
B human-error | The board summary puts the failure down to 'a planning error by the on-sale team'.
O neutral-fact | The site received about 3.5 billion requests on 15 November, roughly four times its previous peak.
O system-failure | The queue let traffic without invite codes reach the purchase flow, where it competed with invited fans for capacity.
O actor-neutral | Octavio slowed sales for several venues at 11:40 to stabilise checkout.
O policy-subject | The invite plan, which Shirin approved, sized the codes on the historical 40% show-up rate.
O system-should | The queue should have turned away sessions without a valid code before they reached inventory services.
O system-counterfactual | If the bot filter had run at the edge instead of after login, most of the non-fan traffic would never have reached checkout.
O org-subject | The card issuer agreed to move its presale to the following day.
O quoted-question | Why did our load test stop at twice the previous record?
""",
    actions="""
Y Y N PREVENTS | Queue engineering | 2023-01-31 | Reject sessions without a valid Verified Fan code at the edge, before they reach the queue or inventory services
Y Y Y PARTIAL | Wendell Osei | 2023-02-28 | Load-test the purchase flow at 5x the previous peak and record the error rate and p99 checkout latency at that load
N Y N PARTIAL | Ticketing |  | Make the on-sale platform more scalable
Y Y Y PARTIAL | Octavio | 2022-12-15 | Stagger invite-code windows on any tour with more than 20 dates so that no more than 10 venues open in the same hour
N N N PARTIAL | Leadership |  | Rebuild trust with fans
Y Y N DETECTS | Edge | 2022-12-31 | Page the on-sale incident commander when sessions with a bot score above 0.8 exceed 30% of queue entries for 5 minutes
N N Y PARTIAL | Brigid Kearney |  | double check capacity before big on-sales
Y N N PARTIAL |  |  | Publish queue length and estimated wait on a status page for every Verified Fan on-sale, ongoing
N Y N PARTIAL | Capacity planning | 2023-03-01 | Revisit the 40% show-up assumption
Y Y Y PARTIAL | Shirin Bahrami | 2023-01-15 | Write the go/no-go checklist for stadium on-sales: load-test result, bot-filter status, invite count against inventory, and who may pause a venue
N N N DETECTS | TBD |  | keep an eye on bot traffic
N Y Y PARTIAL | Octavio Salas | 2023-02-15 | Raise awareness of bot traffic with the 20 largest promoters and artists' teams
""",
    ww="""
C | Pausing and slowing individual venues kept checkout working for the fans already in the queue.
V | The team went above and beyond for fans.
C | Every ticket sold on the day went to a buyer holding a Verified Fan code.
V | Lessons were learned on all sides.
"""))

# 10. AT&T Mobility nationwide outage, 22 Feb 2024 -- FCC-report register and NOC log rows
S.append(dict(
    url="https://broadbandbreakfast.com/february-at-t-outage-blocked-92-million-calls-fcc-says",
    people=["Garrett Voss", "Latisha Pruitt", "Ramon Ocampo", "Evangeline Stroud"],
    blame="""
B role-blame | The employee who placed the element into production did not follow the company's peer-review procedure.
B passive-agent | The misconfigured element was placed into production by Mr. Voss during the overnight window without the required peer review.
B timeline-blame | 02:42 CST Voss pushes unreviewed config into the core
B competence | An experienced network engineer would never have put an untested element into a national core.
B sanction | Mr. Ocampo has been taken off the change-approval rota pending retraining.
B human-error | Initial assessment: operator error during network expansion, not a cyberattack.
B counterfactual | Had Ms. Pruitt insisted on the peer review, the protect-mode shutdown would not have occurred.
B hindsight | it was obvious from the first alarms that the new element was the cause, latisha just kept chasing the RAN
O system-failure | Once the misconfigured element was in service, the network entered a protective mode that disconnected every device.
O system-failure | Device registration systems were swamped by re-registration requests, which stretched the outage to about 12 hours after the change was reversed.
O policy-subject | The maintenance procedure allowed a change classed as routine to go ahead without post-installation testing.
O actor-neutral | 04:30 CST Ocampo reverts the change; FirstNet restored first
O neutral-fact | 03:02 CST NOC bridge opened; Stroud paged Tier 3; Voss and Ocampo joined at 03:10
O system-should | The change system should have blocked implementation until a second engineer had recorded the peer review.
O quoted-question | Why did FirstNet customers hear nothing for nearly three hours?
O meta-blameless | The Bureau's finding that procedures were not followed is where the analysis starts; the report should explain why the tooling let them be skipped.
""",
    actions="""
Y Y N PREVENTS | Network change management | 2024-05-31 | Make the change system refuse to implement a core network change until a second engineer has recorded a peer review in the ticket
Y Y Y PARTIAL | Evangeline Stroud | 2024-04-30 | Add FirstNet agency notification within 30 minutes to the NOC outage runbook, with the contact list and a message template
Y Y N PARTIAL | Core engineering | 2024-06-30 | Throttle device re-registration so that a full-network reconnect completes in under 2 hours in the lab test
N N N PARTIAL | AT&T Mobility |  | Improve network resiliency
Y Y Y PREVENTS | Garrett Voss | 2024-03-31 | Gate the core expansion on a pre-production lab test that each new element type must pass before it can be placed in service
N Y N PARTIAL | NOC |  | Review the overnight maintenance window process
Y Y N DETECTS | Network monitoring | 2024-04-15 | Alert the NOC when registered devices nationwide drop by more than 5% within 5 minutes
N N Y PARTIAL | Ramon Ocampo |  | Retrain engineers on peer review
N N N PARTIAL | management | 2024-09-30 | Ensure adequate controls are in place
N Y Y PARTIAL | Latisha Pruitt | 2024-04-30 | Strengthen and streamline the change-approval process for the core network
Y Y N PARTIAL | 911 operations | 2024-05-15 | Send each PSAP in the affected states a 10-digit fallback number and confirm receipt before the next maintenance window
Y N Y PARTIAL | L. Pruitt |  | Run a quarterly drill restoring the core from protect mode and record the time to 90% device registration, ongoing
""",
    ww="""
C | FirstNet was restored first, ahead of the general subscriber base.
V | The NOC team worked tirelessly.
C | The change was reversed about two hours after devices dropped, once the new element had been identified.
"""))

# 11. CenturyLink transport outage, 27-29 Dec 2018 -- NOC handover notes and forum comments
S.append(dict(
    url="https://community.nanog.org/t/fcc-december-27-2018-centurylink-network-outage-report/52326",
    people=["Dusty Kowal", "Aurelio Banda", "Petra Sedláčková", "Cormac Dunne"],
    blame="""
B group-blame | The transport NOC sat on the alarms for hours. That's on them.
B role-blame | night shift lead never escalated to the vendor until 09:00
B nobody-blame | no-one could be bothered to configure the packet filters that would have stopped this
B sarcasm | Nice work Denver, one line card and half the country can't dial 911.
B failure-verb | Dusty forgot to turn on the malformed-packet filter when the nodes went in, per the install notes.
B passive-agent | Filtering on the management channel was left disabled by Aurelio's install crew in 2017.
B rhetorical-question | cormac how does it take 10 hrs to think of pulling the card
B repeat-offender | Petra's region again. Third big one this year.
O system-failure | A network management card in Denver started generating malformed packets, which the other nodes forwarded instead of dropping.
O agentless-passive | Filtering for that packet type had not been enabled on the affected nodes.
O system-failure | Losing the management channel also removed the NOC's visibility into the nodes, so troubleshooting had to be done on site.
O org-subject | The equipment vendor confirmed the card fault on the 28th and shipped replacement firmware.
O actor-neutral | HANDOVER 19:00 - Petra: removed suspect card Denver, replication stopped on east segment, west still flapping
O neutral-fact | 0812 Cormac paged vendor TAC; 0830 Aurelio dispatched to Denver; 0945 conf bridge w/ Verizon
O system-should | The nodes should have dropped malformed management packets rather than replicating them.
O quoted-question | Why did a fault in the management plane take down the traffic plane in 39 states?
""",
    actions="""
Y Y N PREVENTS | Transport engineering | 2019-02-28 | Enable malformed-packet filtering on the management channel on all nodes of the affected transport network
Y Y Y PARTIAL | Dusty Kowal | 2019-01-31 | Build an out-of-band management path to each Denver-region node so the NOC keeps visibility when the in-band channel fails
N N N PARTIAL | NOC |  | Respond faster to alarms
Y Y N DETECTS | Network monitoring | 2019-03-15 | Alarm when management-channel traffic on any node exceeds 3x its 7-day baseline for 10 minutes
N Y Y PARTIAL | Cormac |  | Look into the vendor's firmware quality
Y Y Y PARTIAL | Petra Sedláčková | 2019-02-15 | Write the runbook for isolating a node that floods the management channel, with the card-removal steps and the order in which to bring nodes back
N N N PARTIAL | we |  | Be more proactive with 911 partners
N Y N PARTIAL | NOC shift leads |  | Socialise the learnings from this review with all shifts
Y N N PARTIAL | 911 services |  | Tell every affected PSAP within 30 minutes when ALI data stops arriving with 911 calls, ongoing
N Y N DETECTS |  | 2019-04-30 | Improve visibility of the transport network
Y Y Y PARTIAL | A. Banda | 2019-03-31 | Swap the network management cards in the 14 Denver nodes for the vendor's fixed hardware revision and record each swap in the asset system
""",
    ww="""
C | Removing the suspect card in Denver stopped the replication on the eastern segment.
V | Great teamwork between field ops and the NOC.
C | Sending technicians to the sites restored control of nodes the NOC could no longer reach remotely.
V | The vendor was very helpful.
"""))

# 12. Advanced / NHS 111 ransomware, Aug 2022 -- British trust board paper and clinical-safety comments
S.append(dict(
    url="https://www.enterprisetimes.co.uk/2024/08/07/ico-threatens-6m-fine-over-nhs-disruption/",
    people=["Imogen Thwaite", "Rupinder Sandhu", "Alasdair Birch", "Funmilayo Oke"],
    blame="""
B group-blame | The supplier's infrastructure team neglected to enable multi-factor authentication on the customer account used for the Staffplan Citrix server.
B failure-verb | Alasdair failed to switch on MFA for the Staffplan account when he set it up in 2021.
B counterfactual | Had Funmilayo chased the MFA exception, the attackers would never have got a foothold.
B human-error | The Board was told the incident arose from human error at the supplier.
B character | The supplier's engineers were cavalier with patient data, frankly.
B sarcasm | Brilliant, really: a clinical system for 111 guarded by a password and good intentions, courtesy of Rupinder's team.
B mistake-attribution | It was Alasdair's unprotected account that let them in; there's no getting round that.
B self-blame | I signed off the exceptions list without reading it, so the missing MFA on that account is on me. (Imogen)
O system-failure | The Staffplan Citrix server accepted a remote desktop session on a password alone, as the account had no second factor.
O neutral-fact | Adastra was unavailable from 4 August and 111 call handlers worked on paper for several weeks.
O policy-subject | Rupinder noted that the remote access policy listed MFA as 'recommended' for customer accounts rather than required.
O system-should | Adastra should have had a tested read-only fallback for 111 call handlers; the contingency plan assumed a few hours of downtime at most.
O actor-neutral | Funmilayo invoked the business continuity plan at 07:15 and moved the 111 sites onto the paper forms.
O org-subject | The ICO found that the supplier had not applied MFA consistently and fined it just over £3 million.
O meta-blameless | Naming whoever created the account would not tell the Trust why an exception could sit unreviewed for a year.
O credit | Thanks to Imogen, the clinical safety log was kept on paper throughout and every 111 referral was reconciled once Adastra returned.
""",
    actions="""
Y Y N PREVENTS | Supplier security | 2022-10-31 | Enforce MFA on every account that can open a remote session to the Citrix estate, and disable accounts that have not enrolled
Y Y Y PARTIAL | Funmilayo Oke | 2022-11-30 | Rewrite the 111 business continuity plan for a four-week loss of Adastra, covering paper forms, courier runs and the daily reconciliation
N N N PARTIAL | Advanced |  | Improve cyber resilience across all health and care products
N N N PARTIAL | Trust IT | 2022-12-31 | Audit supplier access arrangements
Y Y Y PARTIAL | Rupinder Sandhu | 2022-09-30 | Change the remote access policy so that MFA is mandatory for customer accounts and exceptions lapse after 30 days
Y Y N DETECTS | SOC | 2022-10-15 | Alert on any RDP session to a Citrix server from an account that has not logged in for 30 days
N N Y PARTIAL | Alasdair |  | Make sure all accounts are set up properly
Y Y Y PARTIAL | I. Thwaite | 2023-01-31 | Hold a tabletop exercise with two ICBs on a week-long 111 clinical system outage and record each resulting action with an owner
N N N PARTIAL | everyone |  | Stay vigilant
N Y Y PARTIAL | Rupinder | 2022-12-01 | Make the 111 contingency plan more robust and fit for purpose
Y N N PARTIAL | Information governance |  | Encrypt home-access details for vulnerable patients at field level in Caresys and in every new care product, ongoing
N Y N PARTIAL | NHS England | 2023-03-31 | Consider dual-supplier arrangements for 111 clinical systems
""",
    ww="""
C | Paper forms for 111 call handling were in use within hours of Adastra going down.
V | Staff showed incredible resilience.
C | Reconciling every paper referral into Adastra once it came back meant no referral was lost.
"""))

# 13. Synnovis pathology ransomware, June 2024 -- hospital huddle minutes and WhatsApp
S.append(dict(
    url="https://technewsday.com/2024/06/16/london-hospitals-cancel-over-800-operations-after-ransomware-attack",
    people=["Philippa Greaves", "Kwesi Boateng", "Agata Lis", "Hamish Ure"],
    blame="""
B human-error | It'll turn out to be human error somewhere at the lab company, it always is.
B group-blame | Pathology IT have been asleep at the wheel for years.
B rhetorical-question | Hamish, why on earth did you sign us up to one lab for every blood test with no backup?
B sarcasm | Top marks to the pathology IT lot, two trusts back to 1970s paper in a single morning.
B counterfactual | If Kwesi had pushed the backup-lab contract through last year we'd have had somewhere to send samples.
B implicit | Some people knew the lab system was a single point of failure and said nothing. Not naming names.
B passive-agent | The warning about unpatched lab servers was shelved by Agata months ago.
B competence | Whoever designed a blood bank process that can't run without one company's IT shouldn't be designing anything.
O neutral-fact | Huddle 07:30: Philippa chairing, Kwesi on blood bank, Agata liaising with the lab, Hamish on comms.
O system-failure | The lab information system could not send results electronically, so every result had to be phoned through or run by hand.
O actor-neutral | Kwesi restricted unmatched transfusions to O-negative and O-positive blood on 4 June.
O policy-subject | The contingency plan assumed the lab would be down for hours, not weeks.
O system-should | Results should have been able to flow through a second route when the lab network was down; none existed.
O org-subject | NHS Blood and Transplant put out an appeal for O-type donors the following week.
O quoted-question | What would it take for a trust to send urgent samples to another lab within a day?
O self-report | I cancelled the elective lists for Wednesday and Thursday at 21:00 on Tuesday, after blood bank confirmed cross-matching was manual only. (Philippa)
""",
    actions="""
Y Y N PARTIAL | Pathology network | 2024-09-30 | Sign a mutual-aid agreement with two other London pathology networks to take urgent samples within 24 hours of a declared outage
Y Y Y PARTIAL | Kwesi Boateng | 2024-07-31 | Document the manual cross-matching procedure with staffing levels for a 14-day outage and test it on one weekend shift
N N N PARTIAL | Synnovis |  | Improve cyber security
Y Y N PARTIAL | Trust digital | 2024-10-31 | Build a second results route from the lab to the EPR that does not depend on the lab network, and prove it with a one-hour cutover test
N Y Y PARTIAL | Agata Lis |  | Review the contingency plan
Y Y Y DETECTS | Hamish Ure | 2024-08-15 | Alert the on-call biomedical scientist when no results have reached the EPR for 20 minutes during working hours
N N N PARTIAL | we | 2024-12-31 | Reduce dependence on single suppliers
Y N N PARTIAL | Clinical leads |  | Log every patient harm linked to the outage under the Datix category 'IT outage' within 48 hours, ongoing
N N N PARTIAL | Comms |  | Communicate more clearly with patients about cancellations
N Y Y PARTIAL | Hamish | 2024-06-28 | Work with the lab to understand what happened and feed back to the trust board
Y Y Y PARTIAL | P. Greaves | 2024-07-15 | Rebook all 1,134 postponed elective procedures at the two trusts and publish the weekly count until the list is empty
""",
    ww="""
C | Switching unmatched transfusions to O-type blood kept emergency surgery going from the first day.
V | Everyone pulled together in a crisis.
C | A daily 07:30 huddle with the lab, blood bank and comms kept all cancellations on one list.
V | Patients were remarkably understanding.
"""))

# 14. AT&T 911 outage, Aug 2023 (IL, KS, TX, WI) -- contractor e-mail thread and PSAP letters
S.append(dict(
    url="https://eeviral.com/att-failed-to-notify-emergency-call-centers-of-the-outage-and-will-now-pay-950000-to-settle-the-investigation/",
    people=["Dwayne Holcomb", "Consuelo Arriaga", "Trent Mikkelsen", "Sabine Roux"],
    blame="""
B mistake-attribution | The outage happened because of Trent's slip during the test; there's nothing more to it.
B failure-verb | Consuelo didn't notify eight of the call centres until well after the outage was over.
B group-blame | The contractor's field techs clearly don't understand what a 911 network is.
B human-error | Your own letter calls this human error by a contractor technician. That is not good enough for our dispatchers.
B counterfactual | Had Dwayne put the test through the change board, somebody would have spotted the problem.
B sanction | The technician has been barred from all AT&T 911 work, effective immediately.
B timeline-blame | 14:02 CT contractor tech knocks out the Kansas leg of the 911 network during an unscheduled test
B rhetorical-question | Sabine, who let a contractor run tests on live 911 routing in the middle of the afternoon?
O system-failure | When one portion of the network was disabled during the test, routing did not move 911 calls onto the remaining paths.
O policy-subject | Because the test was not tied to planned maintenance, the process did not send it through the technical review that maintenance gets.
O neutral-fact | 307 of the 315 potentially affected PSAPs received timely notice; eight did not.
O actor-neutral | Trent re-enabled the disabled segment at 15:16 CT and 911 calls routed normally again.
O org-subject | AT&T agreed to pay $950,000 and to follow a three-year compliance plan.
O system-should | The notification tool should have drawn its PSAP list from the routing tables rather than a spreadsheet that was missing eight centres.
O system-counterfactual | If the test harness had required a rollback plan, the segment would have been restored by script rather than by hand.
O quoted-question | Why could a test touching live 911 routing be scheduled outside the maintenance process?
""",
    actions="""
Y Y N PREVENTS | 911 network engineering | 2023-10-31 | Send every test that touches live 911 routing through the same technical review as planned maintenance, enforced in the work-order system
Y Y Y PARTIAL | Consuelo Arriaga | 2023-09-30 | Generate the PSAP notification list from the current 911 routing tables and check that it matches all 315 PSAPs in the four states
N N N PARTIAL | Contractor management |  | Better oversight of contractors
Y Y N PREVENTS | 911 network engineering | 2023-12-15 | Configure automatic failover so that disabling one segment of the 911 network moves its calls to the remaining paths within 30 seconds, verified in a lab test
N N Y PARTIAL | Trent Mikkelsen |  | Be careful during testing
Y Y Y DETECTS | @dholcomb | 2023-09-15 | Page the 911 NOC when the failed-call rate for any PSAP exceeds 2% for 3 minutes
N Y N PARTIAL | Compliance | 2024-03-31 | Assess compliance with FCC outage notification rules
Y N N PARTIAL | Vendor management |  | Require contractor technicians to complete the 911 network module before each annual badge renewal, ongoing
N Y N PARTIAL | someone |  | follow up with the eight PSAPs
Y Y Y PARTIAL | Sabine Roux | 2023-10-15 | Send the eight PSAPs that were not notified a written account of the outage with call counts and the corrected contact entries
""",
    ww="""
C | The disabled segment was re-enabled 74 minutes after the outage began.
V | We were responsive to our public safety partners.
C | 307 of the 315 call centres got notice in time because their contacts were current in the notification tool.
C | Kansas dispatchers switched callers to the published 10-digit line within ten minutes, so urgent calls still got through.
"""))

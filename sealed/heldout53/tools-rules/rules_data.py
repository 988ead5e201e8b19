# heldout53 rules data (see ../rules/SOURCES-heldout53.md). All people invented; no real private person is named.
# 14 incidents: 7 software / IT (Tietoevry Sweden ransomware 2024, 7pay launch 2019, Lazio region ransomware 2021,
# Bitfinex theft 2016, Poly Network exploit 2021, Curve / Vyper reentrancy 2023, Beanstalk governance attack 2022) and
# 7 outside software (Viking Sky blackout 2019, Tretten bridge collapse 2022, Stresa-Mottarone cable car 2021,
# Entre-os-Rios bridge 2001, Alphen aan den Rijn crane collapse 2015, Sasago tunnel ceiling 2012, Chemie-Pack
# Moerdijk fire 2011). Written as responders write: chat lines, ticket comments, review notes, board prose; about a
# quarter of rows in Swedish, Norwegian, Japanese (romanised and kana/kanji), European Portuguese, Italian and Dutch.
S = []

# 1. Tietoevry, night of 19-20 January 2024: Akira ransomware encrypted virtualisation and management servers in one
# Swedish data centre; Filmstaden, Rusta, Moelven, Granngarden, the Primula payroll system of state agencies and
# universities affected; the platform was isolated; restoration "days, even weeks". Times and internal details invented.
S.append(dict(url="https://www.tietoevry.com/en/newsroom/all-news-and-releases/other-news/2024/01/update-on-ransomware-attack-in-sweden-restoration-work-progressing-at-tietoevry/",
people=["Yrsavel Kronqvistad", "Torbjald Hemmingsvack", "Elvindra Snoqvalle", "Gustrup Ahlvinderberg"],
blame="""
B failure-verb | Torbjald left the vCenter admin console reachable from the customer management VLAN and never rotated the shared admin password after the 2021 attack
B passive-agent | Backupservrarna i samma kluster konfigurerades av Gustrup utan att någon granskade att de låg i samma domän som hypervisorerna.
B counterfactual | om Elvindra hade slagit på MFA för jump-hosten när vi bad om det i november hade vi sluppit hela helgen
B group-blame | Plattformsteamet i Sverige har alltid brytt sig mer om drifttid än om säkerhet, och nu betalar kunderna.
B sarcasm | "limited group of customers": only half the state universities' payroll and every cinema in the country. small group, really
B role-blame | the night duty manager sat on the first encryption alert until 06:00 because "it's probably the backup job again", that's on him
B competence | any halfway competent infra architect would have kept the management plane off the network the tenants' VMs can see
B nobody-blame | not a single person in the Stockholm ops team asked why the hypervisor hosts shared credentials with the backup appliance
O system-failure | The ransomware encrypted the virtualisation and management servers, so every customer VM on that platform stopped at once.
O system-should | The management network should have refused logins from any host outside the dedicated admin segment, whoever held the password.
O actor-neutral | Yrsavel isolated the affected platform at 04:40 and posted the first customer notice in the Swedish status channel.
O neutral-fact | The attack took place during the night of 19-20 January 2024 and hit one data centre in Sweden.
O agentless-passive | Primula-lönesystemet stängdes av för alla myndigheter och lärosäten medan återställningen pågick.
O policy-subject | The credential policy Torbjald worked to allowed one shared break-glass account across hypervisors and backup servers.
O credit | tack Elvindra för att du fick igång Filmstadens biljettsystem först, det var den kund som syntes mest utåt
O org-subject | The company said restoration could take days or even weeks because each customer system had to be rebuilt separately.
""",
actions="""
Y Y N PREVENTS | Infrastructure security | 2024-06-30 | Move every hypervisor and backup management interface into an admin network reachable only from two hardened jump hosts with hardware-key MFA.
N N N PARTIAL | we | | Take security more seriously across the Swedish platforms.
Y Y Y PREVENTS | Gustrup Ahlvinderberg | 2024-04-30 | Put backup copies for the Swedish cloud on immutable storage in a separate domain and prove a full restore of three customer systems from it.
N Y Y DETECTS | Torbjald | | Se över larmen på plattformen.
Y Y N DETECTS | | 2024-03-31 | Page the security on-call within five minutes when more than 20 VM disks change extension in one hour on any cluster.
N N N PARTIAL | | | Learn from the Akira attack.
Y Y Y PARTIAL | Yrsavel Kronqvistad | 2024-03-15 | Publish a customer status update at least every four hours during any platform-wide outage, with the time of the next one.
N Y N PREVENTS | Platform team Sweden | 2024-05-31 | Härda hypervisorerna.
Y N N PREVENTS | Security office | 2024-09-30 | Remove every shared administrator account from all Nordic data centres and confirm none remain with a quarterly access export.
N Y Y PARTIAL | Elvindra Snoqvalle | | Improve how we prioritise customers during restoration.
Y Y N PARTIAL | Customer service | | Give every customer a named restoration contact and a written restore order within 24 hours of a platform being isolated.
""",
ww="""
C | Isolating the platform early kept the attack out of the other data centres and the other customer platforms.
C | Filmstaden's ticket sales came back first because its systems were already on the restore list written for the 2021 incident.
V | Alla gjorde ett fantastiskt jobb under helgen.
"""))

# 2. 7pay (Seven & i Holdings / Seven Pay), July 2019: launched 1 July at about 21,000 7-Eleven stores; unauthorised
# charges reported from 2 July; top-ups from cards halted and new sign-ups stopped on 3 July; about 900 users and 55
# million yen at first (808 victims, 38.6 million yen by 31 July); no two-step verification; password reset could go
# to any e-mail address; service ended 30 September 2019. Internal names and times invented.
S.append(dict(url="https://www.japantimes.co.jp/news/2019/08/01/business/corporate-business/seven-cease-7pay-smartphone-payment-service/",
people=["Kazunobe Torimaruya", "Haneko Sudowarai", "Reitaro Mikazuchi", "Olwenna Brackspeare"],
blame="""
B failure-verb | Reitaro-san wa pasuwaado risetto no meeru-saki o kakunin suru shiyou o sakujo shita mama, dare ni mo iwanakatta.
B passive-agent | 二段階認証を入れない判断は開発部長によって、リリース日を守るためだけに下された。
B counterfactual | if Haneko had held the launch one week for the pen-test findings, we would not be refunding 808 people
B group-blame | The app team treated security review as paperwork: tick the box, ship on 1 July, deal with it later.
B sarcasm | ah yes, a default birthday of 1 January for everyone. truly unbreakable
B competence | 決済アプリの責任者が二段階認証を知らないなんて、最初からこの仕事は無理だった。
B human-error | Genin: tantousha no sousa misu (first draft of the incident report, section 3).
B rhetorical-question | who decided that a password reset link could be sent to any address the caller typed in, Kazunobe?
O system-failure | The reset flow sent the reset link to whatever e-mail address was entered, so anyone with a member ID, birthday and phone number could take an account over.
O system-should | The app should have blocked logins from a new device until a code sent to the registered phone was entered.
O actor-neutral | Olwenna opened the incident channel at 10:15 on 2 July after the third customer call about charges nobody recognised.
O neutral-fact | As of 31 July, 808 users had lost a total of about 38.6 million yen, and the company said it would compensate all of them.
O agentless-passive | 7月3日にクレジットカードからのチャージと新規登録が停止された。
O policy-subject | The release checklist Reitaro signed only required a functional test of the reset screen, not a test of where the link went.
O credit | Sudowarai-san ga kaigai kara no roguin o ichiran ni shite kureta okage de, higai no han'i ga sugu wakatta.
O quoted-question | The first customer ticket read "why did my card get charged 100,000 yen for cigarettes in Shinjuku?" and was routed to billing.
""",
actions="""
Y Y N PREVENTS | App development | 2019-09-15 | Require a one-time code sent to the registered phone for every login from a new device, and block the payment barcode until it is entered.
N N N PARTIAL | we | | Restore customers' trust in cashless payment.
Y Y Y PREVENTS | Reitaro Mikazuchi | 2019-08-15 | Send password-reset links only to the e-mail address on file and add a test that fails the build if the target address can be changed.
N Y Y PREVENTS | Kazunobe | | Sekyuriti o kyouka suru.
N N N DETECTS | | | Keep an eye out for fraud.
Y Y N DETECTS | Fraud monitoring | 2019-08-31 | Alert the fraud desk when one account tops up more than 50,000 yen within an hour from a card added that day.
N Y N PARTIAL | Customer support | | 問い合わせ対応を改善する。
Y Y Y PARTIAL | Olwenna Brackspeare | 2019-07-31 | Route every call mentioning an unrecognised 7pay charge to the security incident queue, not billing, and report the count daily.
N Y Y DETECTS | Haneko Sudowarai | 2019-09-30 | Do a proper review of the login logs.
Y N N PREVENTS | | 2019-12-31 | Make an external penetration test with no open high findings a launch gate for every Seven & i payment service.
Y Y N PARTIAL | Risk management | | Block logins from outside Japan for domestic-only payment accounts unless the user enables travel mode in the app.
""",
ww="""
C | Stopping card top-ups on 3 July capped the losses while customers could still spend their existing balance.
V | Sutaffu zen'in ga saigo made ganbatte kureta.
V | Everyone pulled together when it mattered.
"""))

# 3. Lazio region, night of 31 July - 1 August 2021: ransomware in the regional data centre run by LazioCrea,
# reportedly entering through a network administrator's account; almost all files in the data centre encrypted; the
# COVID-19 vaccine booking system suspended while over 500,000 existing appointments went ahead. Names, times invented.
S.append(dict(url="https://www.thelocal.it/20210801/hackers-shut-down-rome-region-website-affecting-vaccine-bookings/",
people=["Orsolino Vettraguzzi", "Benedilla Calmarossi", "Fiorenzo Lupattinelli", "Margolesse Ashbrenner"],
blame="""
B failure-verb | Fiorenzo teneva la VPN dell'amministratore di rete con una password semplice e non ha mai attivato il secondo fattore.
B passive-agent | The admin account the attackers used was left active by the outsourced service desk manager after the contractor moved on.
B counterfactual | se Benedilla avesse separato i backup dal dominio come chiedevamo da mesi, domenica mattina avremmo ripristinato in poche ore
B group-blame | The LazioCrea infrastructure people never bothered to patch anything they thought was only internal.
B sarcasm | "the most serious attack ever on an Italian public administration". congrats to whoever set it up, a record at last
B role-blame | il responsabile della sicurezza era in ferie e nessuno poteva autorizzare lo spegnimento, colpa sua se abbiamo perso due ore
B sanction | whoever left that VPN account open should not be allowed near a production data centre again
B hindsight | everybody knew the regional CED was a single basket for every egg; it was only a question of when
O system-failure | The ransomware spread from the compromised account to the file servers and encrypted almost every file in the regional data centre.
O system-should | The VPN should have required a second factor for every administrator account, so a stolen password alone would not open a session.
O actor-neutral | Orsolino spense i sistemi del CED alle 04:30 di domenica per fermare la propagazione e avvisò la Polizia Postale.
O neutral-fact | More than 500,000 people who had already booked kept their vaccination appointments while new bookings were suspended.
O agentless-passive | Essential services were moved to external cloud providers so they could run while the data centre was checked.
O policy-subject | La procedura di accesso remoto che Fiorenzo applicava non prevedeva scadenza degli account dei fornitori.
O credit | grazie a Margolesse che ha rimesso online le prenotazioni vaccinali su un cloud esterno in pochi giorni
O meta-blameless | nota di revisione: togliamo "l'amministratore è stato ingenuo"; il punto è che un solo account poteva raggiungere tutto il CED
""",
actions="""
Y Y N PREVENTS | LazioCrea infrastructure | 2021-10-31 | Require hardware-token MFA on every VPN and administrator account and disable any account without it, confirmed by an export of the VPN user list.
N N N PARTIAL | we | | Rafforzare la cultura della sicurezza in Regione.
Y Y Y PREVENTS | Benedilla Calmarossi | 2021-09-30 | Keep a daily offline copy of the vaccination booking database outside the regional domain and restore it once a month on a clean host.
N Y Y PARTIAL | Fiorenzo | | Sistemare gli account dei fornitori.
N N N DETECTS | | | Do more monitoring of the Region's systems.
Y Y N DETECTS | Security operations | 2021-09-15 | Alert the on-call analyst when an administrator account logs in over VPN outside 07:00-21:00 or from a new country.
N Y N PARTIAL | Regional health directorate | | Communicate more clearly with citizens during outages.
Y Y Y PARTIAL | Orsolino Vettraguzzi | 2021-08-31 | Name two deputies who can order the data centre shut down when the security manager is unreachable, and list them in the incident plan.
N Y Y PREVENTS | Margolesse Ashbrenner | 2021-12-31 | Valutare la migrazione dei servizi critici.
Y N N PREVENTS | | 2022-06-30 | Split the regional data centre into separate network zones for health, budget and citizen portals, with no shared administrator accounts.
Y Y N PARTIAL | | | Disable supplier accounts automatically 30 days after the end date in the contract register.
""",
ww="""
C | Gli appuntamenti già prenotati sono stati mantenuti, quindi la campagna vaccinale non si è fermata.
C | Health and budget data were confirmed untouched within a day because they sat on separate storage.
V | Great spirit from the whole regional team.
"""))

# 4. Bitfinex, 2 August 2016: 119,756 BTC stolen from customers' segregated multisignature wallets run with BitGo;
# 2FA and BitGo withdrawal limits bypassed; trading, deposits and withdrawals halted; a generalised loss of 36.067%
# applied to all accounts, with BFX tokens issued. Names and internal details invented.
S.append(dict(url="https://helpnetsecurity.com/2016/08/03/77-million-bitcoin-stolen-bitfinex",
people=["Quintavel Hargroome", "Saskiane Ooievaardt", "Mordekai Plumwhistle", "Jorunna Vekselbakk"],
blame="""
B failure-verb | Mordekai raised the per-user signing limit in the BitGo policy for a big client in July and never set it back
B passive-agent | Het beleid om beide hot keys op dezelfde servers te bewaren is door de CTO goedgekeurd, tegen het advies van het securityteam in.
B counterfactual | if Saskiane had insisted on a cold key for the second signature, the thief would have needed two machines instead of one
B group-blame | Ops treated the multisig setup as a marketing line and never thought about who held which key.
B sarcasm | "impossible for our users to lose their bitcoins due to us being hacked." aged like milk
B mistake-attribution | Er zijn fouten gemaakt door het walletteam bij het inrichten van de opnamelimieten.
B character | Quintavel is just too trusting; he took BitGo's word that the limits worked and never looked
B self-blame | I signed off the wallet design and I should have asked how two hot keys made it safer than one. that's on me
O system-failure | The signing service approved about 2,000 withdrawals to one address because the per-wallet limits were checked against values the attacker could change.
O system-should | The co-signer should have refused any withdrawal batch above a daily total across all wallets, not only per wallet.
O actor-neutral | Jorunna halted trading, deposits and withdrawals at 18:00 UTC after customers reported balances moving.
O neutral-fact | 119,756 BTC were taken from customers' segregated wallets, worth about 72 million dollars at the time.
O agentless-passive | Er werd een algemeen verlies van 36,067% toegepast op alle rekeningen en klanten kregen BFX-tokens.
O policy-subject | The limit-change procedure Mordekai followed let one engineer change a withdrawal limit without a second approver.
O credit | shout out to Jorunna for getting the read-only site up within days so people could at least see their balances
O system-counterfactual | With the second key held offline, the compromised servers could not have signed the withdrawals on their own.
""",
actions="""
Y Y N PREVENTS | Wallet engineering | 2016-10-31 | Keep the second signing key offline and require an operator at the cold device for any withdrawal batch over 50 BTC.
N N N PARTIAL | we | | Make the exchange safer for our customers.
Y Y Y DETECTS | Saskiane Ooievaardt | 2016-09-30 | Alert the on-call engineer when total withdrawals across all wallets exceed 500 BTC in any rolling hour.
N Y Y PREVENTS | Mordekai | | Opnamelimieten beter beheren.
N N N DETECTS | | | Be more alert to unusual activity.
Y Y N PREVENTS | | 2016-09-15 | Require two named approvers for any change to a withdrawal limit and log both names in the policy history.
N Y N PARTIAL | Compliance | | Work on the relationship with BitGo.
Y Y Y PARTIAL | Jorunna Vekselbakk | 2016-08-31 | Write the trading-halt runbook with the exact order of halting trading, deposits and withdrawals, and run it as a drill every quarter.
N Y Y DETECTS | Quintavel Hargroome | 2016-12-31 | Controleer de logs regelmatig.
Y N N PREVENTS | Security team | 2017-03-31 | Move every customer hot wallet onto signing servers with no shell access from the office network, confirmed by an external review.
N N N PARTIAL | everyone | | Make sure a theft like this cannot repeat itself.
""",
ww="""
C | A read-only version of the site let customers check balances while trading stayed halted.
V | Het team bleef kalm onder enorme druk.
V | Solid crisis management from leadership.
"""))

# 5. Poly Network, 10 August 2021: about 610 million dollars moved out through a flaw in the cross-chain contracts
# (the attacker changed the keeper of the EthCrossChainData contract); Tether froze 33 million USDT; the attacker
# began returning funds on 11 August; a 500,000-dollar bounty was offered. Names and internal details invented.
S.append(dict(url="https://financefeeds.com/poly-network-returns-almost-half-stolen-600-million-crypto/",
people=["Tavrien Holloquist", "Marisolva Quenteiro", "Lindorm Achterhuys", "Priyamvel Castanheda"],
blame="""
B failure-verb | Lindorm merged the cross-chain manager change without checking which functions it could call on the data contract
B passive-agent | A chamada que permitia trocar o keeper foi aprovada pela Marisolva sem que ninguém revisse o caminho completo.
B counterfactual | had Tavrien run the manager contract through the full invariant suite before go-live, keeper replacement would have shown up as a red test
B group-blame | The contracts team was so busy chasing new chains that nobody cared about the old bridge code.
B sarcasm | great news everyone, our most effective security auditor just charged us 610 million dollars for the report
B competence | um engenheiro de contratos minimamente experiente nunca deixaria uma função crítica alcançável por mensagens entre cadeias
B human-error | root cause: developer error in the EthCrossChainManager contract.
B rhetorical-question | porque é que ninguém da equipa de segurança olhou para as permissões do contrato de dados, Priyamvel?
O system-failure | The manager contract let a crafted cross-chain message call the data contract and replace the keeper key with one the attacker held.
O system-should | The data contract should have accepted keeper changes only from a multi-signature governance address, never from relayed messages.
O actor-neutral | Priyamvel posted the open letter asking exchanges and miners to block the attacker's addresses about an hour after the first transfers.
O neutral-fact | Tether froze 33 million dollars in USDT held at one of the attacker's addresses.
O agentless-passive | Os primeiros fundos foram devolvidos a 11 de agosto, começando pelos tokens da Polygon e da BSC.
O policy-subject | The review rule Marisolva applied only required a second reviewer for contracts that held funds, and the manager contract held none.
O credit | obrigado ao Tavrien por ter seguido os endereços em três cadeias durante a noite, foi isso que deu força à carta aberta
O quoted-question | The first message in the chat was "is the keeper supposed to change on a Tuesday?" and it took twenty minutes for someone to say no.
""",
actions="""
Y Y N PREVENTS | Contracts team | 2021-09-30 | Restrict keeper changes on every cross-chain data contract to a 4-of-7 multisig with a 48-hour timelock, and test that relayed messages cannot call it.
N N N PARTIAL | we | | Get serious about bridge security.
Y Y Y DETECTS | Priyamvel Castanheda | 2021-08-31 | Page the on-call engineer within two minutes of any keeper or owner change on a Poly Network contract on any chain.
N Y Y PREVENTS | Lindorm | | Rever o código do gestor de cadeias.
N N N DETECTS | | | Follow what moves across the bridge contracts more carefully.
Y Y N PREVENTS | | 2021-10-31 | Add an invariant test that fails if any cross-chain message can reach a function that changes keepers, run on every pull request.
N Y N PARTIAL | Community team | | Comunicar melhor com os utilizadores.
Y Y Y PARTIAL | Marisolva Quenteiro | 2021-09-15 | Require two reviewers for every contract change that touches permissions, whether or not the contract holds funds.
N Y Y PARTIAL | Tavrien Holloquist | 2021-11-30 | Look at getting another audit.
Y N N PREVENTS | Security partners | 2022-01-31 | Commission external audits of all cross-chain manager and data contracts and publish the reports with every finding closed or accepted.
N N N PARTIAL | everyone | | Remember that users trust us with their funds.
""",
ww="""
C | The open letter and the address list got Tether to freeze 33 million USDT the same day.
V | A comunidade foi incrível.
V | The team showed real resilience.
"""))

# 6. Curve Finance and pools compiled with Vyper, 30 July 2023: the @nonreentrant lock was broken in Vyper 0.2.15,
# 0.2.16 and 0.3.0; the alETH/ETH, msETH/ETH, pETH/ETH and CRV/ETH pools were drained for about 70 million dollars;
# white-hat bots front-ran part of it and some funds came back. Names and internal details invented.
S.append(dict(url="https://smartcontractaudit.com/guides/curve-finance-2023-vyper-reentrancy",
people=["Ebbeline Rosmaalder", "Kestavrel Dowlandshire", "Pietroen van Velzenkamp", "Aurikka Ninomura"],
blame="""
B failure-verb | Kestavrel pinned the pool factory to Vyper 0.2.15 in 2021 and never bumped it, even after the compiler changelog mentioned storage slot changes
B passive-agent | De compilerversie voor de nieuwe ETH-pools werd door Pietroen gekozen zonder één reentrancy-test op de bytecode.
B counterfactual | if Ebbeline's team had run a single reentrancy test against the deployed bytecode, the dead lock would have shown up in 2021
B group-blame | The Vyper maintainers shipped a compiler that silently dropped the one security feature people picked it for.
B sarcasm | "audited by three firms" lol. none of them looked at the bytecode, but the PDFs are gorgeous
B role-blame | de releasemanager van de compiler had die storage-refactor nooit zonder extra review mogen samenvoegen
B nobody-blame | not one of the pool teams bothered to check which compiler version their contracts were built with
B competence | people who actually understand the EVM would never trust a decorator they hadn't seen working in bytecode
O system-failure | The compiler assigned the reentrancy lock to storage slots that the guarded functions did not check, so the lock never held.
O system-should | The build pipeline should have run a reentrancy test against the compiled bytecode of every pool before deployment.
O actor-neutral | Aurikka flagged the first drained pool in the war room at 13:25 UTC and listed the other pools built with the same compiler versions.
O neutral-fact | Vyper versions 0.2.15, 0.2.16 and 0.3.0 were affected, and the alETH, msETH, pETH and CRV/ETH pools lost about 70 million dollars.
O agentless-passive | Een deel van de buit werd door white-hat bots onderschept en later aan de pools teruggegeven.
O policy-subject | The audit scope Kestavrel signed covered the Vyper source only and said nothing about the compiler or the deployed bytecode.
O credit | thanks to Pietroen for publishing the list of vulnerable pools within the hour, it let other teams pull liquidity in time
O error-term | Most of the errors in the first hour were failed front-running attempts by bots, not attacks on new pools.
""",
actions="""
Y Y N PREVENTS | Pool engineering | 2023-09-30 | Run a reentrancy attack test against the deployed bytecode of every pool in CI and block deployment if any guarded function can be re-entered.
N N N PARTIAL | we | | Be more careful about our tooling.
Y Y Y DETECTS | Aurikka Ninomura | 2023-08-31 | Alert the war-room channel within one block when any pool's balance drops more than 10% in a single transaction.
N Y Y PREVENTS | Kestavrel | | De compilerversies opschonen.
Y Y N PREVENTS | | 2023-10-31 | Record the compiler version and bytecode hash of every pool in the registry and refuse new pools built with Vyper 0.2.15, 0.2.16 or 0.3.0.
N N N DETECTS | | | Stay aware of compiler risks.
Y Y Y PARTIAL | Ebbeline Rosmaalder | 2023-08-15 | Publish an affected-pools list with compiler versions within one hour of any compiler advisory, on the docs site and in the governance forum.
N Y N PARTIAL | Vyper maintainers | | Improve testing of the compiler.
N Y Y PREVENTS | Pietroen van Velzenkamp | 2023-12-31 | Betere afspraken maken met de auditors.
Y N N PARTIAL | Security partners | 2024-03-31 | Add compiler-output review to the scope of every future pool audit and list the compiler version in each report.
N Y N DETECTS | Monitoring | | Keep better watch over the pools.
""",
ww="""
C | Pool teams pulled liquidity from the other vulnerable pools within hours because the affected list named each one.
C | White-hat bots front-ran part of the drain and returned what they caught.
V | Mooi om te zien hoe de community samenkwam.
"""))

# 7. Beanstalk Farms, 17 April 2022 (12:24 UTC): a flash loan of about 1 billion dollars bought a two-thirds vote,
# passed BIP-18 through the emergency commit path in one transaction and drained about 182 million dollars; 250,000
# USDC went to a Ukraine donation address; the audit predated the feature that was exploited. Names invented.
S.append(dict(url="https://chainbulletin.com/beanstalk-farms-loses-182m-following-exploit",
people=["Halvarde Brunstedtqvist", "Corvandeth Metcalfeworth", "Nobuharu Yellinghoff", "Tamsyne Ravensgaardt"],
blame="""
B failure-verb | Halvarde added emergencyCommit in March and skipped the re-audit because the change was "small"
B passive-agent | Beslutet att låta röstkraft gälla samma block som insättningen togs av Corvandeth ensam i en sen kodgranskning.
B counterfactual | if Nobuharu had kept the 24-hour delay between vote and execution, flash-loaned Stalk would have been useless
B group-blame | Utvecklarna brydde sig mer om snabba förslag än om vem som faktiskt kunde rösta.
B sarcasm | love that our governance is so efficient it can lose 182 million dollars in a single block
B rhetorical-question | hvem syntes det var lurt å la lånte tokens gi stemmerett i samme transaksjon, Tamsyne?
B repeat-offender | This is the second time Corvandeth has merged a governance change without waiting for the audit firm.
B character | Nobuharu never listens when anyone raises a risk in the dev call, he just says "we'll fix it later"
O system-failure | The emergency commit path executed a proposal in the same transaction that acquired the votes, so borrowed voting power was enough.
O system-should | The governance contract should have counted only deposits made before the proposal was submitted when tallying votes.
O actor-neutral | Tamsyne paused the protocol after the exploit transaction at 12:24 UTC and posted in the Discord at 12:51.
O neutral-fact | The attacker borrowed about 1 billion dollars through flash loans and drained about 182 million dollars from the protocol.
O agentless-passive | 250 000 USDC skickades till Ukrainas donationsadress som en del av samma förslag.
O policy-subject | The audit that Halvarde referred to had been completed before emergencyCommit existed, so it never covered that path.
O credit | takk til Corvandeth for at hun fikk pauset kontraktene før noen kunne sende flere forslag
O self-report | I was the reviewer on the emergencyCommit PR and I didn't ask how Stalk could be acquired in the same block; writing that down so the timeline is complete.
""",
actions="""
Y Y N PREVENTS | Governance developers | 2022-06-30 | Count only Stalk held at the block before a proposal was submitted, and add a test that a flash-loaned deposit gets zero votes.
N N N PARTIAL | we | | Rebuild governance properly.
Y Y Y PREVENTS | Nobuharu Yellinghoff | 2022-05-31 | Remove emergencyCommit and require a seven-day wait between a proposal passing and its execution.
N Y Y DETECTS | Halvarde | | Hålla bättre koll på nya förslag.
N N N DETECTS | | | Watch governance closely.
Y Y N DETECTS | | 2022-05-15 | Alert the developers' channel when a proposal's vote total rises by more than 20 points within one block.
N Y N PARTIAL | Community team | | Snakke mer med brukerne om risiko.
Y Y Y PARTIAL | Tamsyne Ravensgaardt | 2022-05-15 | Give two named signers a pause key that stops deposits and proposals within one transaction, and test it every month on a fork.
N Y Y PREVENTS | Corvandeth Metcalfeworth | 2022-07-31 | Look into a fresh audit.
Y N N PREVENTS | Security partners | 2022-08-31 | Re-audit every governance path, including any added after the last audit, before relaunch, and publish the report.
Y Y N PARTIAL | | | Require every contract change to reference the audit that covers it before it can be merged.
""",
ww="""
C | Pausing the contracts stopped any further proposals from being executed after the drain.
V | Tack till alla som stöttade oss.
V | Lots of love and energy in the community channels.
"""))

# 8. Viking Sky, 23 March 2019, Hustadvika (Norway): in a storm all three running diesel generators shut down within
# 19 minutes after lube-oil suction was lost; sump tanks were kept at 28-40% against the maker's 68-75%; mayday,
# anchors, 479 people airlifted; the ship came within about a ship's length of grounding. Names and times invented.
S.append(dict(url="https://www.cruiseindustrynews.com/cruise-news/21917-viking-sky-report-low-lube-oil-level-caused-incident.html",
people=["Arnsteinar Vollmerhagen", "Signevild Krokstrand", "Ptolemar Quaybridge", "Ingunnhild Moldestrup"],
blame="""
B failure-verb | Chief engineer Ptolemar kept the sump tanks at a third full to save oil and never topped them up before Hustadvika
B passive-agent | Seilasen over Hustadvika i full storm ble godkjent av kapteinen uten at maskinrommet ble spurt om noe.
B counterfactual | hadde Signevild fylt smøreoljen til produsentens nivå før avgang fra Tromsø, hadde maskinene aldri stoppet
B group-blame | The engine crew on that ship treated the low-level alarms as background noise.
B sarcasm | nothing like a helicopter ride over the Norwegian Sea to make a cruise memorable. five stars, would drift again
B role-blame | rederiets tekniske inspektør skrev under på oljerutinen uten å lese den, det er hans ansvar
B competence | any competent engineer officer knows oil sloshes in heavy seas; you fill the sump before a crossing like that
B human-error | Rotårsak i første utkast: menneskelig svikt i maskinrommet.
O system-failure | In the heavy rolling, the lube-oil pumps lost suction and each generator shut itself down on low oil pressure within 19 minutes.
O system-should | The level alarms should have been set high enough to warn before the pumps could lose suction in a seaway.
O actor-neutral | Arnsteinar sendte mayday kl. 14:00 og fikk ankrene ut da skipet var rundt 100 meter fra grunnene.
O neutral-fact | The sump tanks held 28 to 40 percent of their capacity, against 68 to 75 percent recommended by the engine maker.
O agentless-passive | 479 passengers were lifted off by helicopter before propulsion was restored the next day.
O policy-subject | The oil management procedure Ptolemar followed set a minimum level but said nothing about heavy weather.
O credit | stor takk til Ingunnhild som fikk den første generatoren i gang igjen, det var det som holdt oss unna land
O system-counterfactual | With the tanks at the maker's level, the pumps would have kept suction through the same rolling.
""",
actions="""
Y Y N PREVENTS | Fleet technical department | 2019-06-30 | Keep every main-engine sump tank at 68-75% and record the level in the engine log at each watch change, checked weekly by the superintendent.
N N N PARTIAL | we | | Be better prepared for bad weather.
Y Y Y PREVENTS | Signevild Krokstrand | 2019-05-31 | Top up lube oil to the maker's upper level before any passage where the forecast gives waves over 6 metres, and log it.
N Y Y DETECTS | Ptolemar | | Se på alarmene i maskinrommet.
N N N DETECTS | | | Pay more attention to engine warnings.
Y Y N DETECTS | | 2019-07-31 | Raise the sump low-level alarm to 60% on all sister ships so it sounds before the pumps can lose suction.
N Y N PARTIAL | Marine operations | | Forbedre rutinene for passasjeplanlegging.
Y Y Y PARTIAL | Arnsteinar Vollmerhagen | 2019-06-15 | Add a go / no-go check for Hustadvika and other exposed stretches with wave and wind limits, signed by master and chief engineer.
N Y Y PREVENTS | Ingunnhild Moldestrup | 2019-09-30 | Work on blackout recovery.
Y N N PARTIAL | Safety management | 2019-12-31 | Run a blackout recovery drill on every ship each quarter, timed from blackout to propulsion, with a target under 20 minutes.
N N N PARTIAL | everyone | | Safety has to come first on every sailing.
""",
ww="""
C | The anchors held long enough for the crew to restart one generator.
V | Mannskapet var fantastiske hele natten.
V | Passengers and crew kept their spirits up.
"""))

# 9. Tretten bridge, Oyer (Norway), 15 August 2022 about 07:30: a ten-year-old glulam and steel truss bridge on county
# road 254 collapsed with a car and a lorry on it; both drivers rescued; inspected in 2021; a 2016 review after the
# Perkolo collapse had recommended replacing some dowels; 14 similar bridges closed. Names and details invented.
S.append(dict(url="https://theconstructionindex.co.uk/news/view/norway-closes-wooden-bridges-following-collapse",
people=["Gudvarde Lysthaugen", "Oddlaug Tveitenbraa", "Cressida Wharnecliffe", "Bjarnolf Skjeggestuen"],
blame="""
B failure-verb | Oddlaug fikk anbefalingen om å bytte dybler i 2016 og lot den bare ligge i en skuff
B passive-agent | The 2021 inspection was signed off by the county's bridge engineer after a walk along the deck, with no look at the joints.
B counterfactual | if Gudvarde had closed the bridge after the 2016 review like the consultant hinted, nobody would have gone into the river
B group-blame | Fylkeskommunens veiavdeling har aldri prioritert vedlikehold av trebruer.
B sarcasm | "built to last a hundred years". made it to ten. close enough
B nobody-blame | nobody at the county ever asked whether the 2016 dowel recommendation was actually done
B sanction | whoever signed that inspection report should lose the right to sign off bridges
B hindsight | it was obvious after Perkolo in 2016 that these timber trusses were a time bomb
O system-failure | A joint in the glulam truss gave way and the main span folded into the river within seconds.
O system-should | The inspection system should have flagged the open dowel recommendation from 2016 as overdue at every later inspection.
O actor-neutral | Bjarnolf ringte politiet kl. 07:32 og stoppet trafikken på E6-siden før flere biler kjørte ut på brua.
O neutral-fact | The bridge opened in 2012, was about 148 metres long and carried around 1,600 vehicles a day.
O agentless-passive | Fjorten lignende trebruer ble stengt dagen etter mens årsaken ble undersøkt.
O policy-subject | The inspection manual Oddlaug used treated dowel replacement as routine maintenance with no deadline.
O credit | thanks to Cressida for pulling every timber truss drawing overnight so the closure list was ready by morning
O meta-blameless | kommentar til utkastet: "inspektøren slurvet" er ikke et funn; skriv at inspeksjonsmetoden ikke så inn i knutepunktene
""",
actions="""
Y Y N PREVENTS | County bridge department | 2022-12-31 | Inspect every glulam truss joint on the 14 closed bridges with drilling and ultrasound, and reopen only those with a signed load rating.
N N N PARTIAL | we | | Take better care of our timber bridges.
Y Y Y DETECTS | Oddlaug Tveitenbraa | 2022-10-31 | List every open inspection recommendation older than 12 months in the monthly bridge report, with the bridge and the original date.
N Y Y PREVENTS | Gudvarde | | Følge opp dyblene.
N N N DETECTS | | | Keep a closer eye on older structures.
Y Y N PREVENTS | | 2023-03-31 | Make joint inspection with removed cover plates mandatory in the manual for every timber truss bridge, every five years.
N Y N PARTIAL | Norwegian Public Roads Administration | | Styrke kompetansen på trebruer.
Y Y Y PARTIAL | Cressida Wharnecliffe | 2022-09-30 | Put every timber truss bridge with its drawings and last inspection date in one register that the duty officer can open.
N Y Y PARTIAL | Bjarnolf Skjeggestuen | | Improve coordination with the police on closures.
Y N N PREVENTS | Structural consultants | 2023-06-30 | Check the design of all glulam truss connections in the county against current standards and report each one as pass or fail.
Y Y N DETECTS | Road traffic centre | | Fit strain gauges on the main joints of the three busiest timber bridges and alarm the traffic centre above the design load.
""",
ww="""
C | Both drivers were out within the hour because a helicopter was already in the valley.
C | The closure list for similar bridges was ready the next morning from the 2016 review register.
V | God innsats fra alle etater.
"""))

# 10. Stresa-Alpino-Mottarone cable car, 23 May 2021, 12:22: the haul rope broke near the summit; the cabin ran back,
# hit a pylon and fell; 14 died, one child survived; the emergency brake had been disabled with a fork-shaped clamp
# because it kept engaging after a fault; three managers arrested. Names of staff invented.
S.append(dict(url="https://www.thelocal.it/20210526/deactivated-brake-three-people-arrested-over-cable-car-disaster-in-italy",
people=["Ludovaldo Ferracchiotti", "Annunziella Brovedani", "Cyprianne Holbeckwood", "Graziano Spallettonio"],
blame="""
B failure-verb | Graziano lasciò i forchettoni montati per settimane e non ha mai segnalato il guasto ai freni al costruttore
B passive-agent | The decision to run the season with the brake clamped was taken by the operating company's director to avoid closing the line.
B counterfactual | se Ludovaldo avesse fermato l'impianto alla prima anomalia dei freni, quelle quattordici persone sarebbero vive
B group-blame | La gestione della funivia pensava solo agli incassi della riapertura dopo il lockdown.
B sarcasm | a brake that kept braking. what a nuisance, better clamp it
B role-blame | the maintenance contractor saw the clamps during the spring check and didn't say a word, that's on them
B competence | uno che fa funzionare una funivia con il freno bloccato non dovrebbe mai aver avuto quel lavoro
B self-blame | I saw the red clamps in April and told myself it was only for testing. I should have stopped the line
O system-failure | The haul rope broke a few metres from the summit station, and the cabin ran back down the track rope.
O system-should | The emergency brake should have gripped the track rope as soon as the haul rope lost tension.
O actor-neutral | Annunziella chiamò il 118 alle 12:24 e bloccò l'altra cabina alla stazione intermedia.
O neutral-fact | Fourteen of the fifteen people in the cabin died; a five-year-old boy survived.
O agentless-passive | I forchettoni sono stati trovati inseriti sul sistema frenante della cabina caduta.
O policy-subject | The operating rules Graziano worked under allowed the clamps only for maintenance runs with no passengers, but nothing checked that.
O credit | grazie a Cyprianne che ha messo insieme i registri di manutenzione degli ultimi cinque anni in due giorni per gli investigatori
O org-subject | The operating company had reopened the line in late April after the lockdown closures.
""",
actions="""
Y Y N PREVENTS | Operating company | 2021-07-31 | Fit an interlock that stops the drive if a brake clamp is fitted while the cabin carries passengers, and test it at every daily opening.
N N N PARTIAL | we | | Mettere la sicurezza prima di tutto.
Y Y Y DETECTS | Annunziella Brovedani | 2021-06-30 | Record every brake engagement without a known cause in the daily log and report the count to the technical director each week.
N Y Y PREVENTS | Graziano | | Sistemare i freni.
N N N DETECTS | | | Be more vigilant with maintenance.
Y Y N PREVENTS | | 2021-09-30 | Close the line within 24 hours of any unexplained brake fault until the manufacturer has inspected it and signed the report.
N Y N PARTIAL | Maintenance contractor | | Migliorare i controlli.
Y Y Y PARTIAL | Ludovaldo Ferracchiotti | 2021-08-31 | Photograph both cabins' brake assemblies at every daily opening and file the photos in the operating log.
N Y Y DETECTS | Cyprianne Holbeckwood | | Review the inspection records.
Y N N PREVENTS | Regional transport authority | 2022-03-31 | Run unannounced brake checks on every cable car in the region twice a season and publish the results.
N N N PARTIAL | everyone | | Non dimenticare mai le vittime.
""",
ww="""
C | The second cabin was held at the middle station, so nobody else was on the line when it stopped.
V | Grande umanità da parte di tutti i soccorritori.
V | Stresa and the whole lake shore showed such warmth.
"""))

# 11. Hintze Ribeiro bridge, Entre-os-Rios (Portugal), 4 March 2001 about 21:10: after floods a pillar undermined by
# scour and decades of sand extraction gave way; a bus and three cars fell into the Douro; 59 died; the transport
# minister resigned; warnings from divers and technicians had been reported earlier. Names of staff invented.
S.append(dict(url="https://en.wikipedia.org/wiki/Hintze_Ribeiro_Bridge_collapse",
people=["Evarildo Quintelhada", "Filomarta Barrosinhal", "Wendvarro Ashcombe-Rey", "Adelindo Calvanheiro"],
blame="""
B failure-verb | O Evarildo recebeu o relatório dos mergulhadores sobre o pilar quatro e arquivou-o sem pedir obras
B passive-agent | The sand licences near the bridge were renewed by the district engineer year after year without a single scour survey.
B counterfactual | se a Filomarta tivesse fechado a ponte nas cheias de janeiro, o autocarro nunca lá teria passado
B group-blame | Os serviços do Estado sempre fecharam os olhos às areeiras porque davam jeito a toda a gente.
B sarcasm | a hundred-and-fourteen-year-old bridge, five floods in four months, and a bus. what could possibly go wrong
B rhetorical-question | quem é que achou que um levantamento de 1989 chegava para uma ponte com o rio a cavar-lhe os pilares, Adelindo?
B mistake-attribution | Mistakes were made by the roads institute in how the bridge's foundations were monitored.
B hindsight | toda a gente sabia que aquela ponte ia cair mais cedo ou mais tarde
O system-failure | Scour had lowered the riverbed around the fourth pillar until the floodwater undermined it and the deck fell.
O system-should | The inspection regime should have required an underwater survey of every pillar after each major flood.
O actor-neutral | Wendvarro raised the alarm with the fire brigade at 21:20 after seeing car lights stop on the Castelo de Paiva side.
O neutral-fact | Fifty-nine people died, including the passengers of a bus and three cars; 36 bodies were never recovered.
O agentless-passive | Nos dias seguintes foram encerradas dezenas de pontes em todo o país para inspeção.
O policy-subject | The licensing rules Evarildo applied set extraction volumes per area but no minimum distance from bridge foundations.
O credit | obrigado ao Adelindo por ter cortado o trânsito na margem de Penafiel nos primeiros minutos, ninguém mais entrou na ponte
O quoted-question | The diver's 1986 note ended "has anyone measured the riverbed at pillar 4 since?" and the file shows no reply.
""",
actions="""
Y Y N PREVENTS | Roads institute | 2001-09-30 | Survey the riverbed at every pillar of all Douro bridges by sonar after each flood above the alert level, and close any bridge with scour beyond its limit.
N N N PARTIAL | we | | Olhar melhor pelas nossas pontes.
Y Y Y PREVENTS | Filomarta Barrosinhal | 2001-06-30 | Prohibit sand extraction within 500 metres of any bridge on the Douro and check it with monthly patrols.
N Y Y DETECTS | Evarildo | | Rever os relatórios antigos.
N N N DETECTS | | | Be more attentive to warnings.
Y Y N DETECTS | | 2001-12-31 | Fit water-level and riverbed sensors at the four oldest Douro bridges and alert the district duty engineer above set thresholds.
N Y N PARTIAL | Civil protection | | Melhorar a resposta a emergências.
Y Y Y PARTIAL | Adelindo Calvanheiro | 2001-05-31 | Write the closure procedure for Douro bridges with the flood level that triggers it and the name of who closes each bank.
N Y Y PREVENTS | Wendvarro Ashcombe-Rey | | Look into the sand licences.
Y N N PREVENTS | Ministry of public works | 2002-06-30 | Inventory every bridge over 50 years old with its last underwater inspection and fund any missing inspection within a year.
N N N PARTIAL | everyone | | Honrar a memória das vítimas.
""",
ww="""
C | The first closure on the Penafiel bank kept more cars from driving onto the broken deck.
V | Enorme solidariedade de todo o país.
V | Everyone gave their absolute best.
"""))

# 12. Alphen aan den Rijn (Netherlands), 3 August 2015: two cranes on pontoons lifting a section of the new Koningin
# Julianabrug toppled onto houses and shops on the Oude Rijn; no one was hurt (a dog died); about 50 properties damaged
# or destroyed; the steel contractor said afterwards that it lacked the expertise for the stability and ballast
# calculations and should have had the lift plan checked by a specialist. Names of staff invented.
S.append(dict(url="https://dutchnews.nl/2015/08/alphen-crane-crash-contractor-admits-mistakes",
people=["Maarvelt Oosterbroekman", "Hendrieke Spanjaardse", "Thorvessel Kettlewhite", "Geeske Wolterinkhof"],
blame="""
B failure-verb | Maarvelt heeft het hijsplan nooit laten doorrekenen en zei op de ochtend zelf nog dat het "ruim binnen de marges" zat
B passive-agent | The ballast on the pontoons was set by the crane company's foreman by eye, without any calculation.
B counterfactual | als Hendrieke het plan naar een hijsspecialist had gestuurd, had iemand gezien dat de pontons gingen kantelen
B group-blame | Those steel builders had no business planning a floating lift; they just winged it.
B sarcasm | two cranes, one pontoon, a crowd of spectators and no calculation. what a show
B role-blame | de uitvoerder van de aannemer liet het publiek gewoon op de kade staan, dat is hem aan te rekenen
B competence | een kind weet dat een drijvend ponton gaat hellen als je gewicht van de ene naar de andere kant verplaatst
B self-blame | I signed the method statement without asking who had checked the stability. I should have refused
O system-failure | As the load swung over the pontoon, the pontoon heeled, the first crane toppled and pulled the second one over.
O system-should | The lift plan should have included a stability and ballast calculation for every stage of the lift, checked by a specialist.
O actor-neutral | Geeske belde 112 om 16:47 en begon met de buurtagent de huizen langs de Prins Hendrikstraat te ontruimen.
O neutral-fact | About 50 houses and shops were damaged or destroyed, and no person was hurt.
O agentless-passive | De hele straat werd dezelfde avond afgezet en de bewoners werden in een sporthal opgevangen.
O policy-subject | The tender Maarvelt worked to asked for a lift method but not for who had to verify it.
O credit | thanks to Thorvessel for getting the structural engineers onto the street that evening, it let the rescue teams go in safely
O self-report | Ik stond op de ponton toen hij begon te hellen en ik heb niet om stoppen geroepen; ik wist niet dat dat kon.
""",
actions="""
Y Y N PREVENTS | Steel contractor | 2015-10-31 | Have every lift from a floating pontoon checked by an independent lifting specialist, with the signed stability calculation on site before work starts.
N N N PARTIAL | we | | Work more safely on big lifts.
Y Y Y PREVENTS | Hendrieke Spanjaardse | 2015-09-30 | Add a stop-work point to the method statement: halt the lift if the pontoon heels more than 2 degrees, measured by an inclinometer read out on deck.
N Y Y DETECTS | Maarvelt | | Beter opletten tijdens het hijsen.
Y Y N PREVENTS | | 2015-11-30 | Keep the public outside a cordon of twice the crane height during any lift over buildings, marked with fencing and a steward.
N N N DETECTS | | | Watch risky operations more closely.
Y Y Y PARTIAL | Geeske Wolterinkhof | 2015-09-15 | Send every affected household a written contact person and a damage-claim form within 48 hours of an evacuation.
N Y N PARTIAL | Crane company | | De samenwerking met de aannemer verbeteren.
Y N N PREVENTS | Municipality of Alphen aan den Rijn | 2016-03-31 | Require an approved lift plan with a specialist's stability check in every permit for heavy lifts over homes.
N Y Y PREVENTS | Thorvessel Kettlewhite | 2016-01-31 | Look again at how lifts are planned.
Y Y N DETECTS | Lifting specialists | | Fit live tilt sensors to each pontoon and sound an alarm in both crane cabs above 1.5 degrees.
""",
ww="""
C | The street was cleared of residents within an hour, so the search dogs could work with nobody else in the houses.
C | Structural engineers checked the remaining houses the same evening before rescuers went in.
V | Iedereen heeft keihard gewerkt.
"""))

# 13. Sasago tunnel, Chuo Expressway (Yamanashi, Japan), 2 December 2012 about 08:00: about 110-130 metres of concrete
# ceiling panels fell onto traffic; nine people died; the operator (Central Nippon Expressway) had inspected in
# September by eye only, with no hammer-sounding tests on that section; anchor bolts were glued in and never replaced
# since 1977; later tests found most bolts weaker than designed. Names of staff invented.
S.append(dict(url="https://www.japantimes.co.jp/news/2012/12/04/national/fatal-tunnel-collapse-blamed-on-aging-bolts/",
people=["Shigemori Tachibanase", "Yukarino Oshidamaru", "Fenmorgan Harrowgrave", "Masaharu Kumegawara"],
blame="""
B failure-verb | Shigemori-san wa kugatsu no tenken de tenjou no boruto ni hanmaa o ateru no o shouryaku shita.
B passive-agent | 天井板の打音検査を省く計画は保全課長によって承認され、誰も異議を唱えなかった。
B counterfactual | if Yukarino had pushed for the bolt replacement the 2000 study suggested, the panels would still be up
B group-blame | 保全部門は三十五年間、天井を見上げることすらしなかった。
B sarcasm | "no irregularities found" in September. by binoculars, apparently
B nobody-blame | nobody in maintenance ever asked how a glued bolt ages over thirty-five years
B human-error | Honkon gen'in: tenkensha no minogashi (jinteki misu).
B character | Masaharu has always been the type to sign whatever lands on his desk
O system-failure | The glued anchor bolts holding the central partition failed, and the ceiling panels hung from it fell onto the road.
O system-should | The inspection system should have required hammer-sounding of every anchor bolt at set intervals, not visual checks alone.
O actor-neutral | Fenmorgan closed both tunnel bores at 08:07 from the traffic control centre after the first fire alarm inside.
O neutral-fact | Nine people died when about 110 metres of ceiling panels fell on three vehicles in the tunnel.
O agentless-passive | 同じ構造のトンネル49本で緊急点検が行われた。
O policy-subject | The inspection plan Shigemori followed listed the ceiling as visual-only because the section was hard to reach.
O credit | Kumegawara-san ga kasai hoochi no ato sugu ni hinan housou o nagashita no de, kouzoku no kuruma wa tomatta.
O system-counterfactual | With the bolts replaced on a schedule, the adhesive's ageing would not have been the only thing holding the ceiling.
""",
actions="""
Y Y N PREVENTS | Expressway maintenance | 2013-03-31 | Hammer-test every ceiling anchor bolt in all 49 tunnels of the same design and replace any that fails a pull test at three times its design load.
N N N PARTIAL | we | | Anzen ishiki o takameru.
Y Y Y DETECTS | Yukarino Oshidamaru | 2013-02-28 | Record each bolt's hammer-test result against its position in the inspection database, and flag any bolt failing twice.
N Y Y PREVENTS | Shigemori | | 点検方法を見直す。
N N N DETECTS | | | Be more thorough on inspections.
Y Y N PREVENTS | | 2013-12-31 | Remove the suspended ceiling panels from every transverse-ventilation tunnel on the network and switch to jet fans.
N Y N PARTIAL | Traffic control | | Improve emergency response in tunnels.
Y Y Y PARTIAL | Fenmorgan Harrowgrave | 2013-01-31 | Write the tunnel-closure order for both bores with the alarm that triggers it and the target time of three minutes, and drill it twice a year.
N Y Y DETECTS | Masaharu Kumegawara | 2013-06-30 | Keep better records of repairs.
Y N N PREVENTS | Ministry of Land, Infrastructure, Transport and Tourism | 2014-03-31 | Require close-range inspection with hammer-sounding of every road tunnel at least every five years.
Y Y N DETECTS | Maintenance engineering | | Install load cells on ten sample anchor bolts per tunnel and alert the duty engineer when a reading falls 20% below its baseline.
""",
ww="""
C | Closing both bores within minutes stopped more cars from driving into the smoke.
C | The emergency inspection list of 49 similar tunnels was ready the next day because the ministry already kept tunnels by ventilation type.
V | Minna ga isshoukenmei ni taiou shita.
"""))

# 14. Chemie-Pack, Moerdijk (Netherlands), 5 January 2011: around 14:26 a fire started when a frozen pump was thawed
# with a gas burner, against the permit, igniting solvent residue; plastic IBCs stored outside against the permit
# spread it; a huge smoke cloud over Dordrecht; about 71 million euros in costs; the Dutch Safety Board found the
# company's risk control inadequate and the municipality slow and lenient in permits and supervision. Names invented.
S.append(dict(url="https://www.nrc.nl/nieuws/2012/01/16/iedereen-deed-het-fout-bij-aanpak-brand-chemie-pack-12152750-a142692",
people=["Rijkelt Vanderspuijt", "Jozefien Ockhuysenberg", "Dunsmorrow Marrowfield", "Wubbina Terhaarsveld"],
blame="""
B failure-verb | Rijkelt ontdooide de pomp met een gasbrander terwijl hij wist dat dat in de vergunning verboden was
B passive-agent | The open-flame thawing was demonstrated to new staff by the shift leaders themselves, so everyone thought it was allowed.
B counterfactual | als Jozefien de IBC's van het buitenterrein had laten halen na de vorige inspectie, was het nooit zo'n plasbrand geworden
B group-blame | De gemeente Moerdijk was traag en veel te soepel met Chemie-Pack, jarenlang.
B sarcasm | inspections announced in advance, so the yard was tidy exactly on inspection days. genius
B rhetorical-question | wie vond het een goed idee om honderden plastic containers met brandbare stof buiten te laten staan, Wubbina?
B repeat-offender | Dunsmorrow's site already had two permit violations on file and he still let the yard fill up with containers
B competence | a halfway decent site manager would know a plastic IBC melts within a minute in a fire
O system-failure | The solvent residue in the drip tray under the pump caught fire, and the flames spread across the yard through the stacked plastic containers.
O system-should | The permit system should have escalated to unannounced inspections after the first violation was found.
O actor-neutral | Wubbina meldde de brand om 14:26 bij de meldkamer en stuurde het personeel naar het verzamelpunt.
O neutral-fact | The smoke cloud drifted over Dordrecht, and total costs were later estimated at about 71 million euros.
O agentless-passive | Crisis.nl werd voor het eerst ingezet om bewoners te informeren over de rookwolk.
O policy-subject | The site procedure Rijkelt worked from had no approved method for thawing a frozen pump in winter.
O credit | thanks to Jozefien for getting the chemical inventory list to the fire service within twenty minutes, it told them what was burning
O error-term | The errors in the first public messages came from the air measurements, which were taken before the plume had settled.
""",
actions="""
Y Y N PREVENTS | Site management | 2011-03-31 | Provide an approved electric heat-tracing method for frozen pumps and remove all gas burners from the process area, checked at each weekly walk-round.
N N N PARTIAL | we | | Stick to the permit from now on.
Y Y Y PREVENTS | Jozefien Ockhuysenberg | 2011-02-28 | Keep no more than the permitted number of IBCs outside, counted and logged every evening, with the excess moved to the bunded store.
N Y Y DETECTS | Rijkelt | | Voorzichtiger zijn met open vuur.
Y Y N DETECTS | | 2011-04-30 | Fit heat detectors above the pump area with direct transmission to the regional control room.
N N N DETECTS | | | Pay more attention to fire risks.
Y Y Y PARTIAL | Wubbina Terhaarsveld | 2011-02-15 | Send the full chemical inventory to the fire service's control room automatically within five minutes of any fire alarm.
N Y N PARTIAL | Municipality of Moerdijk | | Het toezicht verbeteren.
Y N N PREVENTS | Environmental inspection service | 2011-12-31 | Switch to unannounced inspections for every hazardous-substance site in the region with at least one open violation.
N Y Y PARTIAL | Dunsmorrow Marrowfield | 2011-06-30 | Betere afspraken maken over de crisiscommunicatie.
N N N PARTIAL | everyone | | Leren van deze ramp.
""",
ww="""
C | The chemical inventory reached the fire service within twenty minutes, so they knew which substances were burning.
C | Staff were all at the assembly point within minutes and nobody on site was hurt.
V | Onze medewerkers hebben zich voorbeeldig gedragen.
"""))

SOFTWARE = [S[i]["url"] for i in range(7)]

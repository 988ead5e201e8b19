"""Held-out 36 incidents: compact specs. Four software / cloud incidents (Stytch's API latency of 12 August 2024 seen
from a Sao Paulo telehealth app with a Portuguese Slack; Convex's traffic-layer downtime of 20 September 2025 seen from
a Berlin language-learning app; ElevenLabs' TTS latency of 24 July 2025 seen from a Chicago voice-receptionist startup;
Commerce Layer's stalled database upgrade of 9 April 2024 seen from a Melbourne fashion shop two days after daylight
saving ended) and six outside software companies (a Madrid restaurant group in the Redsys card-payment outage of
18 November 2023, a Spanish WhatsApp thread; a Mumbai lab's sample runners in the Tata Power / Kalwa-Padghe grid
failure of 12 October 2020; a Darwin animal hospital in the Channel Island generator trip of 18 November 2020; a
Health Link 811 nurse team in Alberta Health Services' network outage of 23 January 2023; a Schiphol ground handler's
check-in desks on 29 April 2018, a Dutch WhatsApp thread; an Auckland courier in Spark's network outage of 29 January
2017). Timeline facts from public statements (SOURCES-heldout36.md); people, companies, ticket keys, chat wording,
wrong first guesses and the minutes marked invented there are made up."""
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"

I = []

# 1. Stytch, 12 August 2024 - trigram creation slowed the Consumer API, seen from a Sao Paulo telehealth app ----------
I.append({
    "id": "stytch-2024-08-trigram-latency-saopaulo-telehealth", "name": "Stytch API latency and 503/499 errors 12 August 2024 (an expensive trigram creation backed up user create/update at 20:10 UTC, database load rose and requests began timing out at 20:15, the 5XX SLO alert paged Stytch's on-call at 20:25, incident declared 20:48, a first mitigation at 21:23 failed, cause identified 21:26, a second mitigation removing the database trigger merged 21:59, traffic normal at 22:08 UTC), seen from a Sao Paulo telehealth scheduling app whose patients log in through Stytch",
    "issueId": "98300", "key": "TELE-0812", "summary": "Login de pacientes falhando - timeouts/503 no authenticate, teleconsultas em risco",
    "reporter": "Beatriz Lemos", "assignee": "Rafael Quintela", "labels": ["login", "stytch", "pacientes"],
    "components": ["api-pacientes", "app-web"], "created": "2024-08-12T20:30", "now": "2024-08-30T12:00:00Z",
    "defaultZone": "America/Sao_Paulo",
    "description": """Login dos pacientes falhando: o código por e-mail/SMS demora, a tela fica girando e volta 'Erro ao entrar' (503 e 499 nas chamadas da Stytch). Teleconsultas das 17h30 e 18h em risco.

Desde ~17h, acho. Suspeita: o release v4.12 da tela de login que subiu hoje à tarde; Rafael vai reverter. Horário de Brasília.""",
    "comments": [
        ("229000", "Rafael Quintela", "2024-08-12T21:05", """Rollback do v4.12 concluído às 17:34, sem efeito: o erro vem das chamadas à API da Stytch (timeouts, 503/499). A status page da Stytch confirma um incidente de latência. Thread do Slack em slack-tele0812.txt (horário de Brasília)."""),
        ("229001", "Beatriz Lemos", "2024-08-12T22:20", """Logins normais de novo. 37 teleconsultas remarcadas; o suporte ligou para todos os pacientes das 17h30 e 18h."""),
        ("229002", "Rafael Quintela", "2024-08-14T13:00", """A Stytch publicou o postmortem. Colei as linhas da linha do tempo em stytch-pm-0812.txt (em UTC, como eles escrevem)."""),
        ("229003", "Beatriz Lemos", "2024-08-16T17:00", """Revisão (sexta, 16/08), horário de Brasília salvo indicação.
Impacto para nós: de 17:15 às 19:08 os pacientes não conseguiam entrar (timeouts e 503 da Stytch). No postmortem deles, 20:15 UTC é quando as requisições começaram a dar timeout; 20:10 UTC foi só o início da lentidão no banco, ainda sem efeito para nós.
Quem viu primeiro: o monitor do Datadog às 17:21. O '~17h' da descrição foi chute.
O release v4.12 não tinha nada a ver; o rollback custou quinze minutos.
Causa (Stytch): criação de trigramas cara no fluxo de criação/atualização de usuários, contenção de locks no banco; resolvido quando removeram o trigger do banco.
Ações: login por senha como alternativa para pacientes já cadastrados, aviso automático por WhatsApp quando o login falhar por mais de 10 minutos, pedir à Stytch aviso proativo por e-mail."""),
    ],
    "changelog": [
        ("Rafael Quintela", "2024-08-12T20:31", [("status", "Open", "In Progress")]),
        ("Beatriz Lemos", "2024-08-12T22:21", [("status", "In Progress", "Monitoring")]),
        ("Beatriz Lemos", "2024-08-16T17:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-tele0812.txt", "zone": "America/Sao_Paulo", "referenceDate": "2024-08-12", "text": """
#inc-login (segunda, 12/08)
[17:21] Datadog: [Triggered] login p95 > 5s on api-pacientes (stytch.authenticate)
[17:23] Rafael Quintela: vejo 499/503 vindo da Stytch, mas o v4.12 subiu hoje, vou reverter por garantia
[17:34] Rafael Quintela: rollback do v4.12 concluído. continua igual
[17:38] Beatriz Lemos: suporte já tem 12 pacientes no chat sem conseguir entrar
[17:52] Rafael Quintela: status.stytch.com tem incidente de latência e erros na API. é deles
[18:05] Beatriz Lemos: suporte começou a ligar para as consultas das 17h30 e 18h
[18:30] Rafael Quintela: ainda uns 40% de erro no authenticate
[19:08] Rafael Quintela: p95 normal, logins passando
[19:25] Beatriz Lemos: 37 consultas remarcadas, fechando o canal
"""}, {"file": "stytch-pm-0812.txt", "zone": "UTC", "referenceDate": "2024-08-12", "text": """
Stytch postmortem 2024-08-12, timeline as we copied it (UTC)
20:10 a costly trigram generation backs up user create/update in the Consumer API
20:15 database load climbing, API requests begin to time out
20:25 5XX SLO alert fires, Stytch on-call paged
20:35 5XX still elevated but under their incident threshold
20:48 incident declared
21:23 first mitigation (slow down CreateUser traffic), did not resolve it
21:26 cause identified: trigram creation and insertion
21:59 second mitigation merged, trigger removed from the database
22:08 database recovered, traffic back to normal
"""}],
    "expected": {
        "events": [["2024-08-12T20:10Z", ["trigram"]], ["2024-08-12T20:15Z", ["time out"]],
                   ["2024-08-12T20:21Z", ["Datadog"]], ["2024-08-12T20:23Z", ["reverter"]],
                   ["2024-08-12T20:25Z", ["SLO alert"]], ["2024-08-12T20:34Z", ["rollback"]],
                   ["2024-08-12T20:35Z", ["threshold"]], ["2024-08-12T20:38Z", ["suporte"]],
                   ["2024-08-12T20:48Z", ["incident declared"]], ["2024-08-12T20:52Z", ["status.stytch.com"]],
                   ["2024-08-12T21:05Z", ["ligar"]], ["2024-08-12T21:23Z", ["first mitigation"]],
                   ["2024-08-12T21:26Z", ["cause identified"]], ["2024-08-12T21:59Z", ["second mitigation"]],
                   ["2024-08-12T22:08Z", ["recovered", "logins passando"]]],
        "keyTimes": {
            "started": kt("2024-08-12T20:15Z", S, "de 17:15 às 19:08 os pacientes não conseguiam entrar", "comment 229003"),
            "detected": kt("2024-08-12T20:21Z", S, "[Triggered] login p95 > 5s on api-pacientes", "slack-tele0812.txt"),
            "resolved": kt("2024-08-12T22:08Z", S, "de 17:15 às 19:08 os pacientes não conseguiam entrar", "comment 229003")},
        "responders": [["Beatriz Lemos", None], ["Rafael Quintela", None]],
        "narrative": nar(["trigram"], ["trigger removed"], ["TELE-0812", "api-pacientes"],
                         "On 12 August 2024 patients of the telehealth app could not log in from 17:15 to 19:08 Brasilia time because Stytch's API was timing out after an expensive trigram creation overloaded its database."),
    }})

# 2. Convex, 20 September 2025 - traffic layer cascading failure, seen from a Berlin language-learning app ------------
I.append({
    "id": "convex-2025-09-traffic-layer-berlin-languageapp", "name": "Convex intermittent downtime of all services 20 September 2025 (from around 5:18am to 5:54am Pacific, 12:18 to 12:54 UTC: a Caddy traffic node ran out of memory on an unforeseen load spike and Nomad marked it permanently down instead of replacing it, so the failure spread to every traffic server; status page Investigating 12:18, Monitoring 12:57, Resolved 13:15 UTC, postmortem posted 20:43 UTC; traffic layer doubled and failover fixed), seen from a Berlin language-learning app whose realtime backend runs on Convex",
    "issueId": "98301", "key": "LRN-0920", "summary": "App disconnects ('Verbindung verloren'), lessons and streaks not saving",
    "reporter": "Jonas Weber", "assignee": "Jonas Weber", "labels": ["backend", "convex", "weekend"],
    "components": ["sync-backend", "mobile-app"], "created": "2025-09-20T12:26", "now": "2025-10-08T12:00:00Z",
    "defaultZone": "Europe/Berlin", "priority": "High",
    "description": """Users get the 'Verbindung verloren' spinner, lessons don't load and finished lessons/streaks don't save. Intermittent: works for a minute, then drops again. Support inbox filling up (Saturday!).

Since ~14:00? My bet is the streak-reminder cron I shipped at 13:55, it fans out one mutation per user. Berlin time.""",
    "comments": [
        ("229010", "Jonas Weber", "2025-09-20T12:45", """Disabled the cron at 14:31, no difference. Convex's status page has 'Convex traffic having downtime' up, posted 14:18. Not us. My on-call notes: oncall-lrn0920.txt (Berlin time)."""),
        ("229011", "Jonas Weber", "2025-09-20T13:20", """Stable by our checks since 14:54. Convex went to Monitoring at 14:57 and Resolved at 15:15. Cron re-enabled."""),
        ("229012", "Mara Okafor", "2025-09-21T08:00", """Convex's postmortem (posted last night at 22:43 our time) says intermittent downtime on all Convex services from about 5:18am to 5:54am Pacific, i.e. 12:18pm to 12:54pm UTC. A traffic node (Caddy) ran out of memory on a load spike, the container manager (Nomad) marked it permanently down instead of replacing it, and the problem spread to all traffic servers. They have doubled the traffic layer and fixed the failover."""),
        ("229013", "Mara Okafor", "2025-09-24T09:00", """Review (Wednesday 24th), Berlin time (CEST, UTC+2).
Window for our users: 14:18 to 14:54, Convex's 12:18-12:54 UTC; in between, requests failed on and off.
First knew: Better Stack paged Jonas at 14:20. '~14:00' in the description was a guess.
The streak-reminder cron was innocent; switching it off cost ten minutes of looking the wrong way.
Convex's Monitoring (14:57) and Resolved (15:15) posts came after our users were fine again.
About 2,300 lesson saves failed; the client retried most; 140 streaks restored by hand on Sunday.
Actions: offline queue for lesson progress, on-call subscribed to Convex status, an in-app banner when the backend connection drops for more than 60 s."""),
    ],
    "changelog": [
        ("Jonas Weber", "2025-09-20T12:27", [("status", "Open", "In Progress")]),
        ("Jonas Weber", "2025-09-20T13:21", [("status", "In Progress", "Monitoring")]),
        ("Mara Okafor", "2025-09-24T09:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "oncall-lrn0920.txt", "zone": "Europe/Berlin", "referenceDate": "2025-09-20", "text": """
Sa 20.09.2025 - Jonas on call (Berlin time)
14:20 Better Stack: incident started, monitor convex-sync failed from 3 regions -> phone call
14:24 spinner 'Verbindung verloren' on my phone too. only change today: streak-reminder cron (13:55)
14:31 cron disabled in the Convex dashboard (dashboard slow, two 502s)
14:36 status.convex.dev: "Convex traffic having downtime", investigating, posted 14:18
14:41 comes and goes: 2 of 5 checks green, then red again
14:54 all checks green, sync latency normal
14:57 Convex status -> Monitoring
15:15 Convex status -> Resolved
15:20 cron re-enabled
"""}],
    "expected": {
        "events": [["2025-09-20T12:18Z", ["downtime", "Window"]], ["2025-09-20T12:20Z", ["Better Stack"]],
                   ["2025-09-20T12:24Z", ["streak-reminder"]], ["2025-09-20T12:31Z", ["cron disabled", "Disabled the cron"]],
                   ["2025-09-20T12:36Z", ["status.convex.dev"]], ["2025-09-20T12:41Z", ["comes and goes"]],
                   ["2025-09-20T12:54Z", ["green", "Window"]], ["2025-09-20T12:57Z", ["Monitoring"]],
                   ["2025-09-20T13:15Z", ["Resolved"]], ["2025-09-20T13:20Z", ["re-enabled"]],
                   ["2025-09-20T20:43Z", ["postmortem"]]],
        "keyTimes": {
            "started": kt("2025-09-20T12:18Z", S, "Window for our users: 14:18 to 14:54", "comment 229013"),
            "detected": kt("2025-09-20T12:20Z", S, "Better Stack: incident started, monitor convex-sync failed", "oncall-lrn0920.txt"),
            "resolved": kt("2025-09-20T12:54Z", S, "Window for our users: 14:18 to 14:54", "comment 229013")},
        "responders": [["Jonas Weber", None], ["Mara Okafor", None]],
        "narrative": nar(["ran out of memory", "Nomad"], ["doubled the traffic layer"], ["LRN-0920", "convex-sync"],
                         "On 20 September 2025 the app's users lost their connection on and off from 14:18 to 14:54 Berlin time because Convex's traffic layer failed after one node ran out of memory."),
    }})

# 3. ElevenLabs, 24 July 2025 - storage caching layer slowed TTS, seen from a Chicago voice-receptionist startup -----
I.append({
    "id": "elevenlabs-2025-07-tts-latency-chicago-voicebot", "name": "ElevenLabs TTS latency 24 July 2025 (an infrastructure issue in the storage caching layer raised latency for all TTS calls between 12:40 and 16:40 UTC, Turbo requests most; automated alert paged on-call 13:20, latest release reverted 13:41, status page 13:44, hotfix 14:59 judged insufficient 15:21, storage-layer remediation from 15:40, normal service 16:40 UTC; write-up promised review of alert thresholds and status-page timeliness), seen from a Chicago startup whose AI phone receptionist answers for dental clinics",
    "issueId": "98302", "key": "VOX-0724", "summary": "Phone agent dead air 4-8 s before every reply - callers hanging up",
    "reporter": "Priyanka Sethi", "assignee": "Owen Gallagher", "labels": ["voice", "tts", "clinics"],
    "components": ["voice-agent", "clinic-onboarding"], "created": "2025-07-24T13:03", "now": "2025-08-12T12:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """The voice agent answering for our 31 dental clinics leaves 4-8 seconds of silence before each reply; patients hang up, bookings are dropping. Lakeview Dental emailed first.

Since this morning, around 8? Probably the language-model switch we rolled out last night (slower first token). Central time.""",
    "comments": [
        ("229020", "Priyanka Sethi", "2025-07-24T13:30", """Swapped the model back at 8:15, no better. The time goes in the TTS step (time to first audio ~3.9 s vs ~350 ms normally). ElevenLabs now has a status-page incident for TTS latency. Email thread with the clinics and ElevenLabs support saved as email-vox0724.txt (Central, newest first)."""),
        ("229021", "Owen Gallagher", "2025-07-24T17:05", """Latency back to normal, fallback turned off. 214 calls were transferred to clinic front desks; callbacks from 38 voicemails to do."""),
        ("229022", "Priyanka Sethi", "2025-07-25T15:00", """ElevenLabs published their write-up; the timeline lines are in elevenlabs-writeup-0724.txt (UTC)."""),
        ("229023", "Owen Gallagher", "2025-07-29T16:00", """Post-incident review (Tuesday 29th), Central time.
Impact: every TTS call we made between 7:40 and 11:40 AM was slow (ElevenLabs' 12:40-16:40 UTC). The first twenty minutes were mild; after that callers hung up.
Detection: Dana at Lakeview Dental emailed at 7:58. Our own latency alert never fired (threshold 10 s). ElevenLabs' automated alert at 8:20 was their detection, not ours.
The model swap was a red herring.
Their 9:59 hotfix helped only partly; the storage-layer fix from 10:40 is what ended it.
Cause (ElevenLabs): an infrastructure issue in their storage caching layer.
Actions: alert on time-to-first-audio over 2 s for 5 minutes, automatic failover to a second TTS provider, clinic status emails from a template."""),
    ],
    "changelog": [
        ("Owen Gallagher", "2025-07-24T13:04", [("status", "Open", "In Progress")]),
        ("Owen Gallagher", "2025-07-24T17:06", [("status", "In Progress", "Monitoring")]),
        ("Owen Gallagher", "2025-07-29T16:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "email-vox0724.txt", "zone": "America/Chicago", "referenceDate": "2025-07-24", "text": """
From: Owen Gallagher | Sent: Thu 7/24/2025 11:58 AM | Subject: RE: phone bot super slow??
All clear: replies are instant again since 11:40. We switched the normal voice back on at 11:55.
From: ElevenLabs Support | Sent: Thu 7/24/2025 10:25 AM | Subject: RE: Ticket #58213 TTS latency
The hotfix released at 9:59 did not fully remediate; engineers are working on the storage layer. Updates on the status page.
From: Priyanka Sethi | Sent: Thu 7/24/2025 9:12 AM | Subject: RE: phone bot super slow??
Since 9:10 calls get a short recorded greeting and go straight to your front desk. Our voice provider has an incident.
From: ElevenLabs Support | Sent: Thu 7/24/2025 8:49 AM | Subject: Ticket #58213 TTS latency
Thanks for the report. We are aware of increased TTS latency and have posted an incident on our status page.
From: Priyanka Sethi | Sent: Thu 7/24/2025 8:06 AM | Subject: RE: phone bot super slow??
Looking now. We changed the language model last night, swapping it back to rule that out.
From: Dana Kowalczyk | Sent: Thu 7/24/2025 7:58 AM | Subject: phone bot super slow??
Patients say the phone assistant goes silent for ages before answering, two hung up on me already. Is it down?
"""}, {"file": "elevenlabs-writeup-0724.txt", "zone": "UTC", "referenceDate": "2025-07-24", "text": """
ElevenLabs incident write-up, 24 Jul 2025 (timeline as we copied it, UTC)
12:40 storage layer starts misbehaving, TTS latency begins creeping up
13:20 latency trips their automated alert, on-call engineer paged
13:41 latest release reverted to try to remediate
13:44 status page incident posted
14:59 suspected issue identified, hotfix released
15:21 hotfix found not to fully remediate
15:40 issue located in the storage layer, remediation started
16:40 remediation complete, normal service
"""}],
    "expected": {
        "events": [["2025-07-24T12:40Z", ["latency", "slow"]], ["2025-07-24T12:58Z", ["silent"]],
                   ["2025-07-24T13:06Z", ["language model"]], ["2025-07-24T13:15Z", ["Swapped"]],
                   ["2025-07-24T13:20Z", ["alert"]], ["2025-07-24T13:41Z", ["reverted"]],
                   ["2025-07-24T13:44Z", ["status page"]], ["2025-07-24T13:49Z", ["aware"]],
                   ["2025-07-24T14:10Z", ["recorded greeting"]], ["2025-07-24T14:59Z", ["hotfix"]],
                   ["2025-07-24T15:21Z", ["not to fully", "did not fully"]], ["2025-07-24T15:40Z", ["storage"]],
                   ["2025-07-24T16:40Z", ["normal service", "instant"]], ["2025-07-24T16:55Z", ["normal voice"]]],
        "keyTimes": {
            "started": kt("2025-07-24T12:40Z", S, "every TTS call we made between 7:40 and 11:40 AM was slow", "comment 229023"),
            "detected": kt("2025-07-24T12:58Z", S, "Patients say the phone assistant goes silent for ages", "email-vox0724.txt"),
            "resolved": kt("2025-07-24T16:40Z", S, "every TTS call we made between 7:40 and 11:40 AM was slow", "comment 229023")},
        "responders": [["Priyanka Sethi", None], ["Owen Gallagher", None], ["Dana Kowalczyk", None]],
        "narrative": nar(["storage caching layer"], ["storage-layer fix"], ["VOX-0724", "Lakeview Dental"],
                         "On 24 July 2025 slow ElevenLabs text-to-speech left callers to the clinics' phone agent in silence from 7:40 to 11:40 AM Central; ElevenLabs traced it to its storage caching layer."),
    }})

# 4. Commerce Layer, 9 April 2024 - stalled DB version upgrade, seen from a Melbourne fashion shop ------------------
I.append({
    "id": "commercelayer-2024-04-db-upgrade-melbourne-fashion", "name": "Commerce Layer Core API outage 9 April 2024 (during a scheduled maintenance the database version upgrade began at 6:39 AM UTC; at about 6:45 the provider's background task failed and left the upgrade stuck, the automatic recovery did not complete because a read replica was inconsistent, and a manual interrupt tried a few minutes before 7:00 was disabled by the vendor; all uncached Core API calls failed, CDN-cached reads kept working, until 8:55 AM UTC; no data loss), seen from a Melbourne fashion shop two days after Victoria left daylight saving",
    "issueId": "98303", "key": "SHOP-0409", "summary": "Checkout + cart failing for all shoppers - orders API 503",
    "reporter": "Aisha Rahman", "assignee": "Tom Nguyen", "labels": ["checkout", "commerce-layer", "peak"],
    "components": ["storefront", "checkout"], "created": "2024-04-09T06:55", "now": "2024-04-26T00:00:00Z",
    "defaultZone": "Australia/Melbourne",
    "description": """Checkout failing for everyone: 'Something went wrong placing your order' at the payment step, the cart drawer spins. Product pages still load.

Started maybe 5pm? Suspect our 4:30 deploy (autumn promo banner + new cart drawer). Tom is rolling back. Melbourne time.""",
    "comments": [
        ("229030", "Tom Nguyen", "2024-04-09T07:25", """Rollback done at 5:02, no change. Every Commerce Layer call that isn't served from their CDN cache returns 5xx, and their status page says they're investigating issues during a scheduled maintenance. Slack copy in slack-shop0409.txt; their emails in email-cl0409.txt (both Melbourne time)."""),
        ("229031", "Tom Nguyen", "2024-04-09T07:50", """CL's update says the database upgrade failed at 6:45 AM UTC. That's 5:45pm here, so what hit us at 4:47?"""),
        ("229032", "Aisha Rahman", "2024-04-09T09:20", """Orders flowing again, first paid order at 7:05pm, browse-only banner removed at 7:10pm."""),
        ("229033", "Aisha Rahman", "2024-04-12T03:00", """Post-incident notes (Friday 12 April), Melbourne time.
Outage for our shoppers: 4:45pm to 6:55pm, checkout and cart dead; product pages kept working from Commerce Layer's CDN cache. That is CL's 6:45 to 8:55 AM UTC.
Tom's 5:45pm on Tuesday was a daylight-saving slip: the clocks went back on Sunday, we are UTC+10 now, not +11. Nothing else hit us.
First knew: the Datadog synthetic checkout-e2e failed at 4:47pm.
Our 4:30 deploy was innocent; the rollback cost fifteen minutes.
CL's maintenance began at 4:39pm (6:39 UTC) with no effect for shoppers until the upgrade task failed six minutes later.
Cause per CL's postmortem: the managed database's version upgrade stalled and the provider's automatic recovery could not complete because a read replica was inconsistent, so CL had to wait for the provider's support.
Lost: roughly 180 orders in the Tuesday evening peak, partly won back with an apology code.
Actions: browse-only switch as a runbook step, ops@ subscribed to CL maintenance notices with calendar entries, ask CL to keep maintenance out of the Australian evening peak."""),
    ],
    "changelog": [
        ("Tom Nguyen", "2024-04-09T06:56", [("status", "Open", "In Progress")]),
        ("Aisha Rahman", "2024-04-09T09:21", [("status", "In Progress", "Monitoring")]),
        ("Aisha Rahman", "2024-04-12T03:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-shop0409.txt", "zone": "Australia/Melbourne", "referenceDate": "2024-04-09", "text": """
#ops  Tue 9 Apr
4:47 PM  Datadog  Synthetic test checkout-e2e FAILED (step: place order, HTTP 503)
4:49 PM  Tom Nguyen  cart drawer spinning on prod. only thing out today is the 4:30 promo deploy, rolling back
5:02 PM  Tom Nguyen  rollback live. still 503 from the orders API
5:10 PM  Aisha Rahman  Commerce Layer status page: investigating Core API errors during scheduled maintenance
5:30 PM  Aisha Rahman  browse-only banner on, checkout button hidden
6:55 PM  Tom Nguyen  orders API 201s again, synthetic green
7:05 PM  Aisha Rahman  first paid order since the outage (#WB-118204)
7:10 PM  Aisha Rahman  banner off
"""}, {"file": "email-cl0409.txt", "zone": "Australia/Melbourne", "referenceDate": "2024-04-09", "text": """
From: Commerce Layer | Sent: Wed 10/04/2024 9:14 AM | Subject: Incident report: API, Dashboard and Applications back to normal
On April 9th the Core API failed from 6:45 AM to 8:55 AM UTC after a database version upgrade stalled in the maintenance window; cached reads kept working. No data was lost.
From: Commerce Layer | Sent: Thu 4/04/2024 6:48 PM | Subject: Scheduled maintenance: database version upgrade
On Tuesday 9 April (early morning UTC) we will upgrade the database version behind the Core API. No downtime is expected.
"""}],
    "expected": {
        "events": [["2024-04-09T06:39Z", ["maintenance began"]], ["2024-04-09T06:45Z", ["upgrade", "Outage"]],
                   ["2024-04-09T06:47Z", ["checkout-e2e"]], ["2024-04-09T06:49Z", ["rolling back"]],
                   ["2024-04-09T07:02Z", ["rollback"]], ["2024-04-09T07:10Z", ["status page"]],
                   ["2024-04-09T07:30Z", ["browse-only"]], ["2024-04-09T08:55Z", ["201s again", "Outage"]],
                   ["2024-04-09T09:05Z", ["first paid order"]], ["2024-04-09T09:10Z", ["banner"]]],
        "keyTimes": {
            "started": kt("2024-04-09T06:45Z", S, "Outage for our shoppers: 4:45pm to 6:55pm", "comment 229033"),
            "detected": kt("2024-04-09T06:47Z", S, "Synthetic test checkout-e2e FAILED", "slack-shop0409.txt"),
            "resolved": kt("2024-04-09T08:55Z", S, "Outage for our shoppers: 4:45pm to 6:55pm", "comment 229033")},
        "responders": [["Aisha Rahman", None], ["Tom Nguyen", None]],
        "narrative": nar(["upgrade stalled", "read replica"], ["provider's support"], ["SHOP-0409", "checkout-e2e"],
                         "On 9 April 2024 shoppers could not check out from 4:45pm to 6:55pm Melbourne time because Commerce Layer's database version upgrade stalled during maintenance."),
    }})

# 5. Redsys, 18 November 2023 - card and Bizum payments down in Spain, seen from a Madrid restaurant group ----------
I.append({
    "id": "redsys-2023-11-card-outage-madrid-restaurants", "name": "Redsys payment platform outage 18 November 2023 (Saturday lunchtime; from about 13:10 Madrid time card payments at terminals and online, ATMs and Bizum failed across Spain and Andorra, CaixaBank said Redsys had a problem since 13:10; some payments passed again around 14:20, normal again around 14:45; Redsys said shortly after 15:00 that the degradations, tied only to internal communication lines, were fixed and services were at 100%; a second Redsys outage followed on the night of Thursday 23 November), seen from a Madrid restaurant group with three dining rooms",
    "issueId": "98304", "key": "REST-1118", "summary": "Datáfonos rechazan todas las tarjetas en los tres locales - Bizum tampoco",
    "reporter": "Lucía Ferrer", "assignee": "Iker Aranda", "labels": ["tpv", "pagos", "sabado"],
    "components": ["sala", "tpv"], "created": "2023-11-18T12:40", "now": "2023-12-11T12:00:00Z",
    "defaultZone": "Europe/Madrid", "priority": "High",
    "description": """Los datáfonos de los tres locales rechazan todas las tarjetas ('Error de comunicación / operación denegada'). Bizum tampoco funciona. Sábado a mediodía, comedores llenos.

Empezó hacia las 13:30? Creo que es la fibra de Movistar otra vez (el martes la cortaron por obras); Iker está reiniciando el router. Hora de Madrid.""",
    "comments": [
        ("229040", "Iker Aranda", "2023-11-18T12:50", """No es la fibra: el datáfono de Chamberí falla también con la SIM 4G de respaldo, y en Malasaña y Retiro igual. CaixaBank dice en X que Redsys tiene un problema. Copio el grupo de WhatsApp en whatsapp-rest1118.txt (hora de Madrid)."""),
        ("229041", "Lucía Ferrer", "2023-11-18T14:30", """Ya se cobra con tarjeta con normalidad. Mientras tanto, efectivo y transferencias; 9 mesas dejaron DNI y teléfono para pagar después."""),
        ("229042", "Iker Aranda", "2023-11-24T10:00", """Anoche (jueves 23) hubo otra caída de Redsys. A nosotros apenas nos tocó (Retiro ya cerrado, Chamberí con pocos cobros); es otra incidencia, no la mezclo con esta."""),
        ("229043", "Lucía Ferrer", "2023-11-27T11:00", """Resumen para la dirección (lunes 27), hora de Madrid.
Sin cobro con tarjeta ni Bizum de 13:10 a 14:45 el sábado 18; según Redsys, un fallo en sus líneas de comunicación interna.
El primer rechazo en nuestros locales fue a las 13:12 en la terraza de Chamberí. Las '13:30' de la descripción eran una estimación mía.
La fibra de Movistar no tenía nada que ver; el reinicio del router nos costó diez minutos.
A las 14:20 empezaron a pasar algunos pagos, pero fallaba la mitad; todo normal a las 14:45. El aviso de Redsys ('servicios al 100%') llegó pasadas las 15:00, cuando ya cobrábamos.
Coste: 9 cuentas pendientes (7 ya cobradas), unos 40 euros de propinas, una reseña mala.
Acciones: fondo de caja de 300 euros los sábados, cartel 'solo efectivo' preparado en cada local, pedir al banco un segundo TPV con otra pasarela."""),
    ],
    "changelog": [
        ("Iker Aranda", "2023-11-18T12:41", [("status", "Open", "In Progress")]),
        ("Lucía Ferrer", "2023-11-18T14:31", [("status", "In Progress", "Monitoring")]),
        ("Lucía Ferrer", "2023-11-27T11:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-rest1118.txt", "zone": "Europe/Madrid", "referenceDate": "2023-11-18", "text": """
18/11/23, 13:12 - Marta (Chamberí): el datáfono rechaza todas las tarjetas, mesas 12 y 14, pone error de comunicación
18/11/23, 13:16 - Iker Aranda: será la fibra otra vez, reinicio el router
18/11/23, 13:25 - Iker Aranda: router reiniciado, internet va. el datáfono sigue igual
18/11/23, 13:31 - Iker Aranda: pasado a la SIM 4G del datáfono y tampoco. no es nuestra línea
18/11/23, 13:33 - Javi (Malasaña): aquí lo mismo, y Bizum no entra
18/11/23, 13:38 - Iker Aranda: CaixaBank en X: Redsys tiene un problema en sus instalaciones desde las 13:10
18/11/23, 13:45 - Lucía Ferrer: cartel de SOLO EFECTIVO en los tres. quien no tenga, DNI y teléfono
18/11/23, 14:20 - Javi (Malasaña): ha pasado una Visa! la siguiente no
18/11/23, 14:45 - Marta (Chamberí): pasan todas, seis seguidas
18/11/23, 15:04 - Iker Aranda: Redsys en X: solucionado, servicios funcionando al 100%
"""}],
    "expected": {
        "events": [["2023-11-18T12:10Z", ["problema", "Sin cobro"]], ["2023-11-18T12:12Z", ["rechaza"]],
                   ["2023-11-18T12:16Z", ["router"]], ["2023-11-18T12:25Z", ["reiniciado"]],
                   ["2023-11-18T12:31Z", ["SIM 4G"]], ["2023-11-18T12:33Z", ["Bizum"]],
                   ["2023-11-18T12:38Z", ["CaixaBank"]], ["2023-11-18T12:45Z", ["SOLO EFECTIVO"]],
                   ["2023-11-18T13:20Z", ["ha pasado", "empezaron a pasar"]], ["2023-11-18T13:45Z", ["pasan todas", "Sin cobro"]],
                   ["2023-11-18T14:04Z", ["al 100%"]]],
        "keyTimes": {
            "started": kt("2023-11-18T12:10Z", S, "Sin cobro con tarjeta ni Bizum de 13:10 a 14:45", "comment 229043"),
            "detected": kt("2023-11-18T12:12Z", S, "el datáfono rechaza todas las tarjetas", "whatsapp-rest1118.txt"),
            "resolved": kt("2023-11-18T13:45Z", S, "Sin cobro con tarjeta ni Bizum de 13:10 a 14:45", "comment 229043")},
        "responders": [["Lucía Ferrer", None], ["Iker Aranda", None], ["Marta (Chamberí)", None]],
        "narrative": nar(["líneas de comunicación interna"], ["solucionado"], ["REST-1118", "Chamberí"],
                         "On 18 November 2023 the restaurants could not take card or Bizum payments from 13:10 to 14:45 Madrid time because of a Redsys outage in its internal communication lines."),
    }})

# 6. Mumbai grid failure, 12 October 2020 - Western Railway traction power lost, seen from a lab's sample runners -----
I.append({
    "id": "mumbai-2020-10-grid-failure-lab-sample-runners", "name": "Mumbai power grid failure 12 October 2020 (a fault on circuit 2 of the 400 kV Kalwa-Padghe centre while it carried the whole load, during maintenance on the other, cascaded into a blackout of Mumbai, Thane and the suburbs; Western Railway lost traction power at 10:05 and suspended Churchgate-Borivali services; Tata Power reported simultaneous substation trips at 10:10; the BMC disaster cell logged the failure at 10:15; CR Harbour line back 10:55, WR overhead equipment charged and services restored 12:20, CR main line power 12:26; about two hours for most areas), seen from a diagnostic lab whose sample runners carry cold boxes from western-suburb collection centres by WR local trains",
    "issueId": "98305", "key": "LAB-1012", "summary": "Sample boxes from Borivali/Malad/Andheri stuck - runners' locals stopped",
    "reporter": "Farzana Shaikh", "assignee": "Nikhil Deshmukh", "labels": ["logistics", "cold-chain", "samples"],
    "components": ["sample-logistics", "central-lab"], "created": "2020-10-12T05:05", "now": "2020-10-30T12:00:00Z",
    "defaultZone": "Asia/Kolkata", "priority": "High",
    "description": """Sample boxes from the Borivali, Malad and Andheri collection centres are stuck: the runners' local trains stopped between stations, no movement, no announcements. Cold boxes are rated 4 hours.

Since ~10:30? Probably the signal failure near Andheri like last month, should clear soon. IST.""",
    "comments": [
        ("229050", "Nikhil Deshmukh", "2020-10-12T05:20", """Not a signal fault. WR says traction power was interrupted because of a Tata Power grid failure and Churchgate-Borivali is suspended; the whole city is dark and our lab is on DG. Runners' WhatsApp group copied into whatsapp-lab1012.txt (IST)."""),
        ("229051", "Nikhil Deshmukh", "2020-10-12T06:10", """CR says the Harbour line is back (10:55) but none of our routes use it. Booked 3 cabs for the Borivali and Malad boxes at 11:30."""),
        ("229052", "Farzana Shaikh", "2020-10-12T08:00", """Western line locals moving again, all three boxes in. 14 samples to recollect (haemolysed or past stability)."""),
        ("229053", "Farzana Shaikh", "2020-10-16T09:30", """Review, Friday 16 Oct (IST).
For our runners the disruption ran 10:05 to 12:20: Western Railway lost traction power at 10:05 and charged the overhead wires again at 12:20, after which Churchgate-Borivali locals ran.
First we heard: Sameer's message at 10:09 from a stalled train between Goregaon and Malad. '~10:30' in the ticket was my guess and 'signal failure' was wrong.
Tata Power's statement puts its substation trips at 10:10 and the BMC logged the failure at 10:15; both are after our trains had already stopped, so we keep 10:05.
Harbour line at 10:55 and CR main line at 12:26 were other lines' recoveries, not ours.
Cause (state energy minister): a fault on circuit 2 of the Kalwa-Padghe 400 kV centre while it carried the whole load during maintenance.
Loss: 14 recollections, 3 cabs, two reports out after 6 pm.
Actions: cab fallback when a route stalls 20 minutes, cold boxes rated 6 hours, runners post their position in the group every 15 minutes."""),
    ],
    "changelog": [
        ("Nikhil Deshmukh", "2020-10-12T05:06", [("status", "Open", "In Progress")]),
        ("Farzana Shaikh", "2020-10-12T08:01", [("status", "In Progress", "Monitoring")]),
        ("Farzana Shaikh", "2020-10-16T09:35", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-lab1012.txt", "zone": "Asia/Kolkata", "referenceDate": "2020-10-12", "text": """
[12/10/20, 10:09:14 AM] Sameer (Borivali run): train stopped between Goregaon and Malad, fans off, lights off
[12/10/20, 10:12:40 AM] Ritesh (Andheri run): same at Jogeshwari, no announcement
[12/10/20, 10:20:05 AM] Nikhil Deshmukh: must be the Andheri signal thing again, stay on the train
[12/10/20, 10:31:52 AM] Nikhil Deshmukh: lab lights off too, DG running. this is a grid failure not signals
[12/10/20, 10:44:10 AM] Ritesh (Andheri run): walking to Jogeshwari station with the box, ice packs ok
[12/10/20, 11:30:37 AM] Nikhil Deshmukh: cabs booked for Borivali + Malad boxes, Ritesh wait at station
[12/10/20, 12:20:58 PM] Ritesh (Andheri run): train moving!! lights on
[12/10/20, 12:41:03 PM] Sameer (Borivali run): reached lab with the Borivali box (cab)
[12/10/20, 1:02:26 PM] Farzana Shaikh: all 3 boxes in, sorting. 14 tubes for recollection
"""}],
    "expected": {
        "events": [["2020-10-12T04:35Z", ["traction", "disruption ran"]], ["2020-10-12T04:39Z", ["train stopped", "stalled train"]],
                   ["2020-10-12T04:40Z", ["Tata Power"]], ["2020-10-12T04:42Z", ["Jogeshwari"]],
                   ["2020-10-12T04:45Z", ["BMC"]], ["2020-10-12T04:50Z", ["signal"]],
                   ["2020-10-12T05:01Z", ["grid failure"]], ["2020-10-12T05:14Z", ["walking"]],
                   ["2020-10-12T05:25Z", ["Harbour"]], ["2020-10-12T06:00Z", ["cabs"]],
                   ["2020-10-12T06:50Z", ["moving", "disruption ran"]], ["2020-10-12T06:56Z", ["CR main line"]],
                   ["2020-10-12T07:11Z", ["reached lab"]], ["2020-10-12T07:32Z", ["all 3 boxes"]]],
        "keyTimes": {
            "started": kt("2020-10-12T04:35Z", S, "the disruption ran 10:05 to 12:20", "comment 229053"),
            "detected": kt("2020-10-12T04:39Z", S, "train stopped between Goregaon and Malad", "whatsapp-lab1012.txt"),
            "resolved": kt("2020-10-12T06:50Z", S, "the disruption ran 10:05 to 12:20", "comment 229053")},
        "responders": [["Farzana Shaikh", None], ["Nikhil Deshmukh", None], ["Sameer (Borivali run)", None], ["Ritesh (Andheri run)", None]],
        "narrative": nar(["Kalwa-Padghe", "circuit 2"], ["charged the overhead wires"], ["LAB-1012", "Jogeshwari"],
                         "On 12 October 2020 a grid failure stopped Western Railway locals in Mumbai from 10:05 to 12:20 IST, stranding the lab's sample runners."),
    }})

# 7. Darwin-Katherine system, 18 November 2020 - Channel Island generators tripped, seen from a Darwin animal hospital -
I.append({
    "id": "darwin-2020-11-channel-island-trip-animal-hospital", "name": "Darwin-Katherine power outage 18 November 2020 (at about 3:53pm ACST a localised gas supply issue at Channel Island power station tripped all generators online there; about 60% of customers on the Darwin-Katherine system, over 49,000 Territorians, lost power just before 4pm in mid-30s heat; most customers back within two hours, the system restored in about four; later put down to human error by a third-party supplier; Power and Water investigation report to the Utilities Commission), seen from an animal hospital in Darwin's northern suburbs",
    "issueId": "98306", "key": "VET-1118", "summary": "Hospital lost mains power - theatre on battery, PMS and X-ray down",
    "reporter": "Kylie Marsh", "assignee": "Kylie Marsh", "labels": ["power", "facilities", "theatre"],
    "components": ["facilities", "clinical"], "created": "2020-11-18T06:45", "now": "2020-12-07T12:00:00Z",
    "defaultZone": "Australia/Darwin", "priority": "High",
    "description": """Whole hospital lost mains power mid-afternoon: lights, aircon, PMS and computers, X-ray. The generator picked up theatre and the drug/vaccine fridges only. A dog was under GA in theatre at the time.

Probably the new DR X-ray panel tripping the main RCD again (it did on Monday). Electrician called. Darwin time.""",
    "comments": [
        ("229060", "Kylie Marsh", "2020-11-18T06:55", """Electrician says our board and the X-ray circuit are fine. Power and Water's outage map shows Darwin, Palmerston and Katherine out, traffic lights down on Trower Rd. Alarm panel log exported to alarm-vet1118.txt (Darwin time)."""),
        ("229061", "Aaron Whitlock", "2020-11-18T09:00", """Mains is back, aircon running, PMS up. The theatre patient recovered fine on battery monitors. 11 consults rebooked."""),
        ("229062", "Kylie Marsh", "2020-11-19T01:30", """Power and Water on ABC Radio this morning: at about 3:53pm a localised gas supply issue at Channel Island power station tripped every generator online there, and about 60% of customers on the Darwin-Katherine system lost power. Most were back within two hours; the whole system took about four."""),
        ("229063", "Kylie Marsh", "2020-11-23T06:00", """Review (Monday 23rd), Darwin time.
Start: the alarm panel logged AC FAIL at 15:53, the same minute Power and Water gives for the Channel Island trip.
We knew at once: panel siren and the SMS to my phone.
End: nobody looked at a clock when the lights came back, we were all in recovery with the theatre patient, and the panel export stops before it. The generator controller records the mains failure as lasting 120 minutes, so mains returned two hours after the 15:53 drop; that fits PWC's 'most customers back within two hours'.
The X-ray/RCD theory was wrong; the electrician's callout was wasted money.
PWC's 'whole system in about four hours' is the tail of the grid (Katherine and others), not us.
Losses: 11 consults moved, cool room stock moved in time, no drugs lost.
Actions: consult room 1 and the PMS server onto the generator circuit, a UPS for the server, printed intake forms at reception, keep the panel log exported daily."""),
    ],
    "changelog": [
        ("Kylie Marsh", "2020-11-18T06:46", [("status", "Open", "In Progress")]),
        ("Aaron Whitlock", "2020-11-18T09:01", [("status", "In Progress", "Monitoring")]),
        ("Kylie Marsh", "2020-11-23T06:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "alarm-vet1118.txt", "zone": "Australia/Darwin", "referenceDate": "2020-11-18", "text": """
TOP END ANIMAL HOSPITAL - alarm panel event log (export 18/11/2020)
18/11/20 15:53:31  Z00 AC FAIL  mains lost, panel on battery
18/11/20 15:53:34  SMS sent to K.MARSH
18/11/20 15:54:12  Z14 GEN RUN  generator running, essential circuits transferred
18/11/20 15:55:40  USER 02 note: theatre on battery monitors, GA continues
18/11/20 16:10:05  USER 04 note: electrician on site checking main RCD and X-ray circuit
18/11/20 16:15:22  USER 02 note: PWC outage map shows Darwin, Palmerston, Katherine out
18/11/20 16:22:48  Z09 COOL ROOM TEMP HIGH 9.1C
18/11/20 16:27:10  USER 02 note: cool room stock moved to the generator-backed fridges
-- end of export (panel memory page full, later events not kept) --
"""}],
    "expected": {
        "events": [["2020-11-18T06:23Z", ["AC FAIL"]], ["2020-11-18T06:24Z", ["GEN RUN"]],
                   ["2020-11-18T06:25Z", ["theatre"]], ["2020-11-18T06:40Z", ["electrician"]],
                   ["2020-11-18T06:45Z", ["outage map"]], ["2020-11-18T06:52Z", ["COOL ROOM"]],
                   ["2020-11-18T06:57Z", ["cool room stock"]]],
        "keyTimes": {
            "started": kt("2020-11-18T06:23Z", S, "the alarm panel logged AC FAIL at 15:53", "comment 229063"),
            "detected": kt("2020-11-18T06:23Z", S, "Z00 AC FAIL  mains lost, panel on battery", "alarm-vet1118.txt"),
            "resolved": kt("2020-11-18T08:23Z", I_, "mains returned two hours after the 15:53 drop", "comment 229063")},
        "responders": [["Kylie Marsh", None], ["Aaron Whitlock", None]],
        "narrative": nar(["gas supply", "Channel Island"], ["mains returned"], ["VET-1118", "Z14 GEN RUN"],
                         "On 18 November 2020 the animal hospital lost mains power for two hours from 3:53pm Darwin time when a gas supply issue tripped the generators at Channel Island power station."),
    }})

# 8. Alberta Health Services, 23 January 2023 - province-wide network outage, seen from a Health Link 811 nurse team --
I.append({
    "id": "ahs-2023-01-network-outage-healthlink-nurses", "name": "Alberta Health Services province-wide network outage 23 January 2023 (IT and clinical systems including Connect Care and Netcare down in hospitals and other settings, staff on paper, whiteboards and phones; AHS first told the public just after 9 a.m.; Health Link 811 in limited capacity with long waits until it was functioning normally by 1:30 p.m.; some non-urgent surgeries postponed just before noon; EMS dispatch on backup procedures (tweet about 12:30 p.m.); network issue resolved around 2 p.m. with clinical systems taking a few hours more; 7 p.m. update announced a third-party review; on 25 January AHS said a routine maintenance change by a vendor caused it; when the network failed was not published), seen from a Health Link 811 nurse team in Calgary",
    "issueId": "98307", "key": "HL-0123", "summary": "Clinical apps unreachable for 811 nurses - Connect Care, Netcare, protocols site",
    "reporter": "Leanne Fortier", "assignee": "Marc-André Tremblay", "labels": ["health-link", "downtime", "clinical-apps"],
    "components": ["health-link-811", "nurse-desktop"], "created": "2023-01-23T14:15", "now": "2023-02-13T12:00:00Z",
    "defaultZone": "America/Edmonton",
    "description": """811 nurses can't open Connect Care, Netcare or the triage protocols site; calls are stacking up and nurses are triaging from memory. Phones themselves work.

Since early this morning. Likely the Genesys softphone update pushed last night; nurses are logging out and back in. Mountain time.""",
    "comments": [
        ("229070", "Leanne Fortier", "2023-01-23T15:30", """Not the softphone update: phones are fine, every clinical app is unreachable and the IT service desk line rings out. Paper downtime protocols in use. Teams chat copied to teams-hl0123.txt (Mountain)."""),
        ("229071", "Gurpreet Sandhu", "2023-01-23T21:15", """Working normally again for 811. AHS says the network issue is resolved and clinical systems will take a few more hours. 212 callbacks done from the whiteboard list."""),
        ("229072", "Leanne Fortier", "2023-01-26T17:00", """AHS statement of 25 January: the outage was caused by a routine maintenance change made to the system; they are working with the vendor who did the maintenance, and a third party will review it."""),
        ("229073", "Marc-André Tremblay", "2023-01-30T18:00", """Shift review (Monday 30th), Mountain time.
When the provincial network actually failed: unknown. AHS has said what caused it, not when, and the night shift had no calls needing the apps in the last hour before handover, so nobody here can say.
When we knew: Gurpreet at 6:58 AM, no Connect Care with a caller on hold. AHS's first public post came just after 9.
End for 811: 1:30 PM, apps back and queue draining normally; AHS's 2 p.m. update also had 811 fully available again. The 7:00 p.m. 'resolved' update and the third-party review came after.
The Genesys softphone theory cost us about fifteen minutes; parts of the downtime binder were two years out of date.
Actions: quarterly review of the downtime binder, an offline copy of the protocols on every nurse laptop, a direct number for the network operations desk."""),
    ],
    "changelog": [
        ("Marc-André Tremblay", "2023-01-23T14:16", [("status", "Open", "In Progress")]),
        ("Gurpreet Sandhu", "2023-01-23T21:16", [("status", "In Progress", "Monitoring")]),
        ("Marc-André Tremblay", "2023-01-30T18:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-hl0123.txt", "zone": "America/Edmonton", "referenceDate": "2023-01-23", "text": """
[1/23/2023 6:58 AM] Gurpreet Sandhu: can't get into Connect Care or the protocols site, anyone else? caller on hold
[1/23/2023 7:01 AM] Leanne Fortier: same here, and Netcare times out
[1/23/2023 7:05 AM] Leanne Fortier: Genesys pushed a softphone update last night, bet it's that. logging out and in
[1/23/2023 7:20 AM] Gurpreet Sandhu: phones work fine, it's the clinical apps. IT service desk line just rings out
[1/23/2023 7:26 AM] Leanne Fortier: switching to the paper downtime protocols binder, callback list on the whiteboard
[1/23/2023 9:04 AM] Leanne Fortier: AHS_media just tweeted a provincial network outage. not our softphones
[1/23/2023 10:15 AM] Gurpreet Sandhu: queue at 140, wait about 95 min
[1/23/2023 12:30 PM] Leanne Fortier: AHS says EMS dispatch is on backup procedures too
[1/23/2023 1:30 PM] Gurpreet Sandhu: Connect Care loads, protocols site up, queue draining normally
[1/23/2023 2:00 PM] Leanne Fortier: AHS update: network issue resolved, clinical systems coming back over a few hours
"""}],
    "expected": {
        "events": [["2023-01-23T13:58Z", ["Connect Care"]], ["2023-01-23T14:01Z", ["Netcare"]],
                   ["2023-01-23T14:05Z", ["softphone"]], ["2023-01-23T14:20Z", ["service desk"]],
                   ["2023-01-23T14:26Z", ["downtime protocols"]], ["2023-01-23T16:04Z", ["network outage"]],
                   ["2023-01-23T17:15Z", ["queue"]], ["2023-01-23T19:30Z", ["EMS"]],
                   ["2023-01-23T20:30Z", ["queue draining", "End for 811"]], ["2023-01-23T21:00Z", ["AHS update"]],
                   ["2023-01-24T02:00Z", ["update"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt("2023-01-23T13:58Z", S, "can't get into Connect Care or the protocols site", "teams-hl0123.txt"),
            "resolved": kt("2023-01-23T20:30Z", S, "End for 811: 1:30 PM, apps back and queue draining normally", "comment 229073")},
        "responders": [["Leanne Fortier", None], ["Gurpreet Sandhu", None], ["Marc-André Tremblay", None]],
        "narrative": nar(["routine maintenance change"], ["network issue resolved"], ["HL-0123", "Genesys"],
                         "On 23 January 2023 a province-wide AHS network outage left Health Link 811 nurses without their clinical applications until 1:30 PM Mountain time; when the network failed is not known."),
    }})

# 9. Schiphol, 29 April 2018 - check-in platform down after a power dip, seen from a ground handler's desks ----------
I.append({
    "id": "schiphol-2018-04-checkin-failure-ground-handler", "name": "Schiphol check-in failure 29 April 2018 (TenneT's Bijlmer Zuid high-voltage connections failed at about 00:42, blacking out parts of Amsterdam Zuidoost; a voltage dip probably took down Schiphol's check-in systems; at 04:30 Schiphol's website said most systems worked again except check-in; around 05:00 (0300 GMT) roads and trains to the airport were stopped, website statement at 05:10, passengers told to leave just before 05:30; check-in up in all departure halls and the airport reopened around 06:30 (0430 GMT), RTL reported the fault fixed around 06:45; inbound flights reduced 09:00-11:00, maximum flying again from 16:00; KLM cancelled 43 European flights; when the check-in platform failed was not published), seen from a ground handler's check-in desks in a departure hall",
    "issueId": "98308", "key": "GH-0429", "summary": "No check-in in the departure hall - CUTE can't reach DCS, no boarding passes or bag tags",
    "reporter": "Sanne de Vries", "assignee": "Bram Kuipers", "labels": ["check-in", "schiphol", "cute"],
    "components": ["check-in-desks", "station-ops"], "created": "2018-04-29T02:20", "now": "2018-05-17T12:00:00Z",
    "defaultZone": "Europe/Amsterdam",
    "description": """Check-in down at our desks: CUTE workstations can't reach the airline DCS, no boarding passes or bag tags. Queue for the first Palma and Dalaman departures growing fast (start of the May holiday).

Since we opened? Assume the airline's DCS (Altéa) is down again like in March; called their helpdesk. Amsterdam time.""",
    "comments": [
        ("229080", "Sanne de Vries", "2018-04-29T02:50", """Airline helpdesk: Altéa is fine, other stations are checking in. Schiphol's site says there was a power outage in Amsterdam and everything works again except check-in, so it's the airport's CUTE platform. Team chat (Dutch) in whatsapp-gh0429.txt, Amsterdam time."""),
        ("229081", "Sanne de Vries", "2018-04-29T03:15", """Schiphol and the Marechaussee have closed the access roads and stopped the trains; we're told to keep passengers in the hall until further notice."""),
        ("229082", "Bram Kuipers", "2018-04-29T05:30", """Check-in working again, queues moving. Palma left 67 min late, Dalaman cancelled by the airline. Heavy day ahead: inbound capped this morning."""),
        ("229083", "Bram Kuipers", "2018-05-03T09:00", """Station review (Thursday 3 May), Amsterdam time (CEST).
When check-in actually failed: unknown. The power dip came with TenneT's outage at 00:42, but none of our desks were open then and Schiphol hasn't said when the check-in platform went down; 04:02 is only when we found it.
First knew: desk 12 at 04:02, first passenger of the morning.
Back: 06:30, when Schiphol announced check-in working in all departure halls and reopened roads and trains; our first boarding pass printed that minute. RTL's 'verholpen rond 06:45' is a later report, not our end.
The airline DCS (Altéa) was never down; the helpdesk call was the wrong lead.
Inbound restrictions 09:00-11:00 and 'maximum flying again from 16:00' were the airport's schedule recovery, not the check-in outage.
Actions: manual check-in kit at every desk (handwritten boarding passes, blank bag tags), join Schiphol's ops broadcast for handlers, first shift called in by 03:30 on peak days."""),
    ],
    "changelog": [
        ("Bram Kuipers", "2018-04-29T02:21", [("status", "Open", "In Progress")]),
        ("Bram Kuipers", "2018-04-29T05:31", [("status", "In Progress", "Monitoring")]),
        ("Bram Kuipers", "2018-05-03T09:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-gh0429.txt", "zone": "Europe/Amsterdam", "referenceDate": "2018-04-29", "text": """
29-04-18 04:02 - Fenna (balie 12): CUTE geen verbinding met DCS, geen boardingpassen, geen bagagelabels
29-04-18 04:05 - Fenna (balie 12): balie 14 t/m 20 hetzelfde
29-04-18 04:10 - Sanne de Vries: Altéa ligt er vast weer uit zoals in maart, ik bel de helpdesk van de airline
29-04-18 04:30 - Sanne de Vries: Schiphol.nl: stroomstoring in Amsterdam gehad, alles doet het weer behalve inchecken
29-04-18 04:41 - Sanne de Vries: helpdesk: Altéa draait gewoon, andere stations checken in. het is CUTE van Schiphol
29-04-18 05:00 - Bram Kuipers: wegen naar Schiphol dicht en geen treinen meer, hal loopt vol
29-04-18 05:10 - Bram Kuipers: Schiphol meldt: wegen en treinverkeer stilgelegd voor de veiligheid in de terminal
29-04-18 06:30 - Fenna (balie 12): WE ZIJN TERUG, eerste boardingpas geprint
29-04-18 06:45 - Sanne de Vries: RTL meldt storing verholpen
29-04-18 07:12 - Bram Kuipers: Palma vertrokken, 67 min vertraging
"""}],
    "expected": {
        "events": [["2018-04-28T22:42Z", ["TenneT"]], ["2018-04-29T02:02Z", ["DCS", "desk 12"]],
                   ["2018-04-29T02:05Z", ["balie 14"]], ["2018-04-29T02:10Z", ["helpdesk"]],
                   ["2018-04-29T02:30Z", ["stroomstoring"]], ["2018-04-29T02:41Z", ["draait"]],
                   ["2018-04-29T03:00Z", ["wegen"]], ["2018-04-29T03:10Z", ["stilgelegd"]],
                   ["2018-04-29T04:30Z", ["TERUG", "Back"]], ["2018-04-29T04:45Z", ["verholpen"]],
                   ["2018-04-29T05:12Z", ["vertrokken"]], ["2018-04-29T07:00Z", ["Inbound"]],
                   ["2018-04-29T14:00Z", ["maximum flying"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt("2018-04-29T02:02Z", S, "CUTE geen verbinding met DCS", "whatsapp-gh0429.txt"),
            "resolved": kt("2018-04-29T04:30Z", S, "Back: 06:30, when Schiphol announced check-in working in all departure halls", "comment 229083")},
        "responders": [["Sanne de Vries", None], ["Bram Kuipers", None], ["Fenna (balie 12)", None]],
        "narrative": nar(["power dip", "TenneT"], ["check-in working"], ["GH-0429", "CUTE"],
                         "On 29 April 2018 the handler's check-in desks at Schiphol could not check anyone in until 06:30 Amsterdam time after a power dip took down the airport's check-in platform; when it failed is not known."),
    }})

# 10. Spark New Zealand, 29 January 2017 - core exchange hardware fault, seen from an Auckland courier --------------
I.append({
    "id": "spark-2017-01-core-exchange-fault-auckland-courier", "name": "Spark New Zealand mobile and broadband outage 29 January 2017 (Sunday of Auckland Anniversary weekend; from approximately 9.15am NZDT widespread intermittent outages hit 263 of about 1,500 Spark mobile sites, mostly in Auckland, and broadband elsewhere; a hardware fault in a core exchange (the Pakuranga data centre, problems from around 9.20am per NBR) where a backup failed to take over; statement at 11:13am said services were being progressively restored; mobile came back around midday but overloaded as phones re-registered, so Spark restarted customers in groups, some not until late evening; all broadband fully restored at 12.30am Monday; compensation case by case), seen from an Auckland same-day courier whose drivers' handhelds use Spark SIMs",
    "issueId": "98309", "key": "DSP-0129", "summary": "Drivers' handhelds no service - scans/PODs not syncing, can't reach vans",
    "reporter": "Hemi Walker", "assignee": "Tania Ruru", "labels": ["dispatch", "mobile-network", "handhelds"],
    "components": ["dispatch", "driver-handhelds"], "created": "2017-01-28T20:40", "now": "2017-02-17T12:00:00Z",
    "defaultZone": "Pacific/Auckland", "priority": "Medium",
    "description": """Drivers' handhelds (Spark SIMs) show no service: scans and PODs not syncing, can't ring the drivers' mobiles. Sunday run of 14 vans plus the long-weekend backlog.

Started about 9:30? Likely our dispatch server in the back room (it froze on Thursday); Hemi is restarting it. Auckland time.""",
    "comments": [
        ("229090", "Hemi Walker", "2017-01-28T21:10", """Server restart changed nothing. Office broadband (Spark) is down too, while my Vodafone phone and the landline work, so it's Spark's network. Dispatch log in dispatch-dsp0129.txt (Auckland time)."""),
        ("229091", "Hemi Walker", "2017-01-29T04:30", """Most vans back on during the afternoon; 6 handhelds never reconnected today and those drivers phoned in from landlines. 23 deliveries pushed to Tuesday (Monday is the holiday)."""),
        ("229092", "Tania Ruru", "2017-01-30T20:00", """Spark says all broadband was fully restored at 12:30am Monday and mobile came back progressively. Cause: a hardware fault in a core exchange (NBR: the Pakuranga data centre, problems from around 9:20am) and a backup system that didn't take over on its own."""),
        ("229093", "Tania Ruru", "2017-02-02T22:00", """Review (Friday 3 Feb), Auckland time (NZDT).
Start: Spark puts the outage from approximately 9:15am on Sunday; our first missing scans are from about then too.
First knew: Hemi's log at 9:22.
End: unknown. Spark says mobile came back around midday but then overloaded, and they brought customers back in groups through the afternoon, some not until late evening. Nobody here noted when the last van reconnected (6 never did that day), and Spark's 12:30am 'fully restored' is broadband, with the office long closed.
The dispatch server restart was the wrong lead.
Actions: dual-SIM handhelds (Spark and Vodafone), a phone tree with landline numbers, paper run sheets in every van."""),
    ],
    "changelog": [
        ("Tania Ruru", "2017-01-28T20:41", [("status", "Open", "In Progress")]),
        ("Hemi Walker", "2017-01-29T04:31", [("status", "In Progress", "Monitoring")]),
        ("Tania Ruru", "2017-02-02T22:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "dispatch-dsp0129.txt", "zone": "Pacific/Auckland", "referenceDate": "2017-01-29", "text": """
Sun 29 Jan 2017 - dispatch desk log, Mt Wellington depot (Hemi)
09:22  no scans from vans 4, 7, 11 since about 09:15 - handhelds show 'no service'
09:30  dispatch server in the back room froze again? restarting it
09:45  server restarted, still nothing from the vans. office broadband down too
10:05  my Vodafone phone works, office landline works. Spark problem, not ours
10:30  drivers told: paper run sheets, phone in from any landline every hour
11:13  Spark statement on their site: hardware fault in a core exchange, services progressively restored
11:40  van 4 syncing again, 7 and 11 still no service
13:10  Spark mobile patchy, handhelds reconnect then drop
17:00  end of day: 6 of 14 vans never reconnected today
"""}],
    "expected": {
        "events": [["2017-01-28T20:15Z", ["since about", "Start"]], ["2017-01-28T20:20Z", ["Pakuranga"]],
                   ["2017-01-28T20:22Z", ["no scans"]], ["2017-01-28T20:30Z", ["dispatch server"]],
                   ["2017-01-28T20:45Z", ["server restarted"]], ["2017-01-28T21:05Z", ["Vodafone"]],
                   ["2017-01-28T21:30Z", ["paper run sheets"]], ["2017-01-28T22:13Z", ["Spark statement"]],
                   ["2017-01-28T22:40Z", ["syncing again"]], ["2017-01-29T00:10Z", ["patchy"]],
                   ["2017-01-29T04:00Z", ["never reconnected"]], ["2017-01-29T11:30Z", ["fully restored"]]],
        "keyTimes": {
            "started": kt("2017-01-28T20:15Z", S, "Spark puts the outage from approximately 9:15am on Sunday", "comment 229093"),
            "detected": kt("2017-01-28T20:22Z", S, "no scans from vans 4, 7, 11", "dispatch-dsp0129.txt"),
            "resolved": kt(None, U)},
        "responders": [["Hemi Walker", None], ["Tania Ruru", None]],
        "narrative": nar(["hardware fault", "core exchange"], ["progressively restored"], ["DSP-0129", "Mt Wellington"],
                         "On 29 January 2017 a hardware fault in a Spark core exchange cut the courier's drivers off from about 9:15am Auckland time; when their service was fully back is not known."),
    }})

for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

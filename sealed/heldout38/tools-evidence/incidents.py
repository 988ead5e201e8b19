"""Held-out 38 incidents: compact specs. Five software / SaaS incidents seen from customers (Sorry(TM)'s management-UI
overload of 20 October 2025 seen from an Auckland ISP's night NOC across midnight on NZ daylight time; Zendesk's Pod 17
Views lag of 23 April 2025 seen from a Johannesburg retailer's evening support shift; VTEX's payment-authorization
impairment of 10 November 2023 seen from a Curitiba homewares store, a Portuguese WhatsApp thread; Banked's pay-by-bank
outage of 6 September 2023 seen from a Yorkshire ticketing company's festival presale; PayTrace's emailed-receipt
failure of 14 March 2018 seen from a Tucson mobile vet, where Arizona and Pacific daylight time coincide) and five
outside software companies (a Gatwick catering unit's early shift in the Three Bridges signalling power loss of 26
February 2024; a Minlaton bakery in the Yorke Peninsula transmission outage of 14-15 March 2025, ACDT UTC+10:30; a Bonn
home-ventilation care service in the Roettgen/Duisdorf outage of 21 March 2018, a German thread; a Colegiales ice-cream
shop in the Buenos Aires outage of 15 January 2026, a Spanish thread; a Utrecht train-courier firm in ProRail's
Mobirail telephony outage of 31 May 2021, a Dutch thread). Timeline facts from public statements
(SOURCES-heldout38.md); people, companies, ticket keys, chat wording, wrong first guesses and the minutes marked invented
there are made up."""
from datetime import datetime
from zoneinfo import ZoneInfo
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"
UTC = ZoneInfo("UTC")


def c(local, zone):
    """'2025-10-21 00:20' in zone -> '2025-10-20T11:20' (UTC, for Jira created times)."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def u(local, zone):
    """Local wall time -> '...Z' key-time / event instant."""
    return c(local, zone) + "Z"


AKL, JNB, SAO, LON = "Pacific/Auckland", "Africa/Johannesburg", "America/Sao_Paulo", "Europe/London"
PHX, LA, ADL, BER = "America/Phoenix", "America/Los_Angeles", "Australia/Adelaide", "Europe/Berlin"
BUE, AMS, Z = "America/Argentina/Buenos_Aires", "Europe/Amsterdam", "UTC"

I = []

# 1. Sorry(TM), 20 October 2025 - management UI overloaded, seen from an Auckland ISP's night NOC ------------------------
I.append({
    "id": "sorry-2025-10-mgmt-ui-auckland-isp-noc", "name": "Sorry(TM) status-page management UI degradation 20 October 2025 (monitoring confirmed UI errors at 10:31 UTC, incident acknowledged and customers told 10:35, first patch 11:05, second patch 11:12, UI recovered 11:14, 43 minutes of timeouts and errors on app.sorryapp.com; permanent changes from 16:00, review from 21 Oct 09:00, firewall notice 15:06; cause: cache-bypassing POST requests overloading the origin), seen from an Auckland regional ISP's NOC that could not post a fibre-cut notice on its status page, across midnight on NZ daylight time",
    "issueId": "98100", "key": "KFN-1020", "summary": "Can't post outage notices - Sorry status page admin (app.sorryapp.com) timing out",
    "reporter": "Ruby Chen", "assignee": "Ruby Chen", "labels": ["status-page", "noc", "vendor"],
    "components": ["noc-tools", "customer-comms"], "created": c("2025-10-21 00:20", AKL), "now": "2025-11-10T12:00:00Z",
    "defaultZone": AKL, "priority": "High",
    "description": """Can't post or edit outage notices: app.sorryapp.com (our status page admin) spins and times out, in the middle of the Hamilton fibre cut. Working again now, logging it for the vendor review.

Since ~11:30pm? Ruby first thought our Google SSO. NZ time.""",
    "comments": [
        ("231000", "Ruby Chen", c("2025-10-21 00:30", AKL), """Sorry's web app was timing out, so the Hamilton fibre-cut notice went on Facebook and the IVR first. It loads again now. NOC Slack copied to slack-kfn1020.txt (NZ time)."""),
        ("231001", "Tama Ngata", c("2025-10-21 08:30", AKL), """Hamilton customers say our status page showed 'all good' for the first part of the fibre cut because of this. Sorry's own page went Recovering, then Resolved."""),
        ("231002", "Ruby Chen", c("2025-10-23 09:00", AKL), """Sorry published a post incident review; copied to sorry-pir-1020.txt (UTC, as they publish). Cause: POST requests to status pages got past their cache and overloaded the origin."""),
        ("231003", "Hemi Walker", c("2025-10-24 14:00", AKL), """Review (Friday 24 Oct), NZ time (NZDT, UTC+13 since 28 September).
Window for us: 11:31 pm Monday to 12:14 am Tuesday, Sorry's 10:31 to 11:14 UTC (43 minutes), when nobody could post or edit a notice.
First knew: Ruby at 11:36 pm, when the Hamilton notice would not save.
The Google SSO lead was wrong and cost six minutes.
Sorry's own post at 11:35 pm and the 12:22 am 'monitoring' are their comms; their permanent fixes (5:00 am Tuesday) and the review are after our impact.
The fibre cut itself (11:24 pm to 1:40 am) is a separate ticket, KFN-1019.
Actions: a second way to post notices (Facebook/IVR templates ready), Sorry's status feed into #noc, the notice text drafted before the admin is needed."""),
    ],
    "changelog": [
        ("Ruby Chen", c("2025-10-21 00:21", AKL), [("status", "Open", "In Progress")]),
        ("Ruby Chen", c("2025-10-21 00:31", AKL), [("status", "In Progress", "Monitoring")]),
        ("Hemi Walker", c("2025-10-24 14:05", AKL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "slack-kfn1020.txt", "zone": AKL, "referenceDate": "2025-10-20", "text": """
#noc  Monday 20 Oct
[11:24 PM] Tama Ngata: Hamilton east fibre cut confirmed, about 1,900 customers down. need an outage notice on our status page
[11:36 PM] Ruby Chen: can't load app.sorryapp.com, spinner then a timeout page. can't post the notice
[11:38 PM] Tama Ngata: probably our Google SSO session playing up again, log out and back in
[11:44 PM] Ruby Chen: SSO is fine, Xero and Jira load. status.sorryapp.com says they're looking into UI issues (posted 11:35 PM)
[11:52 PM] Ruby Chen: put the Hamilton notice on Facebook and the IVR instead
Tuesday 21 Oct
[12:14 AM] Ruby Chen: app loads again, Hamilton notice posted on the status page
[12:22 AM] Tama Ngata: Sorry says patches are in and they're monitoring
[1:40 AM] Tama Ngata: Hamilton fibre spliced, closing the notice
"""}, {"file": "sorry-pir-1020.txt", "zone": Z, "referenceDate": "2025-10-20", "text": """
Sorry(TM) status, "Management UI performance degradation" - post incident review as copied (times UTC)
Impact: team members using app.sorryapp.com got timeouts and errors for 43 minutes
20 Oct 2025 10:31  monitoring confirms errors with the UI
20 Oct 2025 10:35  incident acknowledged, customers told about the UI issues
20 Oct 2025 11:05  first patch applied
20 Oct 2025 11:12  second patch applied
20 Oct 2025 11:14  monitoring confirms the UI recovered
20 Oct 2025 16:00  first round of permanent changes made
21 Oct 2025 09:00  post incident review process started
21 Oct 2025 15:00  firewall improvement tasks completed
21 Oct 2025 15:06  general notice posted about the firewall improvements
Root cause: POST requests to status pages were allowed; they cannot be cached, so they went straight to the origin and overloaded it. Now blocked except where explicitly allowed.
"""}],
    "expected": {
        "events": [[u("2025-10-20 23:24", AKL), ["fibre cut"]], [u("2025-10-20 10:31", Z), ["confirms errors", "Window"]],
                   [u("2025-10-20 10:35", Z), ["acknowledged"]], [u("2025-10-20 23:36", AKL), ["app.sorryapp.com", "First knew"]],
                   [u("2025-10-20 23:38", AKL), ["SSO"]], [u("2025-10-20 23:44", AKL), ["looking into"]],
                   [u("2025-10-20 23:52", AKL), ["Facebook"]], [u("2025-10-20 11:05", Z), ["first patch"]],
                   [u("2025-10-20 11:12", Z), ["second patch"]], [u("2025-10-20 11:14", Z), ["recovered", "loads again"]],
                   [u("2025-10-21 00:22", AKL), ["monitoring"]], [u("2025-10-21 01:40", AKL), ["spliced"]],
                   [u("2025-10-20 16:00", Z), ["permanent"]], [u("2025-10-21 15:06", Z), ["general notice"]]],
        "keyTimes": {
            "started": kt(u("2025-10-20 10:31", Z), S, "Window for us: 11:31 pm Monday to 12:14 am Tuesday", "comment 231003"),
            "detected": kt(u("2025-10-20 23:36", AKL), S, "can't load app.sorryapp.com", "slack-kfn1020.txt"),
            "resolved": kt(u("2025-10-20 11:14", Z), S, "Window for us: 11:31 pm Monday to 12:14 am Tuesday", "comment 231003")},
        "responders": [["Ruby Chen", None], ["Tama Ngata", None], ["Hemi Walker", None]],
        "narrative": nar(["POST requests"], ["second patch"], ["KFN-1020", "#noc"],
                         "From 11:31 pm on 20 October to 12:14 am on 21 October 2025 (NZ time) the ISP's NOC could not post or edit status-page notices because Sorry's management UI was overloaded."),
    }})

# 2. Zendesk, 23 April 2025 - Pod 17 Views lag, seen from a Johannesburg retailer's evening support shift ---------------
I.append({
    "id": "zendesk-2025-04-pod17-views-johannesburg-retail", "name": "Zendesk Pod 17 Views delays 23 April 2025 (between 18:01 and 19:50 UTC ticket updates reached Views late and view counts were wrong; first public update 19:43 UTC, back to normal 19:59 UTC; cause: Views traffic redirected too early to new infrastructure during a routine update, fixed by adding capacity), seen from a Johannesburg outdoor-gear retailer's evening support shift before a sale weekend",
    "issueId": "98101", "key": "MZO-0423", "summary": "Zendesk views stale - solved tickets stay in 'My open', counts wrong, double replies",
    "reporter": "Thabo Mokoena", "assignee": "Thabo Mokoena", "labels": ["zendesk", "support", "sale-weekend"],
    "components": ["customer-support", "helpdesk"], "created": c("2025-04-23 20:25", JNB), "now": "2025-05-12T12:00:00Z",
    "defaultZone": JNB, "priority": "Medium",
    "description": """Zendesk views are stale: solved tickets stay in 'My open', the counts are wrong and two agents end up answering the same customer. Sale weekend backlog building.

Since ~8pm? Lindiwe's new sale trigger is the suspect. SA time.""",
    "comments": [
        ("231010", "Thabo Mokoena", c("2025-04-23 20:40", JNB), """Disabled Lindiwe's trigger, no change. Agents told to work from search instead of views."""),
        ("231011", "Thabo Mokoena", c("2025-04-23 22:10", JNB), """Views are current again. Zendesk only posted an incident near the end. Teams chat copied to teams-mzo0423.txt (SA time)."""),
        ("231012", "Lindiwe Dube", c("2025-04-28 09:30", JNB), """Zendesk's post-mortem is out; copied to zendesk-pm-0423.txt (UTC/PT as published). Root cause: Views traffic was moved to new infrastructure too early during a routine update."""),
        ("231013", "Thabo Mokoena", c("2025-04-29 11:00", JNB), """Review (Tuesday 29 April), SA time (SAST, UTC+2).
Window for us: 20:01 to 21:50 SAST, Zendesk's 18:01 to 19:50 UTC on Pod 17.
First knew: Sipho at 20:07, solved tickets still sitting in his open view.
Lindiwe's sale trigger was innocent; re-enabled Thursday 24 April at 09:00.
Zendesk's 'investigating' (21:43) came near the end and their 'back to normal' (21:59) after we already saw current views at 21:50.
Cost: 11 customers got two different answers, 3 refunds done twice and reversed.
Actions: a 'views look wrong' check (count against a search) in the shift checklist, Zendesk status alerts into the team channel, a second lead on the sale weekend rota."""),
    ],
    "changelog": [
        ("Thabo Mokoena", c("2025-04-23 20:26", JNB), [("status", "Open", "In Progress")]),
        ("Thabo Mokoena", c("2025-04-23 22:11", JNB), [("status", "In Progress", "Monitoring")]),
        ("Thabo Mokoena", c("2025-04-29 11:05", JNB), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-mzo0423.txt", "zone": JNB, "referenceDate": "2025-04-23", "text": """
[2025/04/23 20:07] Sipho Khumalo: views are lagging, tickets I solved 5 min ago still in "My open"
[2025/04/23 20:10] Lindiwe Dube: might be my new sale auto-tag trigger looping, disabling it now
[2025/04/23 20:19] Lindiwe Dube: trigger off, views still stale. count says 212 open, search says about 150
[2025/04/23 20:33] Sipho Khumalo: two customers got double replies, two of us picked the same ticket
[2025/04/23 21:05] Thabo Mokoena: everyone work from search, not views, until further notice
[2025/04/23 21:43] Thabo Mokoena: Zendesk status now shows an incident for Pod 17
[2025/04/23 21:50] Sipho Khumalo: views current again, counts match search
[2025/04/23 21:59] Thabo Mokoena: Zendesk says Views latency back to normal
"""}, {"file": "zendesk-pm-0423.txt", "zone": Z, "referenceDate": "2025-04-23", "text": """
Service Incident April 23, 2025 - Pod 17 - Support: delays in ticket updates in Views, inaccurate view counts (as copied)
Summary: between 18:01 and 19:50 UTC, Support customers on Pod 17 saw ticket updates reach Views late and wrong ticket counts in Views.
19:43 UTC | 12:43 PT - investigating delays in ticket status updates showing in Views for Pod 17; lag reducing
19:59 UTC | 12:59 PT - Views refresh latency on Pod 17 back to normal; refresh the browser if stale tickets remain
Root cause: during a routine update, Views traffic was redirected too early to the new infrastructure that serves it.
Resolution: engineers increased the capacity of the new infrastructure to clear the backlog and restore response times.
Remediation: better visibility of Views lag during infrastructure changes; earlier paging and alerting.
"""}],
    "expected": {
        "events": [[u("2025-04-23 18:01", Z), ["between 18:01", "Window"]], [u("2025-04-23 20:07", JNB), ["lagging", "First knew"]],
                   [u("2025-04-23 20:10", JNB), ["trigger"]], [u("2025-04-23 20:19", JNB), ["still stale"]],
                   [u("2025-04-23 20:33", JNB), ["double replies"]], [u("2025-04-23 21:05", JNB), ["search"]],
                   [u("2025-04-23 19:43", Z), ["investigating", "Pod 17"]], [u("2025-04-23 19:50", Z), ["views current", "Window"]],
                   [u("2025-04-23 19:59", Z), ["normal"]], [u("2025-04-24 09:00", JNB), ["re-enabled"]]],
        "keyTimes": {
            "started": kt(u("2025-04-23 18:01", Z), S, "Window for us: 20:01 to 21:50 SAST", "comment 231013"),
            "detected": kt(u("2025-04-23 20:07", JNB), S, "views are lagging", "teams-mzo0423.txt"),
            "resolved": kt(u("2025-04-23 19:50", Z), S, "Window for us: 20:01 to 21:50 SAST", "comment 231013")},
        "responders": [["Thabo Mokoena", None], ["Sipho Khumalo", None], ["Lindiwe Dube", None]],
        "narrative": nar(["redirected too early"], ["increased the capacity"], ["MZO-0423", "My open"],
                         "On 23 April 2025 from 20:01 to 21:50 Johannesburg time the retailer's support agents worked from stale Zendesk views and wrong counts because Zendesk moved Views traffic to new infrastructure too early."),
    }})

# 3. VTEX, 10 November 2023 - payment authorization impaired, seen from a Curitiba homewares store ----------------------
I.append({
    "id": "vtex-2023-11-payment-auth-curitiba-store", "name": "VTEX payment authorization impairment 10 November 2023 (deploy of the Payment Options component from 12:09 UTC, error-rate alarm and rollback 12:19, shoppers failing to complete purchases from 12:28 UTC for 38 minutes, incident declared 12:29 after the rollback failed, traffic moved to the Payments Gateway from 12:51, fully moved 13:03), seen from a Curitiba homewares store on VTEX during its pre-Black-Friday promotion; the store's end of impact is only derivable from the 38 minutes",
    "issueId": "98102", "key": "CAR-1110", "summary": "Checkout falhando no pagamento - cartão 'não autorizado', Pix sem QR",
    "reporter": "Juliana Prado", "assignee": "Rafael Moreira", "labels": ["vtex", "checkout", "black-friday"],
    "components": ["ecommerce", "pagamentos"], "created": c("2023-11-10 09:40", SAO), "now": "2023-12-01T12:00:00Z",
    "defaultZone": SAO, "priority": "Highest",
    "description": """Checkout da loja falhando no pagamento: cartão volta 'não autorizado' e o Pix não gera QR. Esquenta Black Friday no ar desde ontem.

Começou ~9h30? Rafael acha que é a regra nova do antifraude. Horário de Brasília.""",
    "comments": [
        ("231020", "Rafael Moreira", c("2023-11-10 09:58", SAO), """Antifraude descartado: desliguei a regra e o Pix também falha. status.vtex.com tem incidente aberto de autorização de pagamento. Clientes orientados a tentar mais tarde."""),
        ("231021", "Juliana Prado", c("2023-11-10 11:00", SAO), """Pedidos voltaram a entrar (vi às 10:15). Grupo do WhatsApp copiado em whatsapp-car1110.txt (horário de Brasília)."""),
        ("231022", "Rafael Moreira", c("2023-11-14 10:00", SAO), """A VTEX publicou o relatório; copiado em vtex-report-1110.txt (UTC, como publicado). Causa: o componente Payment Options ficou instável durante um deploy, o rollback não funcionou e o tráfego foi movido para o Payments Gateway."""),
        ("231023", "Camila Souza", c("2023-11-16 15:00", SAO), """Revisão (quinta 16/11), horário de Brasília (UTC-3, sem horário de verão).
Início para nós: 09:28 (12:28 UTC), quando a VTEX diz que os compradores começaram a falhar no checkout.
O deploy das 09:09 ainda não afetava ninguém, e o alarme interno deles às 09:19 não chegou até nós.
Primeiro aviso: Juliana às 09:33, três clientes no chat com cartão recusado.
Fim: a VTEX diz que o fluxo de vendas ficou afetado por 38 minutos a partir das 12:28 UTC; ninguém aqui anotou o horário. O 10:15 da Juliana é só quando ela olhou o painel de pedidos, e o 'resolvido' deles saiu à tarde.
A regra do antifraude foi pista falsa (custou oito minutos).
Custo: 27 carrinhos abandonados, cupom reenviado às 10:40.
Ações: alerta de queda de pedidos por minuto no painel, status da VTEX no grupo, roteiro de 'checkout falhando' sem mexer no antifraude."""),
    ],
    "changelog": [
        ("Rafael Moreira", c("2023-11-10 09:41", SAO), [("status", "Open", "In Progress")]),
        ("Juliana Prado", c("2023-11-10 11:01", SAO), [("status", "In Progress", "Monitoring")]),
        ("Camila Souza", c("2023-11-16 15:05", SAO), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-car1110.txt", "zone": SAO, "referenceDate": "2023-11-10", "text": """
10/11/2023 09:33 - Juliana Prado: checkout travando no pagamento, 3 clientes no chat dizendo que o cartão "não foi autorizado"
10/11/2023 09:36 - Rafael Moreira: deve ser a regra nova do antifraude que ligamos ontem, vou desativar
10/11/2023 09:44 - Rafael Moreira: regra desligada, continua. Pix também não gera QR, não é antifraude
10/11/2023 09:52 - Juliana Prado: status.vtex.com: "Impairment during Payment Authorization", investigando
10/11/2023 10:15 - Juliana Prado: pedidos entrando de novo! 4 nos últimos minutos
10/11/2023 10:40 - Rafael Moreira: cupom ESQUENTA10 reenviado para os 27 carrinhos abandonados
"""}, {"file": "vtex-report-1110.txt", "zone": Z, "referenceDate": "2023-11-10", "text": """
VTEX status, "Impairment during Payment Authorization" - incident report as copied (UTC)
Summary: on November 10, from 12:28 UTC, shoppers had trouble completing purchases; the global sales flow was affected for 38 minutes.
12:09 UTC  team starts deploying a Payments Gateway component (Payment Options)
12:19 UTC  alarm on an increased error rate in this module; rollback started
12:29 UTC  rollback did not work as expected; incident declared
12:51 UTC  traffic starts moving from Payment Options to the Payments Gateway
13:03 UTC  remaining traffic completely moved to the Payments Gateway
Cause: Payment Options became unhealthy during deployment; rollback maneuvers used to recover the platform.
"""}],
    "expected": {
        "events": [[u("2023-11-10 12:09", Z), ["deploying", "deploy"]], [u("2023-11-10 12:19", Z), ["alarm"]],
                   [u("2023-11-10 12:28", Z), ["shoppers", "Início"]], [u("2023-11-10 12:29", Z), ["incident declared"]],
                   [u("2023-11-10 09:33", SAO), ["checkout travando", "Primeiro aviso"]], [u("2023-11-10 09:36", SAO), ["antifraude"]],
                   [u("2023-11-10 09:44", SAO), ["Pix"]], [u("2023-11-10 12:51", Z), ["traffic starts moving"]],
                   [u("2023-11-10 09:52", SAO), ["status.vtex.com"]], [u("2023-11-10 13:03", Z), ["remaining traffic"]],
                   [u("2023-11-10 10:15", SAO), ["pedidos", "painel"]], [u("2023-11-10 10:40", SAO), ["cupom"]]],
        "keyTimes": {
            "started": kt(u("2023-11-10 09:28", SAO), S, "Início para nós: 09:28 (12:28 UTC)", "comment 231023"),
            "detected": kt(u("2023-11-10 09:33", SAO), S, "checkout travando no pagamento", "whatsapp-car1110.txt"),
            "resolved": kt(u("2023-11-10 13:06", Z), I_,
                           "a VTEX diz que o fluxo de vendas ficou afetado por 38 minutos a partir das 12:28 UTC", "comment 231023")},
        "responders": [["Juliana Prado", None], ["Rafael Moreira", None], ["Camila Souza", None]],
        "narrative": nar(["Payment Options"], ["Payments Gateway"], ["CAR-1110", "ESQUENTA10"],
                         "On 10 November 2023 the Curitiba store's shoppers could not pay at checkout from 09:28 Brasília time for about 38 minutes because a VTEX payments component failed during a deployment."),
    }})

# 4. Banked, 6 September 2023 - pay-by-bank payments failing, seen from a ticketing company's festival presale -----------
I.append({
    "id": "banked-2023-09-payments-api-leeds-ticketing", "name": "Banked payments API and checkout outage 6 September 2023 (between 9:05 and 9:25 UTC attempts to create payments failed after a service was deployed with an incorrect configuration; rolled back; status posts 09:25 investigating, 09:32, 09:33 resolved, postmortem 7 Sept 17:34 UTC), seen from a Leeds ticketing company whose festival presale opened at 10:00 BST with pay-by-bank at checkout",
    "issueId": "98103", "key": "PEV-0906", "summary": "Moorfest presale - Pay by bank failing: 'payment could not be created'",
    "reporter": "Callum Reid", "assignee": "Callum Reid", "labels": ["presale", "payments", "banked"],
    "components": ["checkout", "ticketing"], "created": c("2023-09-06 10:14", LON), "now": "2023-10-02T12:00:00Z",
    "defaultZone": LON, "priority": "Highest",
    "description": """Pay by bank failing at checkout in the Moorfest presale: "payment could not be created" at step 2. Cards OK. Queue of 4,000+.

Started ~10:10? Callum thinks our queue tokens are expiring. UK time.""",
    "comments": [
        ("231030", "Callum Reid", c("2023-09-06 10:45", LON), """Pay by bank works again (my test went through). Banked's status page only showed the incident from 10:25. Teams chat in teams-pev0906.txt (UK time)."""),
        ("231031", "Nia Lloyd", c("2023-09-07 19:00", LON), """Banked's postmortem is out; their status updates copied to banked-status-0906.txt (UTC as posted). A deployment with an incorrect configuration; they rolled it back."""),
        ("231032", "Aisha Begum", c("2023-09-08 12:00", LON), """46 customers who gave up during the outage got a priority code; 38 used it."""),
        ("231033", "Nia Lloyd", c("2023-09-12 10:00", LON), """Review (Tuesday 12 Sept), UK time (BST, UTC+1).
Pay by bank was broken for us from 10:05 to 10:25 BST, Banked's 9:05-9:25 UTC.
First knew: Aisha's customer reports at 10:08, three minutes in.
The queue-token theory was wrong; extending the TTL did nothing.
Banked's first status post (10:25) landed as it recovered; 'continuing to investigate' (10:32) and 'resolved' (10:33) came after. Our 10:36 test is only when we switched the button back on.
Actions: automatic fallback to cards when bank payments fail twice in a row, Banked status in the ops channel, a payment-method check in the presale runbook."""),
    ],
    "changelog": [
        ("Callum Reid", c("2023-09-06 10:15", LON), [("status", "Open", "In Progress")]),
        ("Callum Reid", c("2023-09-06 10:46", LON), [("status", "In Progress", "Monitoring")]),
        ("Nia Lloyd", c("2023-09-12 10:05", LON), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "teams-pev0906.txt", "zone": LON, "referenceDate": "2023-09-06", "text": """
[06/09/2023 10:00] Callum Reid: presale is live, 4,100 in the queue
[06/09/2023 10:08] Aisha Begum: customers say Pay by bank fails at step 2: "payment could not be created"
[06/09/2023 10:11] Callum Reid: probably our queue tokens expiring with a queue this size, extending the token TTL
[06/09/2023 10:17] Callum Reid: TTL extended, bank payments still failing. cards are fine
[06/09/2023 10:21] Nia Lloyd: turning the Pay by bank button off, cards only for now
[06/09/2023 10:29] Aisha Begum: Banked status page has an incident up (posted 10:25): API and checkout degraded
[06/09/2023 10:36] Callum Reid: test Pay by bank payment went through, button back on
[06/09/2023 10:40] Nia Lloyd: 312 tickets sold by card while it was off
"""}, {"file": "banked-status-0906.txt", "zone": Z, "referenceDate": "2023-09-06", "text": """
Banked status, "API and checkout service degradation" (UTC, as posted; copied 7 Sept)
Sep 06, 2023 09:25 UTC  investigating: performance degradation of the API and checkout service
Sep 06, 2023 09:32 UTC  investigating: continuing to investigate
Sep 06, 2023 09:33 UTC  resolved: postmortem to follow
Sep 07, 2023 17:34 UTC  postmortem: between 9:05 and 9:25 UTC attempts to create payments failed in the payments API and checkout; a service was deployed with an incorrect configuration and the on-call team rolled it back
"""}],
    "expected": {
        "events": [[u("2023-09-06 10:00", LON), ["presale is live"]], [u("2023-09-06 09:05", Z), ["broken for us", "between 9:05"]],
                   [u("2023-09-06 10:08", LON), ["step 2", "First knew"]], [u("2023-09-06 10:11", LON), ["token"]],
                   [u("2023-09-06 10:17", LON), ["TTL extended"]], [u("2023-09-06 10:21", LON), ["button off"]],
                   [u("2023-09-06 09:25", Z), ["performance degradation", "first status post"]], [u("2023-09-06 10:29", LON), ["status page"]],
                   [u("2023-09-06 09:32", Z), ["continuing"]], [u("2023-09-06 09:33", Z), ["resolved"]],
                   [u("2023-09-06 10:36", LON), ["test Pay by bank", "test"]], [u("2023-09-06 10:40", LON), ["312 tickets"]],
                   [u("2023-09-07 17:34", Z), ["postmortem"]]],
        "keyTimes": {
            "started": kt(u("2023-09-06 09:05", Z), S, "Pay by bank was broken for us from 10:05 to 10:25 BST", "comment 231033"),
            "detected": kt(u("2023-09-06 10:08", LON), S, "customers say Pay by bank fails at step 2", "teams-pev0906.txt"),
            "resolved": kt(u("2023-09-06 09:25", Z), S, "Pay by bank was broken for us from 10:05 to 10:25 BST", "comment 231033")},
        "responders": [["Callum Reid", None], ["Aisha Begum", None], ["Nia Lloyd", None]],
        "narrative": nar(["incorrect configuration"], ["rolled it back"], ["PEV-0906", "Moorfest"],
                         "On 6 September 2023 the ticketing company's presale customers could not pay by bank from 10:05 to 10:25 UK time because Banked deployed a misconfigured service."),
    }})

# 5. PayTrace, 14 March 2018 - emailed receipts not sent, seen from a Tucson mobile vet -------------------------------
I.append({
    "id": "paytrace-2018-03-receipts-tucson-mobile-vet", "name": "PayTrace emailed card receipts not received 14 March 2018 (status Investigating 07:22 PDT, Resolved 09:43 PDT, postmortem 15 March 11:23 PDT: a 3rd-party server-authentication component crashed and its automatic restarts failed; pending receipts sent afterwards, none lost; no public start time), seen from a Tucson mobile veterinary practice, three days after US daylight time began while Arizona stays on MST (the same UTC-7 as PDT)",
    "issueId": "98104", "key": "SMV-0314", "summary": "Clients not getting emailed card receipts from PayTrace",
    "reporter": "Dana Whitfield", "assignee": "Marisol Quintero", "labels": ["payments", "receipts", "paytrace"],
    "components": ["front-desk", "billing"], "created": c("2018-03-14 07:30", PHX), "now": "2018-04-02T12:00:00Z",
    "defaultZone": PHX, "priority": "Medium",
    "description": """Clients are not getting their emailed card receipts from PayTrace (last night's house calls and this morning's). Two calls already.

Probably our spam filter again? Arizona time.""",
    "comments": [
        ("231040", "Marisol Quintero", c("2018-03-14 08:10", PHX), """Not our spam filter: quarantine empty, and my own test charge got no receipt. PayTrace has a status incident for receipts. Paper receipts for today. Chat copied to gchat-smv0314.txt (Arizona time)."""),
        ("231041", "Marisol Quintero", c("2018-03-14 09:55", PHX), """Receipts are flowing, the backlog arrived in one go. PayTrace's status page copied to paytrace-status-0314.txt (Pacific daylight time, as posted)."""),
        ("231042", "Dana Whitfield", c("2018-03-16 09:00", PHX), """PayTrace postmortem (15 March): a 3rd-party component they use for server authentication crashed and its automatic restart failed; pending receipts were sent after the fix, none lost."""),
        ("231043", "Ellen Park", c("2018-03-19 12:00", PHX), """Review (Monday 19 March), Arizona time (MST, UTC-7 all year).
Start: unknown. PayTrace never said when the component crashed; Mrs. Ocampo's receipt from Tuesday evening's visit is the oldest we know was missing, and we don't know whether earlier ones went out.
First knew: Mrs. Ocampo's call at 7:10 am.
Receipts went out again at 9:38 am, when 14 arrived at once in the BCC box; PayTrace's Resolved post is 9:43.
Dana's '8:22 our time' was wrong: Arizona doesn't change clocks, and since the US went to daylight time on 11 March, Pacific (PDT) is the same UTC-7 as us, so PayTrace's 7:22 was 7:22 here.
The spam filter was a wrong lead.
Actions: receipts also by text from the card reader app, check PayTrace status before touching mail settings, 'Pacific = Arizona from March to November' on the wall chart."""),
    ],
    "changelog": [
        ("Marisol Quintero", c("2018-03-14 07:31", PHX), [("status", "Open", "In Progress")]),
        ("Marisol Quintero", c("2018-03-14 09:56", PHX), [("status", "In Progress", "Monitoring")]),
        ("Ellen Park", c("2018-03-19 12:05", PHX), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "gchat-smv0314.txt", "zone": PHX, "referenceDate": "2018-03-14", "text": """
Dana Whitfield, 3/14/18, 7:10 AM: Mrs. Ocampo called, never got her receipt for last night's house call
Marisol Quintero, 3/14/18, 7:18 AM: probably our spam filter again, checking the quarantine
Marisol Quintero, 3/14/18, 7:26 AM: not in quarantine. ran a $1 test charge on my own card, no receipt either
Dana Whitfield, 3/14/18, 7:40 AM: PayTrace status: delay in emailed receipts, posted 7:22 Pacific, so 8:22 our time??
Dana Whitfield, 3/14/18, 8:05 AM: printing paper receipts for today's visits
Marisol Quintero, 3/14/18, 9:20 AM: still nothing for the test charge
Marisol Quintero, 3/14/18, 9:38 AM: BCC box just got 14 receipts at once, including my test
"""}, {"file": "paytrace-status-0314.txt", "zone": LA, "referenceDate": "2018-03-14", "text": """
PayTrace status, "Customer credit card receipts are not being received" (PDT, as posted)
Investigating - Mar 14, 2018 07:22 PDT - emailed receipt copies to customers are delayed; more information shortly
Resolved - Mar 14, 2018 09:43 PDT - credit card receipts are being received again; postmortem to follow
Postmortem - Mar 15, 2018 11:23 PDT - a 3rd-party service component used for server authentication crashed; automatic restarts of it failed because of a vendor bug; no receipt data lost, pending receipts sent once the component was back
"""}],
    "expected": {
        "events": [[u("2018-03-14 07:10", PHX), ["receipt", "First knew"]], [u("2018-03-14 07:18", PHX), ["spam filter"]],
                   [u("2018-03-14 07:22", LA), ["Investigating"]], [u("2018-03-14 07:26", PHX), ["test charge"]],
                   [u("2018-03-14 07:40", PHX), ["PayTrace status"]], [u("2018-03-14 08:05", PHX), ["paper receipts"]],
                   [u("2018-03-14 09:20", PHX), ["still nothing"]], [u("2018-03-14 09:38", PHX), ["BCC box"]],
                   [u("2018-03-14 09:43", LA), ["Resolved"]], [u("2018-03-15 11:23", LA), ["Postmortem"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt(u("2018-03-14 07:10", PHX), S, "never got her receipt", "gchat-smv0314.txt"),
            "resolved": kt(u("2018-03-14 09:38", PHX), S, "Receipts went out again at 9:38 am", "comment 231043")},
        "responders": [["Dana Whitfield", None], ["Marisol Quintero", None], ["Ellen Park", None]],
        "narrative": nar(["server authentication"], ["pending receipts"], ["SMV-0314", "BCC box"],
                         "On 14 March 2018 the mobile vet's clients did not get emailed card receipts until 9:38 am Arizona time because a PayTrace component crashed; when the receipts stopped is not known."),
    }})

# 6. Three Bridges signalling centre power loss, 26 February 2024, seen from a Gatwick catering unit's early shift ------
I.append({
    "id": "threebridges-2024-02-signalling-power-gatwick-catering", "name": "Sussex route signalling failure 26 February 2024 (at 3.04am a loss of power on part of the UK Power Networks grid hit Network Rail's Three Bridges signalling centre; shortly before 4am Southern, Thameslink and Gatwick Express said no trains until further notice; all signalling restored 6.30am with services resuming gradually; Gatwick Express limited service from 09:40; points failures at Haywards Heath (fixed about 11am) and Hove), seen from a Gatwick in-flight catering unit whose 05:00 early shift commutes by train from Brighton and Haywards Heath",
    "issueId": "98105", "key": "SKP-0226", "summary": "Early shift short - no Southern/Thameslink trains from Brighton & Haywards Heath",
    "reporter": "Kofi Mensah", "assignee": "Kofi Mensah", "labels": ["staffing", "rail-disruption", "early-shift"],
    "components": ["production", "rostering"], "created": c("2024-02-26 05:10", LON), "now": "2024-03-15T12:00:00Z",
    "defaultZone": LON, "priority": "High",
    "description": """Early shift short-staffed: no Southern/Thameslink trains from Brighton or Haywards Heath, "major signalling fault". First-wave trolleys at risk.

Since ~4am? Kofi first thought the weekend engineering works were overrunning. UK time.""",
    "comments": [
        ("231050", "Kofi Mensah", c("2024-02-26 05:25", LON), """Taxis for the hot-food team on their way. Two first-wave flights' trolleys will be about 15 minutes late, airline duty managers told."""),
        ("231051", "Kofi Mensah", c("2024-02-26 07:35", LON), """Staffing back to normal, 13 of 14 in. WhatsApp copied to whatsapp-skp0226.txt (UK time)."""),
        ("231052", "Declan Hughes", c("2024-02-27 09:00", LON), """Network Rail statement (PA via Shropshire Star, inews, LBC): at 3.04am a loss of power across part of the UK Power Networks grid hit the Three Bridges signalling centre, which controls signalling across most of the Sussex route; all signalling restored at 6.30am; Gatwick Express limited service from 09:40; points failures at Haywards Heath and Hove kept some services disrupted into the afternoon."""),
        ("231053", "Declan Hughes", c("2024-03-01 11:00", LON), """Review (Friday 1 March), UK time (GMT).
Start for us: 04:12, when Paulina found nothing moving at Haywards Heath, the first of the early shift who could not get in. The 3:04 power loss at Three Bridges hurt nobody here until people needed trains (ours start travelling around four), so it is the cause, not our start; 05:00 is only when the shift was due, with 9 of 14 missing.
First knew: the same message from Paulina, sent from the platform.
End for us: 07:20, 13 of 14 in and the 08:00 wave on time. Network Rail had signalling back at 6:30 but trains took a while; Gatwick Express only restarted at 09:40 and the Haywards Heath points stayed out until about 11, which only touched the late shift.
Weekend engineering works were a wrong guess; checking National Rail first would have got taxis moving sooner.
Cost: 2 flights' trolleys 15 minutes late, 410 pounds of taxis.
Actions: taxi account with a Brighton firm, a 'no trains' trigger in the shift plan, early-shift staff offered the Crawley hostel on warning days."""),
    ],
    "changelog": [
        ("Kofi Mensah", c("2024-02-26 05:11", LON), [("status", "Open", "In Progress")]),
        ("Kofi Mensah", c("2024-02-26 07:36", LON), [("status", "In Progress", "Monitoring")]),
        ("Declan Hughes", c("2024-03-01 11:05", LON), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-skp0226.txt", "zone": LON, "referenceDate": "2024-02-26", "text": """
26/02/2024, 04:12 - Paulina Nowak: Southern app: no trains until further notice, major signalling fault. I'm at Haywards Heath, nothing moving
26/02/2024, 04:15 - Kofi Mensah: probably the weekend engineering works overrunning, there'll be rail replacement buses
26/02/2024, 04:31 - Paulina Nowak: no buses either, staff here say the whole Sussex route is down
26/02/2024, 04:40 - Kofi Mensah: booked 3 taxis from Brighton for the hot-food team
26/02/2024, 05:00 - Kofi Mensah: shift start, 5 of 14 in. first-wave trolleys behind
26/02/2024, 06:52 - Paulina Nowak: first train from Haywards Heath moving, 4 of us on it
26/02/2024, 07:20 - Kofi Mensah: 13 of 14 in, 08:00 wave trolleys all on time
26/02/2024, 09:41 - Declan Hughes: Gatwick Express back on a limited service since 09:40, FYI for the late shift
"""}],
    "expected": {
        "events": [[u("2024-02-26 03:04", LON), ["power loss"]], [u("2024-02-26 04:12", LON), ["no trains", "First knew"]],
                   [u("2024-02-26 04:15", LON), ["engineering works"]], [u("2024-02-26 04:31", LON), ["no buses"]],
                   [u("2024-02-26 04:40", LON), ["taxis"]], [u("2024-02-26 05:00", LON), ["shift start"]],
                   [u("2024-02-26 06:30", LON), ["signalling back"]], [u("2024-02-26 06:52", LON), ["first train"]],
                   [u("2024-02-26 07:20", LON), ["13 of 14"]], [u("2024-02-26 09:40", LON), ["Gatwick Express"]]],
        "keyTimes": {
            "started": kt(u("2024-02-26 04:12", LON), S, "Start for us: 04:12", "comment 231053"),
            "detected": kt(u("2024-02-26 04:12", LON), S, "no trains until further notice", "whatsapp-skp0226.txt"),
            "resolved": kt(u("2024-02-26 07:20", LON), S, "End for us: 07:20", "comment 231053")},
        "responders": [["Kofi Mensah", None], ["Paulina Nowak", None], ["Declan Hughes", None]],
        "narrative": nar(["UK Power Networks"], ["signalling restored"], ["SKP-0226", "hot-food team"],
                         "On 26 February 2024 the catering unit's early shift could not get in by train from 04:12 and was short-staffed until 07:20 because a power loss at the Three Bridges signalling centre stopped trains across Sussex."),
    }})

# 7. Yorke Peninsula, 14-15 March 2025 - transmission fault, seen from a Minlaton bakery (ACDT, UTC+10:30) --------------
I.append({
    "id": "yorke-2025-03-hummocks-fault-minlaton-bakery", "name": "Yorke Peninsula outage 14-15 March 2025 (multiple trips at ElectraNet's Hummocks substation, blamed on insulator pollution after the driest summer in 33 years, cut supply to about 25,000-26,000 customers on Yorke Peninsula and parts of the Mid North from early Friday morning; locals: about 6am; SAPN map all out by 6.30am; restoration estimates 'this afternoon', 'late afternoon', then approximately 8pm; ElectraNet restored supply just prior to midnight and SAPN had all but about 1,200 back within an hour; Telstra sites on batteries), seen from a Minlaton bakery with a cold-room logger",
    "issueId": "98106", "key": "GFB-0314", "summary": "No power at the bakery - cold room, ovens, EFTPOS down, Friday bake lost",
    "reporter": "Bec Hollis", "assignee": "Bec Hollis", "labels": ["power", "cold-chain", "bakery"],
    "components": ["shop", "cold-room"], "created": c("2025-03-14 07:02", ADL), "now": "2025-04-07T12:00:00Z",
    "defaultZone": ADL, "priority": "High",
    "description": """Whole bakery without power since before 6am: cold room, ovens and EFTPOS all down. Friday bake lost, shop closed.

Bec first thought it was the RCD tripping like on Tuesday. Adelaide time.""",
    "comments": [
        ("231060", "Bec Hollis", c("2025-03-14 07:20", ADL), """Not the RCD: the whole peninsula is out on the SAPN map, an ElectraNet transmission fault. No Friday bake; sign on the door."""),
        ("231061", "Bec Hollis", c("2025-03-14 16:50", ADL), """SAPN statement this afternoon: ElectraNet says insulator pollution caused a fault at its Hummocks substation; restoration 'this evening'. Binned about 1,900 dollars of stock."""),
        ("231062", "Jarrah Lee", c("2025-03-15 04:30", ADL), """Power back when I arrived. Logger export in logger-cr2-0314.txt, WhatsApp in whatsapp-gfb0314.txt (both Adelaide time)."""),
        ("231063", "Bec Hollis", c("2025-03-17 10:00", ADL), """Review (Monday 17 March), Adelaide time (ACDT, UTC+10:30; SA stays on daylight time until 6 April).
Outage for us: 5:52 am Friday to 12:07 am Saturday, from the cold-room logger (MAINS FAIL / MAINS RESTORED).
First knew: Jarrah at 6:05 am when he arrived for the bake. The logger has no SMS, so 5:52 was only seen afterwards.
Locals and the ABC say it started 'about 6am'; SAPN's map had the whole peninsula out by 6:30 am.
ElectraNet's 'late afternoon' and then 'approx 8pm' both slipped. SAPN: ElectraNet restored supply just prior to midnight and within an hour all but about 1,200 customers were back; our logger says 12:07 am.
The RCD was a wrong guess (Tuesday's short cut made it plausible).
Cost: Friday's bake and about 1,900 dollars of stock; Saturday opened on time.
Actions: a logger with SMS alerts, a generator quote for the cold room, an ice arrangement with Foodland."""),
    ],
    "changelog": [
        ("Bec Hollis", c("2025-03-14 07:03", ADL), [("status", "Open", "In Progress")]),
        ("Jarrah Lee", c("2025-03-15 04:31", ADL), [("status", "In Progress", "Monitoring")]),
        ("Bec Hollis", c("2025-03-17 10:05", ADL), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-gfb0314.txt", "zone": ADL, "referenceDate": "2025-03-14", "text": """
[14/3/25, 6:05 am] Jarrah Lee: at the bakery, no power, whole main street is dark
[14/3/25, 6:09 am] Bec Hollis: prob the RCD tripping again like Tuesday, check the board
[14/3/25, 6:14 am] Jarrah Lee: board's fine, Foodland dark too. SAPN map shows all of YP out
[14/3/25, 6:40 am] Bec Hollis: moving the cold room stock into the ute eskies with ice
[14/3/25, 9:12 am] Bec Hollis: SAPN says ElectraNet hopes to have it back this afternoon
[14/3/25, 11:30 am] Jarrah Lee: mobile dropping in and out, Telstra tower on batteries
[14/3/25, 4:36 pm] Bec Hollis: ElectraNet now says approx 8pm. binning the cream and custard stock
[14/3/25, 8:15 pm] Bec Hollis: still dark, going home
[15/3/25, 4:10 am] Jarrah Lee: power on when I got in, cold room at 3 degrees, starting the Saturday bake
"""}, {"file": "logger-cr2-0314.txt", "zone": ADL, "referenceDate": "2025-03-14", "text": """
Cold room logger CR-2 - event export (local time, ACDT)
14/03/2025 05:52:14  MAINS FAIL - running on battery
14/03/2025 05:52:40  Compressor OFF
14/03/2025 09:30:00  HIGH TEMP alarm 8.1 C
15/03/2025 00:07:31  MAINS RESTORED
15/03/2025 00:09:02  Compressor ON
15/03/2025 01:15:00  Temp back below 5 C
"""}],
    "expected": {
        "events": [[u("2025-03-14 05:52", ADL), ["MAINS FAIL", "Outage for us"]], [u("2025-03-14 06:05", ADL), ["no power", "First knew"]],
                   [u("2025-03-14 06:09", ADL), ["RCD"]], [u("2025-03-14 06:14", ADL), ["SAPN map"]],
                   [u("2025-03-14 06:30", ADL), ["SAPN's map"]], [u("2025-03-14 06:40", ADL), ["eskies"]],
                   [u("2025-03-14 09:12", ADL), ["this afternoon"]], [u("2025-03-14 09:30", ADL), ["HIGH TEMP"]],
                   [u("2025-03-14 11:30", ADL), ["Telstra"]], [u("2025-03-14 16:36", ADL), ["approx 8pm"]],
                   [u("2025-03-14 20:15", ADL), ["still dark"]], [u("2025-03-15 00:07", ADL), ["MAINS RESTORED", "Outage for us"]],
                   [u("2025-03-15 04:10", ADL), ["power on when I got in"]]],
        "keyTimes": {
            "started": kt(u("2025-03-14 05:52", ADL), S, "Outage for us: 5:52 am Friday to 12:07 am Saturday", "comment 231063"),
            "detected": kt(u("2025-03-14 06:05", ADL), S, "at the bakery, no power", "whatsapp-gfb0314.txt"),
            "resolved": kt(u("2025-03-15 00:07", ADL), S, "Outage for us: 5:52 am Friday to 12:07 am Saturday", "comment 231063")},
        "responders": [["Bec Hollis", None], ["Jarrah Lee", None]],
        "narrative": nar(["insulator pollution"], ["restored supply"], ["GFB-0314", "CR-2"],
                         "From 5:52 am on Friday 14 March to 12:07 am on Saturday 15 March 2025 (Adelaide time) the Minlaton bakery had no power because a transmission fault at the Hummocks substation blacked out Yorke Peninsula."),
    }})

# 8. Bonn, 21 March 2018 - medium-voltage fault in Roettgen/Duisdorf, seen from a home-ventilation care service ----------
I.append({
    "id": "bonn-2018-03-roettgen-outage-ventilation-care", "name": "Bonn Roettgen/Duisdorf power outage 21 March 2018 (Wednesday evening medium-voltage line fault, first fault report to Stadtwerke Bonn at 20.47 at the station between Falkenweg and In der Wehrecke, households without power from 20.45 to 22.50, 18 stations out, an extra small defect in Bad Godesberg around 22 Uhr, two thirds of Roettgen back around 22.30, all back 22.50; General-Anzeiger 22.03.2018), seen from an ambulatory intensive-care service with two home-ventilated clients in Roettgen and Duisdorf, a German thread, four days before the switch to summer time",
    "issueId": "98107", "key": "IPD-0321", "summary": "Stromausfall bei zwei beatmeten Klienten (Röttgen, Duisdorf) - Geräte auf Akku",
    "reporter": "Jonas Berger", "assignee": "Jonas Berger", "labels": ["stromausfall", "beatmung", "notfall"],
    "components": ["pflege", "notfallplanung"], "created": c("2018-03-21 21:00", BER), "now": "2018-04-09T12:00:00Z",
    "defaultZone": BER, "priority": "Highest",
    "description": """Stromausfall bei zwei beatmeten Klienten (Herr K. in Röttgen, Frau B. in Duisdorf), Beatmungsgeräte laufen auf Akku.

Seit ca. 21 Uhr? Erst dachten wir an eine Sicherung im Haus. Ortszeit.""",
    "comments": [
        ("231070", "Jonas Berger", c("2018-03-21 21:20", BER), """Beide Klienten auf Akku, Ersatzakkus für Frau B. unterwegs. Stadtwerke: Mittelspannungsstörung, keine Prognose."""),
        ("231071", "Jonas Berger", c("2018-03-21 23:05", BER), """Beide wieder am Netz. Chat in whatsapp-ipd0321.txt (Ortszeit)."""),
        ("231072", "Katrin Vogel", c("2018-03-22 12:00", BER), """General-Anzeiger (22.03.): die erste Fehlermeldung kam um 20:47 an der Station zwischen Falkenweg und In der Wehrecke; 18 Stationen ausgefallen; gegen 22 Uhr zusätzlich ein kleiner Defekt in Bad Godesberg.
Gegen 22:30 waren zwei Drittel von Röttgen wieder versorgt, um 22:50 überall wieder Licht. Ursache laut Stadtwerken: ein Fehler in der Mittelspannungsleitung."""),
        ("231073", "Jonas Berger", c("2018-03-26 10:00", BER), """Nachbesprechung (Montag 26.03.), Ortszeit (am 21.03. noch MEZ, UTC+1; seit Sonntag Sommerzeit).
Ausfall für unsere Klienten: 20:45 bis 22:50, laut Stadtwerke/GA; Herr K. hatte schon um 22:31 wieder Strom, Frau B. erst um 22:50.
Erste Meldung: Katrin um 20:49 von Herrn K.
Die Sicherungs-Vermutung war falsch und hat ein paar Minuten gekostet.
Der Defekt in Bad Godesberg gegen 22 Uhr betraf uns nicht.
Glück: beide Geräte hatten volle Akkus, Emre war mit dem Auto in der Nähe.
Maßnahmen: Ersatzakkus bei allen beatmeten Klienten im Haus, Stadtwerke-Störungsnummer in den Notfallplan, Klienten bei den Stadtwerken als lebenserhaltend gemeldet."""),
    ],
    "changelog": [
        ("Jonas Berger", c("2018-03-21 21:01", BER), [("status", "Open", "In Progress")]),
        ("Jonas Berger", c("2018-03-21 23:06", BER), [("status", "In Progress", "Monitoring")]),
        ("Jonas Berger", c("2018-03-26 10:05", BER), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-ipd0321.txt", "zone": BER, "referenceDate": "2018-03-21", "text": """
21.03.18, 20:49 - Katrin Vogel: Strom weg bei Herrn K. (Röttgen), Beatmungsgerät läuft auf Akku, Anzeige 3 h
21.03.18, 20:52 - Jonas Berger: wahrscheinlich nur seine Sicherung, ruf den Hausmeister an
21.03.18, 20:58 - Katrin Vogel: ganze Straße dunkel, auch die Ampel an der Reichsstraße ist aus
21.03.18, 21:06 - Jonas Berger: Stadtwerke-Störungsstelle sagt Mittelspannungsstörung, keine Zeitangabe
21.03.18, 21:15 - Svenja Roth: bei Frau B. in Duisdorf auch kein Strom, Akku bei 40 %
21.03.18, 21:40 - Emre Yilmaz: Ersatzakkus bei Frau B. angekommen, angeschlossen
21.03.18, 22:31 - Katrin Vogel: Licht bei Herrn K. wieder an, Gerät am Netz
21.03.18, 22:52 - Svenja Roth: bei Frau B. Strom wieder da, laut Herdanzeige seit 22:50
"""}],
    "expected": {
        "events": [[u("2018-03-21 20:45", BER), ["Ausfall für unsere Klienten"]], [u("2018-03-21 20:47", BER), ["erste Fehlermeldung"]],
                   [u("2018-03-21 20:49", BER), ["Strom weg", "Erste Meldung"]], [u("2018-03-21 20:52", BER), ["Sicherung"]],
                   [u("2018-03-21 20:58", BER), ["ganze Straße"]], [u("2018-03-21 21:06", BER), ["Mittelspannungsstörung"]],
                   [u("2018-03-21 21:15", BER), ["Frau B."]], [u("2018-03-21 21:40", BER), ["Ersatzakkus"]],
                   [u("2018-03-21 22:30", BER), ["zwei Drittel"]], [u("2018-03-21 22:31", BER), ["wieder an", "wieder Strom"]],
                   [u("2018-03-21 22:50", BER), ["Strom wieder da", "Ausfall für unsere Klienten"]]],
        "keyTimes": {
            "started": kt(u("2018-03-21 20:45", BER), S, "Ausfall für unsere Klienten: 20:45 bis 22:50", "comment 231073"),
            "detected": kt(u("2018-03-21 20:49", BER), S, "Strom weg bei Herrn K.", "whatsapp-ipd0321.txt"),
            "resolved": kt(u("2018-03-21 22:50", BER), S, "Ausfall für unsere Klienten: 20:45 bis 22:50", "comment 231073")},
        "responders": [["Jonas Berger", None], ["Katrin Vogel", None], ["Svenja Roth", None], ["Emre Yilmaz", None]],
        "narrative": nar(["Mittelspannungsleitung"], ["wieder versorgt"], ["IPD-0321", "Herr K."],
                         "On 21 March 2018 two home-ventilated clients of the Bonn care service were without mains power from 20:45 to 22:50 local time in a medium-voltage fault in Röttgen and Duisdorf; their ventilators ran on batteries."),
    }})

# 9. Buenos Aires, 15 January 2026 - AMBA outage in a heatwave, seen from a Colegiales ice-cream shop ---------------------
I.append({
    "id": "amba-2026-01-colegiales-outage-icecream-shop", "name": "Buenos Aires (AMBA) power cut 15 January 2026 (Thursday, heatwave: from shortly after 14.30 thousands of Edenor and Edesur users in the city and the northern and western suburbs lost power after a problem at Edenor's Colegiales substation; around 14.45 four 220 kV lines at Moron and Rodriguez went out of service; ENRE website down; Subte line D limited; service normalising for most after 15 hs, more than 90% back within the first hour; at 17 hs still 63,665 Edenor and 30,107 Edesur users without power), seen from a Colegiales ice-cream shop that closed during the cut, a Spanish WhatsApp thread",
    "issueId": "98108", "key": "OMB-0115", "summary": "Sin luz en el local de Colegiales - heladeras y cámara apagadas en plena ola de calor",
    "reporter": "Martín Acosta", "assignee": "Martín Acosta", "labels": ["corte-de-luz", "cadena-de-frio", "local"],
    "components": ["local-colegiales", "cámara"], "created": c("2026-01-15 14:50", BUE), "now": "2026-02-02T12:00:00Z",
    "defaultZone": BUE, "priority": "High",
    "description": """Sin luz en el local de Colegiales: heladeras, bateas y cámara apagadas, adentro 38 grados.

¿Desde las 14:30? Martín pensó primero que era la térmica del aire. Hora de Buenos Aires.""",
    "comments": [
        ("231080", "Martín Acosta", c("2026-01-15 15:20", BUE), """Local cerrado. El termómetro de la cámara guarda una lectura por minuto y la primera lectura en 'sin red' es de las 14:31."""),
        ("231081", "Martín Acosta", c("2026-01-15 19:00", BUE), """La luz volvió mientras estábamos cerrados. Chat en whatsapp-omb0115.txt (hora de Buenos Aires)."""),
        ("231082", "Lucía Benítez", c("2026-01-16 10:00", BUE), """Según la prensa (El Destape, Canal 26, Radio Mitre): corte pasadas las 14:30 por un problema en la subestación Colegiales de Edenor; cerca de las 14:45 salieron de servicio cuatro líneas de 220 kV de Morón y Rodríguez.
Se normalizó para la mayoría después de las 15 hs, pero a las 17:00 todavía había 63.665 usuarios de Edenor y 30.107 de Edesur sin luz."""),
        ("231083", "Lucía Benítez", c("2026-01-19 11:00", BUE), """Revisión (lunes 19/1), hora de Buenos Aires (UTC-3).
Corte para nosotros: 14:31, primera lectura 'sin red' del termómetro de la cámara; Valentina avisó a las 14:33.
Fin: no lo sabemos. Cerramos el local y Martín encontró luz a las 18:40; el termómetro a batería no registra la vuelta de la red y los vecinos no coinciden. Las 18:40 son solo cuando volvió Martín.
La prensa dice que la mayoría recuperó la luz después de las 15 hs, pero a esa hora de la tarde seguían decenas de miles sin servicio, así que no sirve para nuestra cuadra.
La térmica del aire fue una pista falsa.
Pérdida: una tarde de ventas en plena ola de calor; el helado se salvó.
Acciones: termómetro con aviso por WhatsApp, protocolo de corte de luz (tapar bateas, no abrir heladeras), pedir a Edenor avisos por SMS."""),
    ],
    "changelog": [
        ("Martín Acosta", c("2026-01-15 14:51", BUE), [("status", "Open", "In Progress")]),
        ("Martín Acosta", c("2026-01-15 19:01", BUE), [("status", "In Progress", "Monitoring")]),
        ("Lucía Benítez", c("2026-01-19 11:05", BUE), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-omb0115.txt", "zone": BUE, "referenceDate": "2026-01-15", "text": """
15/1/26 14:33 - Valentina Sosa: se cortó la luz en el local, heladeras en silencio, adentro hace 38 grados
15/1/26 14:35 - Martín Acosta: debe ser la térmica por el aire acondicionado, fijate el tablero
15/1/26 14:39 - Valentina Sosa: el tablero está bien, toda la cuadra sin luz y los semáforos de Lacroze apagados
15/1/26 14:48 - Martín Acosta: la página del ENRE no carga. dicen que es la subestación de Edenor en Colegiales
15/1/26 14:55 - Valentina Sosa: tapamos las bateas y cerramos las heladeras, nadie las abre
15/1/26 15:10 - Martín Acosta: cerrá el local y andá a tu casa, el subte D está cortado igual
15/1/26 18:40 - Martín Acosta: volví, hay luz. bateas a -9, se salvaron. ni idea a qué hora volvió
"""}],
    "expected": {
        "events": [[u("2026-01-15 14:31", BUE), ["sin red", "Corte para nosotros"]], [u("2026-01-15 14:33", BUE), ["se cortó", "avisó"]],
                   [u("2026-01-15 14:35", BUE), ["térmica"]], [u("2026-01-15 14:39", BUE), ["tablero"]],
                   [u("2026-01-15 14:45", BUE), ["220 kV"]], [u("2026-01-15 14:48", BUE), ["ENRE"]],
                   [u("2026-01-15 14:55", BUE), ["bateas"]], [u("2026-01-15 15:10", BUE), ["cerrá el local"]],
                   [u("2026-01-15 17:00", BUE), ["63.665"]], [u("2026-01-15 18:40", BUE), ["volví", "encontró luz"]]],
        "keyTimes": {
            "started": kt(u("2026-01-15 14:31", BUE), S, "Corte para nosotros: 14:31", "comment 231083"),
            "detected": kt(u("2026-01-15 14:33", BUE), S, "se cortó la luz en el local", "whatsapp-omb0115.txt"),
            "resolved": kt(None, U)},
        "responders": [["Martín Acosta", None], ["Valentina Sosa", None], ["Lucía Benítez", None]],
        "narrative": nar(["subestación"], ["se normalizó"], ["OMB-0115", "bateas"],
                         "On 15 January 2026 the Colegiales ice-cream shop lost power at 14:31 Buenos Aires time in a city-wide cut that started at an Edenor substation; it closed, and when its power came back is not known."),
    }})

# 10. ProRail, 31 May 2021 - Mobirail telephony outage stops trains nationwide, seen from a Utrecht train-courier firm -----
I.append({
    "id": "prorail-2021-05-mobirail-outage-utrecht-courier", "name": "Netherlands nationwide train stop 31 May 2021 (Monday: shortly before 14.30 a failure of the Mobirail telephony system (KPN/Nokia joint venture) cut communication between drivers and traffic controllers and ProRail halted trains in almost the whole country around 14.30; about 50 trains stood at stations; traffic restarted step by step from 16.00 with one train per route per hour or half hour; normal timetable on Tuesday), seen from a Utrecht train-courier firm carrying urgent samples by rail, a Dutch WhatsApp thread",
    "issueId": "98109", "key": "DTK-0531", "summary": "Geen treinen - koeriers vast, spoedzendingen (Isala-monsters) vertraagd",
    "reporter": "Noor de Vries", "assignee": "Noor de Vries", "labels": ["treinstoring", "spoed", "koeriers"],
    "components": ["planning", "spoedzendingen"], "created": c("2021-05-31 14:50", AMS), "now": "2021-06-21T12:00:00Z",
    "defaultZone": AMS, "priority": "High",
    "description": """Geen treinen: koeriers vast in Amersfoort en op Utrecht Centraal, spoedzendingen (bloedmonsters voor Isala) lopen vertraging op.

Sinds ongeveer half drie? Noor dacht eerst aan een aanrijding bij Amersfoort. Nederlandse tijd.""",
    "comments": [
        ("231090", "Noor de Vries", c("2021-05-31 15:15", AMS), """Landelijke storing bij ProRail, treinen staan stil. Isala-monsters per taxi; overige spoed per bus waar het kan."""),
        ("231091", "Noor de Vries", c("2021-05-31 19:30", AMS), """Er rijdt weer wat, maar één trein per uur per traject. Chat in whatsapp-dtk0531.txt (NL tijd)."""),
        ("231092", "Wouter Smit", c("2021-06-01 09:00", AMS), """Nieuws (NU.nl, Omroep West, nieuws.nl): iets voor half drie viel het telefoniesysteem van Mobirail (KPN/Nokia) uit, waardoor machinisten en verkeersleiders niet meer konden communiceren; ProRail legde het treinverkeer in vrijwel heel Nederland stil.
Vanaf 16:00 werd het treinverkeer stapsgewijs weer opgestart; de normale dienstregeling pas dinsdag."""),
        ("231093", "Wouter Smit", c("2021-06-02 10:00", AMS), """Evaluatie (woensdag 2 juni), Nederlandse tijd (CEST, UTC+2).
Start voor ons: rond 14:30, toen ProRail het treinverkeer in bijna heel het land stillegde.
Eerste melding: Bram om 14:34 vanuit Amersfoort.
Einde: niet vast te stellen. Er werd stapsgewijs opgestart, maar de hele avond reed er één trein per uur per traject en de normale dienstregeling kwam pas dinsdag. Bram's trein om 16:11 en de laatste zending om 19:12 zijn geen einde van de verstoring.
De aanrijding was een verkeerde gok; de bus naar Zwolle hadden we niet moeten proberen.
Kosten: 240 euro taxi, drie leveringen een dag later, het lab van Isala kreeg de monsters om 17:05 in plaats van 15:30.
Acties: taxi-contract voor spoedzendingen, ProRail/NS storingsmeldingen in de groep, geen busalternatief zonder check."""),
    ],
    "changelog": [
        ("Noor de Vries", c("2021-05-31 14:51", AMS), [("status", "Open", "In Progress")]),
        ("Noor de Vries", c("2021-05-31 19:31", AMS), [("status", "In Progress", "Monitoring")]),
        ("Wouter Smit", c("2021-06-02 10:05", AMS), [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "whatsapp-dtk0531.txt", "zone": AMS, "referenceDate": "2021-05-31", "text": """
[31-05-2021 14:34] Bram Jansen: trein staat stil in Amersfoort, omroep: landelijke storing, geen treinen
[31-05-2021 14:37] Noor de Vries: vast weer een aanrijding bij Amersfoort, pak de bus naar Zwolle?
[31-05-2021 14:45] Bram Jansen: geen aanrijding, heel NL ligt plat. ProRail: storing in het telefoniesysteem
[31-05-2021 14:52] Fatima el Amrani: sta op Utrecht Centraal met de bloedmonsters voor Isala, niks rijdt
[31-05-2021 15:05] Noor de Vries: taxi geregeld voor Fatima's monsters, 240 euro
[31-05-2021 16:11] Bram Jansen: mijn trein naar Zwolle rijdt! de eerste die ik zie sinds de storing
[31-05-2021 17:30] Noor de Vries: nog steeds 1 trein per uur Utrecht-Zwolle, drie afleveringen schuiven naar morgen
[31-05-2021 19:12] Noor de Vries: laatste vertraagde zending de deur uit
"""}],
    "expected": {
        "events": [[u("2021-05-31 14:30", AMS), ["stillegde"]], [u("2021-05-31 14:34", AMS), ["staat stil", "Eerste melding"]],
                   [u("2021-05-31 14:37", AMS), ["aanrijding"]], [u("2021-05-31 14:45", AMS), ["telefoniesysteem"]],
                   [u("2021-05-31 14:52", AMS), ["bloedmonsters"]], [u("2021-05-31 15:05", AMS), ["taxi geregeld"]],
                   [u("2021-05-31 16:00", AMS), ["opgestart"]], [u("2021-05-31 16:11", AMS), ["rijdt", "Bram's trein"]],
                   [u("2021-05-31 17:05", AMS), ["lab van Isala"]], [u("2021-05-31 17:30", AMS), ["1 trein per uur"]],
                   [u("2021-05-31 19:12", AMS), ["laatste vertraagde zending", "laatste zending"]]],
        "keyTimes": {
            "started": kt(u("2021-05-31 14:30", AMS), S, "Start voor ons: rond 14:30", "comment 231093"),
            "detected": kt(u("2021-05-31 14:34", AMS), S, "trein staat stil in Amersfoort", "whatsapp-dtk0531.txt"),
            "resolved": kt(None, U)},
        "responders": [["Noor de Vries", None], ["Bram Jansen", None], ["Fatima el Amrani", None], ["Wouter Smit", None]],
        "narrative": nar(["Mobirail"], ["stapsgewijs"], ["DTK-0531", "Isala"],
                         "On 31 May 2021 the Utrecht courier firm's rail deliveries stopped from about 14:30 Dutch time when ProRail halted trains nationwide after a telephony failure; service came back gradually and no end of the disruption for the firm can be fixed."),
    }})

for _spec in I:
    _spec["expected"]["events"].sort(key=lambda e: e[0])
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

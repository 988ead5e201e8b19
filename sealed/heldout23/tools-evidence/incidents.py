"""Held-out 23 incidents: compact specs. Organisations outside software companies only (a distribution utility in
Brazil's Northeast, a distribution company in Santiago, a stock exchange's market operations, an airport operations
centre, a small city's water plant, a port operator, a retail chain's store operations, a regional bank's payment
operations, ...). Timeline facts from public operator / regulator / press statements (SOURCES-heldout23.md); people,
ticket keys, chat wording, team habits, the wrong first guesses and the minutes marked invented there are made up."""
from lib import kt, nar

S, I_, U = "STATED", "INFERRED", "UNKNOWN"

I = []

# 1. Brazil interconnection separation, 15 August 2023 - a distribution utility's control centre in Recife ----------
I.append({
    "id": "brazil-2023-08-sin-separation-cod", "name": "Brazil blackout 15 August 2023 (North/Northeast separated from the Southeast at 08:31 BRT, ~19 GW interrupted), seen from a Northeast distribution utility",
    "issueId": "99801", "key": "COD-1508", "summary": "Perda de carga geral - toda a concessão sem energia",
    "reporter": "Rafaela Menezes", "assignee": "Thiago Albuquerque", "labels": ["ocorrencia-grave", "sin"],
    "components": ["cod-recife", "operacao"], "created": "2023-08-15T11:58", "now": "2023-08-30T12:00:00Z",
    "defaultZone": "America/Recife",
    "description": """Total load loss across the concession, all 69 kV and 13.8 kV feeders out. Press says without power since ~8:00.

First guess in the COD: protection trip at our own 230 kV substation (SE Pirapama) - maintenance team sent.
Log is BRT (Recife = Brasilia time). The Manaus team writes Amazon time (one hour behind).""",
    "comments": [
        ("180101", "Thiago Albuquerque", "2023-08-15T12:20", """Not Pirapama - ONS reports an ocorrência on the North-Southeast interconnection; the SIN split and North/Northeast were separated from the South/Southeast. Our substation protection only followed. COD log pasted (cod1508-log.txt, BRT) and the Manaus WhatsApp (manaus-whatsapp.txt, Amazon time)."""),
        ("180102", "Rafaela Menezes", "2023-08-15T18:10", """Ministry note in Brasilia at 14h30 says the national system is "restabelecido". We still had feeders out in the interior at that point, so not our end."""),
        ("180103", "Thiago Albuquerque", "2023-08-16T13:00", """Minister's statement for the file: "100% normalizada, desde às 14h49" and South, Southeast and Centre-West were back about 45 minutes after the incident. ONS note: uma ocorrência às 8h31 levou a uma separação elétrica do SIN."""),
        ("180104", "Thiago Albuquerque", "2023-08-29T14:00", """PIR agreed with ONS data: our customers lost supply with the separation at 08:31 BRT and the last of our feeders was back with the national normalisation at 14:49 BRT. Cleanup of relay settings at Pirapama finished on the 17th."""),
    ],
    "changelog": [
        ("Thiago Albuquerque", "2023-08-15T11:59", [("status", "Open", "In Progress")]),
        ("Rafaela Menezes", "2023-08-15T20:10", [("status", "In Progress", "Monitoring")]),
        ("Thiago Albuquerque", "2023-08-29T14:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "cod1508-log.txt", "zone": "America/Recife", "referenceDate": "2023-08-15", "text": """
COD RECIFE - LIVRO DE OCORRENCIAS 15/08/2023 (BRT)
08:31:07  SCADA: subfrequencia, perda total de carga, todos os alimentadores abertos
08:40     equipe enviada a SE Pirapama (suspeita de disparo local)
09:16     ONS: recomposicao iniciada em todas as regioes, 6,000 MW ja recompostos
11:20     50% da carga da concessao restabelecida
14:49     MME: atendimento 100% normalizada em todas as regioes
17:05     ajuste de reles SE Pirapama (limpeza, sem impacto)
"""},
        {"file": "manaus-whatsapp.txt", "zone": "America/Manaus", "referenceDate": "2023-08-15", "text": """
[15/08/23 07:33] Joana Pires: caiu tudo aqui, escolas dispensando os alunos
[15/08/23 07:52] Joana Pires: Amazonas Energia diz que e o SIN, nao e local
[15/08/23 12:10] Joana Pires: voltou aqui
"""}],
    "expected": {
        "events": [["2023-08-15T11:31Z", ["perda total"]], ["2023-08-15T11:40Z", ["Pirapama"]],
                   ["2023-08-15T12:16Z", ["6,000 MW"]], ["2023-08-15T14:20Z", ["50%"]],
                   ["2023-08-15T17:49Z", ["normalizada"]]],
        "keyTimes": {
            "started": kt("2023-08-15T11:31Z", S, "our customers lost supply with the separation at 08:31 BRT", "comment 180104"),
            "detected": kt("2023-08-15T11:31Z", S, "SCADA: subfrequencia, perda total de carga", "cod1508-log.txt"),
            "resolved": kt("2023-08-15T17:49Z", S, "the last of our feeders was back with the national normalisation at 14:49 BRT", "comment 180104")},
        "responders": [["Thiago Albuquerque", None], ["Rafaela Menezes", None], ["Joana Pires", None]],
        "narrative": nar(["interconnection"], ["recomposicao"], ["COD-1508", "Pirapama"],
                         "On 15 August 2023 a separation of Brazil's interconnected grid at 08:31 BRT cut about 19 GW of load in 25 states; the utility's customers were without power until 14:49 BRT."),
    }})

# 2. Chile blackout, 25 February 2025 - a distribution company's operations centre in Santiago ---------------------
I.append({
    "id": "chile-2025-02-blackout-coc", "name": "Chile blackout 25 February 2025 (500 kV line disconnection in the Norte Chico, Arica to Los Lagos without power), seen from a Santiago distribution company",
    "issueId": "99802", "key": "COC-2502", "summary": "Apagón total - 100% de clientes sin suministro RM",
    "reporter": "Ignacio Fuenzalida", "assignee": "Camila Rojas", "labels": ["emergencia", "sen"],
    "components": ["centro-operaciones", "despacho"], "created": "2025-02-25T18:31", "now": "2025-03-20T12:00:00Z",
    "defaultZone": "America/Santiago",
    "description": """All feeders in the Región Metropolitana lost supply. Metro evacuating, traffic lights dark.

First guess: fault at our own Cerro Navia 220 kV - or the fires near Valparaíso. Log is local (CLST, UTC-3, summer time). The regulator's English note quotes GMT.""",
    "comments": [
        ("180201", "Camila Rojas", "2025-02-25T19:05", """Not Cerro Navia and not the fires: the Coordinador Eléctrico Nacional reports a disconnection of the 500 kV transmission system in the Norte Chico; supply interrupted from Arica to Los Lagos. Recovery plan activated. COC log pasted (coc2502-log.txt, local)."""),
        ("180202", "Ignacio Fuenzalida", "2025-02-26T02:30", """Press agency says "15.16 hours local time (18.00 GMT)" - that GMT figure is wrong, we are UTC-3 in summer. Government curfew 22:00 to 06:00 Arica to Los Lagos."""),
        ("180203", "Camila Rojas", "2025-02-26T12:40", """Coordinador: at 12 a.m. this Wednesday the equivalent of 90% of the consumption was recovered. Around 220 thousand people in the north still without power this morning. Our last rural feeders are still being closed in one by one; we have no single time for "all back"."""),
        ("180204", "Camila Rojas", "2025-03-18T15:00", """PIR draft: the Coordinador confirms the interruption began at 15:16 when the Nueva Maitencillo - Nueva Pan de Azúcar 500 kV line tripped. No end time for our area: restoration was progressive overnight and the report gives none."""),
    ],
    "changelog": [
        ("Camila Rojas", "2025-02-25T18:32", [("status", "Open", "In Progress")]),
        ("Ignacio Fuenzalida", "2025-02-26T10:15", [("status", "In Progress", "Monitoring")]),
        ("Camila Rojas", "2025-03-18T15:10", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "coc2502-log.txt", "zone": "America/Santiago", "referenceDate": "2025-02-25", "text": """
BITACORA COC 25-02-2025 (hora local)
15:16:42  SCADA: caida de tension en todas las SSEE, 100% alimentadores sin tension
15:24     CEN: desconexion sistema 500 kV Norte Chico, plan de recuperacion activado
17:50     primeras barras energizadas desde Rapel
22:00     toque de queda vigente Arica a Los Lagos
00:00     CEN: 90% del consumo recuperado
06:00     toque de queda levantado
"""}],
    "expected": {
        "events": [["2025-02-25T18:16Z", ["caida de tension"]], ["2025-02-25T18:24Z", ["500 kV"]],
                   ["2025-02-25T20:50Z", ["energizadas"]], ["2025-02-26T01:00Z", ["toque de queda"]],
                   ["2025-02-26T03:00Z", ["90%"]]],
        "keyTimes": {
            "started": kt("2025-02-25T18:16Z", S, "the interruption began at 15:16 when the Nueva Maitencillo", "comment 180204"),
            "detected": kt("2025-02-25T18:16Z", S, "SCADA: caida de tension en todas las SSEE", "coc2502-log.txt"),
            "resolved": kt(None, U)},
        "responders": [["Camila Rojas", None], ["Ignacio Fuenzalida", None]],
        "narrative": nar(["500 kV"], ["recuperacion"], ["COC-2502", "Cerro Navia"],
                         "From 15:16 on 25 February 2025 about 98% of Chile's consumers, from Arica to Los Lagos, lost power; most had it back overnight, some in the north only the next day."),
    }})

# 3. NZX DDoS, 25 August 2020 - market operations ---------------------------------------------------------------------
I.append({
    "id": "nzx-2020-08-ddos-marketops", "name": "NZX volumetric DDoS 25 August 2020 (cash market halted at 3.57pm, reopened next morning; halted again on the 26th)",
    "issueId": "99803", "key": "MOPS-2508", "summary": "Cash market halt - connectivity loss, MAP unreachable",
    "reporter": "Hemi Walker", "assignee": "Aroha Tane", "labels": ["market-halt", "p1"],
    "components": ["market-operations", "network"], "created": "2020-08-25T03:59", "now": "2020-09-10T00:00:00Z",
    "defaultZone": "Pacific/Auckland",
    "description": """Halted cash markets. Website and Market Announcement Platform not reachable from outside; participants ringing.

Initial thought: trading engine gateway after the morning's config push. Times NZST.""",
    "comments": [
        ("180301", "Aroha Tane", "2020-08-25T04:45", """Not the gateway config: Spark confirms a volumetric DDoS from offshore against our upstream. Joint statement going out. Ops chat pasted (mops-chat.txt, NZST)."""),
        ("180302", "Hemi Walker", "2020-08-25T22:30", """The market began as normal at 10:00 on Wednesday (the usual 10am open). Closing for trading purposes; the halt yesterday ran to the 5pm close."""),
        ("180303", "Hemi Walker", "2020-08-26T05:00", """Separate event today: halted again at approximately 11.24am, back to normal trading at 3pm - tracked in MOPS-2608, not this ticket."""),
        ("180304", "Aroha Tane", "2020-09-08T02:00", """Review: our first alarm was the 3:51pm external probe failure; participants lost the market with the halt at 3.57pm; trading was available again when the market began as normal at 10am on Wednesday 26 August."""),
    ],
    "changelog": [
        ("Aroha Tane", "2020-08-25T04:00", [("status", "Open", "In Progress")]),
        ("Hemi Walker", "2020-08-25T04:50", [("status", "In Progress", "Monitoring")]),
        ("Aroha Tane", "2020-09-08T02:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "mops-chat.txt", "zone": "Pacific/Auckland", "referenceDate": "2020-08-25", "text": """
Hemi Walker  3:51 PM  external probe failing: nzx.com + MAP timing out from all three vantage points
Aroha Tane  3:53 PM  participants calling, can't see announcements
Aroha Tane  3:57 PM  halt called on cash markets - retail can't see MAP
Hemi Walker  4:41 PM  Spark: attack mitigated, connectivity restored
Aroha Tane  5:00 PM  market closed, halt stays to close
"""}],
    "expected": {
        "events": [["2020-08-25T03:51Z", ["probe"]], ["2020-08-25T03:57Z", ["halt"]],
                   ["2020-08-25T04:41Z", ["mitigated"]], ["2020-08-25T22:00Z", ["began as normal"]]],
        "keyTimes": {
            "started": kt("2020-08-25T03:57Z", S, "participants lost the market with the halt at 3.57pm", "comment 180304"),
            "detected": kt("2020-08-25T03:51Z", S, "external probe failing: nzx.com + MAP timing out", "mops-chat.txt"),
            "resolved": kt("2020-08-25T22:00Z", S, "The market began as normal at 10:00 on Wednesday", "comment 180302")},
        "responders": [["Aroha Tane", None], ["Hemi Walker", None]],
        "narrative": nar(["DDoS"], ["mitigated"], ["MOPS-2508"],
                         "On 25 August 2020 a volumetric DDoS on NZX's network provider made its website and announcement platform unreachable; cash market trading was halted from 3.57pm to the close and resumed at 10am the next day."),
    }})

# 4. Skyguide technical failure, 15 June 2022 - Geneva airport operations centre ----------------------------------
I.append({
    "id": "skyguide-2022-06-airspace-apoc", "name": "Skyguide IT failure 15 June 2022 (Swiss airspace closed in the early morning, reopened 08:30), seen from an airport operations centre",
    "issueId": "99804", "key": "APOC-1506", "summary": "Swiss airspace closed - no departures / arrivals GVA",
    "reporter": "Léa Rochat", "assignee": "Marco Bernasconi", "labels": ["irrops", "ansp"],
    "components": ["apoc", "airside"], "created": "2022-06-15T02:20", "now": "2022-06-30T12:00:00Z",
    "defaultZone": "Europe/Zurich",
    "description": """Skyguide closed Swiss airspace early this morning. All departures held, long-haul inbound diverting (Milan, Lyon, Vienna).

First guess on the APOC line: our own AMAN/DMAN link dropped again. Log LT (CEST). Eurocontrol messages in UTC.""",
    "comments": [
        ("180401", "Marco Bernasconi", "2022-06-15T02:50", """Not our AMAN link - Skyguide technical malfunction on their side, zero-rate regulations on the Geneva and Zurich FIRs. APOC log pasted (apoc1506-log.txt, LT)."""),
        ("180402", "Léa Rochat", "2022-06-15T07:10", """Skyguide statement: the technical issue has been resolved and the airspace closure was lifted at 08:30. First departure off block 08:52 LT."""),
        ("180403", "Marco Bernasconi", "2022-06-28T09:00", """PIR: Skyguide has not given us the minute the failure began - only "early morning". Our first knowledge is the supervisor call in the log. Backlog cleared around 14:00 LT (about 100 flights cancelled or diverted across GVA and ZRH)."""),
    ],
    "changelog": [
        ("Marco Bernasconi", "2022-06-15T02:21", [("status", "Open", "In Progress")]),
        ("Léa Rochat", "2022-06-15T07:15", [("status", "In Progress", "Monitoring")]),
        ("Marco Bernasconi", "2022-06-28T09:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "apoc1506-log.txt", "zone": "Europe/Zurich", "referenceDate": "2022-06-15", "text": """
APOC GVA - JOURNAL 15.06.2022 (LT)
03:58  Skyguide sup on phone: technical failure, stop all departures, inbound holding
04:07  Skyguide: Swiss airspace closed until further notice
04:30  NM: zero rate LSAG / LSZH FIR, system failure
06:15  SWISS long-haul diverted MXP / VIE
08:30  Skyguide: closure lifted, airspace open
08:52  first departure off block
"""}],
    "expected": {
        "events": [["2022-06-15T01:58Z", ["technical failure"]], ["2022-06-15T02:07Z", ["airspace closed"]],
                   ["2022-06-15T02:30Z", ["zero rate"]], ["2022-06-15T06:30Z", ["closure lifted"]],
                   ["2022-06-15T06:52Z", ["first departure"]]],
        "keyTimes": {
            "started": kt(None, U),
            "detected": kt("2022-06-15T01:58Z", S, "Skyguide sup on phone: technical failure", "apoc1506-log.txt"),
            "resolved": kt("2022-06-15T06:30Z", S, "the airspace closure was lifted at 08:30", "comment 180402")},
        "responders": [["Marco Bernasconi", None], ["Léa Rochat", None]],
        "narrative": nar(["technical malfunction"], ["closure lifted"], ["APOC-1506"],
                         "On 15 June 2022 a technical failure at Skyguide closed Swiss airspace from the early morning until 08:30; Geneva and Zurich had no departures or arrivals and about 100 flights were cancelled or diverted."),
    }})

# 5. Oldsmar water plant intrusion, 5 February 2021 --------------------------------------------------------------------
I.append({
    "id": "oldsmar-2021-02-scada-naoh", "name": "Oldsmar water treatment plant remote-access intrusion 5 February 2021 (sodium hydroxide setpoint raised from about 100 ppm to 11,100 ppm, reversed by the operator)",
    "issueId": "99805", "key": "WTP-0205", "summary": "Unauthorised remote change to NaOH setpoint",
    "reporter": "Dale Kowalski", "assignee": "Renee Ocampo", "labels": ["scada", "security"],
    "components": ["water-treatment-plant", "scada"], "created": "2021-02-05T19:02", "now": "2021-02-20T15:00:00Z",
    "defaultZone": "America/New_York",
    "description": """Someone remotely took control of the HMI and raised sodium hydroxide. Operator reversed it. No water left the plant out of spec.

Operator first assumed the morning session was the supervisor checking in (he does that regularly). Times EST.""",
    "comments": [
        ("180501", "Renee Ocampo", "2021-02-05T19:40", """Plant log pasted (wtp0205-log.txt, EST). Remote access software disabled on the HMI PC. Sheriff's office and FBI notified."""),
        ("180502", "Dale Kowalski", "2021-02-08T21:00", """Sheriff's press conference today: at about 8 a.m. an operator saw someone briefly access the system; at about 1:30 p.m. someone accessed it again and raised sodium hydroxide from about 100 ppm to 11,100 ppm. Intruder was in for three to five minutes."""),
        ("180503", "Renee Ocampo", "2021-02-12T14:00", """Review note: the setpoint went up at about 1:30 p.m. while the operator watched the cursor move; he put it back to 100 ppm right after the session closed, within about five minutes of the change. Water would have taken 24-36 hours to reach the system, and pH alarms would have caught it."""),
    ],
    "changelog": [
        ("Renee Ocampo", "2021-02-05T19:03", [("status", "Open", "In Progress")]),
        ("Renee Ocampo", "2021-02-12T14:05", [("status", "In Progress", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "wtp0205-log.txt", "zone": "America/New_York", "referenceDate": "2021-02-05", "text": """
OLDSMAR WTP OPERATOR LOG 02/05/21 (EST)
08:00  remote access session seen on HMI PC, brief, assumed supervisor
13:30  remote session again - cursor moving, NaOH setpoint raised to 11,100 ppm
13:50  remote access software removed from HMI PC
14:10  Public Works director and sheriff notified
"""}],
    "expected": {
        "events": [["2021-02-05T13:00Z", ["remote access session"]], ["2021-02-05T18:30Z", ["setpoint"]],
                   ["2021-02-05T18:50Z", ["removed"]], ["2021-02-05T19:10Z", ["sheriff"]]],
        "keyTimes": {
            "started": kt("2021-02-05T18:30Z", S, "the setpoint went up at about 1:30 p.m. while the operator watched", "comment 180503"),
            "detected": kt("2021-02-05T18:30Z", S, "remote session again - cursor moving, NaOH setpoint raised", "wtp0205-log.txt"),
            "resolved": kt("2021-02-05T18:35Z", I_, "within about five minutes of the change", "comment 180503")},
        "responders": [["Renee Ocampo", None], ["Dale Kowalski", None]],
        "narrative": nar(["remote access"], ["removed"], ["WTP-0205"],
                         "On 5 February 2021 an intruder briefly raised the sodium hydroxide setpoint at Oldsmar's water plant; the operator reversed it within minutes and no treated water was affected."),
    }})

# 6. DP World Australia cyber incident, 10-13 November 2023 - port operations -----------------------------------------
I.append({
    "id": "dpworld-2023-11-cyber-ports", "name": "DP World Australia cyber incident 10-13 November 2023 (internet disconnected, landside access to Sydney, Melbourne, Brisbane and Fremantle terminals stopped until Monday 9 am)",
    "issueId": "99806", "key": "PORT-1011", "summary": "Cyber incident - landside access restricted all AU terminals",
    "reporter": "Kylie Nguyen", "assignee": "Brendan O'Keefe", "labels": ["cyber", "sev1"],
    "components": ["terminal-operations", "security-operations"], "created": "2023-11-10T11:20", "now": "2023-12-01T00:00:00Z",
    "defaultZone": "Australia/Sydney",
    "description": """Unauthorised access detected on the corporate network. Internet disconnected, TOS and truck booking offline, landside gates closed at all four terminals.

First call was a faulty VBS (truck booking) release - it is not. Times AEDT; Fremantle writes AWST.""",
    "comments": [
        ("180601", "Brendan O'Keefe", "2023-11-10T12:00", """SOC log pasted (soc-log.txt, AEDT). Gov notified, ACSC engaged."""),
        ("180602", "Kylie Nguyen", "2023-11-11T05:00", """Statement this afternoon: the company took immediate action, including disconnecting internet connectivity, which stopped ongoing unauthorised access. Key systems not functioning normally."""),
        ("180603", "Kylie Nguyen", "2023-11-12T23:30", """Press statement: operations resumed at all four terminals at 9am local time today following successful tests of key systems overnight. Fremantle group pasted (fremantle-whatsapp.txt, AWST)."""),
        ("180604", "Brendan O'Keefe", "2023-11-28T03:00", """PIR: landside access stopped when the gates closed at 10:10pm Friday; trucks were moving again when operations resumed at 9am AEDT Monday 13 November. Forensics ran for weeks after - not customer impact."""),
    ],
    "changelog": [
        ("Brendan O'Keefe", "2023-11-10T11:21", [("status", "Open", "In Progress")]),
        ("Kylie Nguyen", "2023-11-13T01:00", [("status", "In Progress", "Monitoring")]),
        ("Brendan O'Keefe", "2023-11-28T03:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "soc-log.txt", "zone": "Australia/Sydney", "referenceDate": "2023-11-10", "text": """
2023-11-10 21:37 AEDT  EDR alert: unauthorised access, corporate network (Port Botany)
2023-11-10 21:58 AEDT  decision: disconnect internet at all edges
2023-11-10 22:10 AEDT  landside gates closed, VBS/TOS offline all terminals
2023-11-12 23:40 AEDT  key systems test passed overnight
"""},
        {"file": "fremantle-whatsapp.txt", "zone": "Australia/Perth", "referenceDate": "2023-11-13", "text": """
[13/11/2023, 6:00 am] Shane Doyle: gates open, first trucks in
[13/11/2023, 9:30 am] Shane Doyle: 400 boxes out so far
"""}],
    "expected": {
        "events": [["2023-11-10T10:37Z", ["EDR alert"]], ["2023-11-10T10:58Z", ["disconnect"]],
                   ["2023-11-10T11:10Z", ["gates closed"]], ["2023-11-12T22:00Z", ["gates open"]]],
        "keyTimes": {
            "started": kt("2023-11-10T11:10Z", S, "landside access stopped when the gates closed at 10:10pm Friday", "comment 180604"),
            "detected": kt("2023-11-10T10:37Z", S, "EDR alert: unauthorised access, corporate network", "soc-log.txt"),
            "resolved": kt("2023-11-12T22:00Z", S, "operations resumed at all four terminals at 9am local time today", "comment 180603")},
        "responders": [["Brendan O'Keefe", None], ["Kylie Nguyen", None], ["Shane Doyle", None]],
        "narrative": nar(["unauthorised access"], ["disconnecting internet"], ["PORT-1011", "VBS"],
                         "After a cyber intrusion detected late on Friday 10 November 2023, DP World Australia disconnected its network and stopped landside access at its four container terminals until 9am on Monday 13 November."),
    }})

# 7. Target register outage, 15 June 2019 - store operations -----------------------------------------------------------
I.append({
    "id": "target-2019-06-registers-storeops", "name": "Target store register outage 15 June 2019 (internal technology issue, checkout down in stores nationwide for about two hours on the Saturday before Father's Day)",
    "issueId": "99807", "key": "SOPS-1506", "summary": "POS down chain-wide - guests unable to check out",
    "reporter": "Megan Lindqvist", "assignee": "Carlos Ibarra", "labels": ["p1", "pos"],
    "components": ["store-operations", "pos"], "created": "2019-06-15T17:41", "now": "2019-07-01T15:00:00Z",
    "defaultZone": "America/Chicago",
    "description": """Stores across the country reporting registers unable to scan or take payment. Some stores closing doors.

First guess from store support: payment processor (card auth) outage. Times Central unless marked.""",
    "comments": [
        ("180701", "Carlos Ibarra", "2019-06-15T18:05", """Card auth is fine - this is our own register back end, internal technology issue, not a breach. Store support chat pasted (storesupport.txt, CT)."""),
        ("180702", "Megan Lindqvist", "2019-06-15T21:10", """Comms: statement out at 4:02 pm CT that registers are fully back online. AskTarget tweeted at 2:18 p.m. ET that we were aware. Some stores (Edina) still slow after the statement."""),
        ("180703", "Megan Lindqvist", "2019-06-16T22:40", """Sunday's card problem is NCR's data centre, separate ticket SOPS-1606. Not this one."""),
        ("180704", "Carlos Ibarra", "2019-06-27T16:00", """Review: a Connecticut store employee told WFSB the server crashed around 1:30 p.m. Eastern, which matches our back-end errors. The chain-wide recovery was the 2:31 pm CT restart; the 4:02 statement came afterwards."""),
    ],
    "changelog": [
        ("Carlos Ibarra", "2019-06-15T17:42", [("status", "Open", "In Progress")]),
        ("Megan Lindqvist", "2019-06-15T19:40", [("status", "In Progress", "Monitoring")]),
        ("Carlos Ibarra", "2019-06-27T16:10", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "storesupport.txt", "zone": "America/Chicago", "referenceDate": "2019-06-15", "text": """
12:34 PM store support: T1375 Arlington VA - all lanes frozen, can't scan
12:45 PM store support: 40+ stores calling, east coast first
1:05 PM  store support: stores told to offer hold for guests' carts
1:18 PM  comms: AskTarget tweet posted - aware of a systems issue in store
2:31 PM  POS: register back end restarted, all registers back online
4:02 PM  comms: statement issued, registers fully back online
"""}],
    "expected": {
        "events": [["2019-06-15T17:34Z", ["lanes frozen"]], ["2019-06-15T17:45Z", ["stores calling"]],
                   ["2019-06-15T18:18Z", ["AskTarget"]], ["2019-06-15T19:31Z", ["restarted"]],
                   ["2019-06-15T21:02Z", ["statement"]]],
        "keyTimes": {
            "started": kt("2019-06-15T17:30Z", S, "the server crashed around 1:30 p.m. Eastern", "comment 180704"),
            "detected": kt("2019-06-15T17:34Z", S, "all lanes frozen, can't scan", "storesupport.txt"),
            "resolved": kt("2019-06-15T19:31Z", S, "The chain-wide recovery was the 2:31 pm CT restart", "comment 180704")},
        "responders": [["Carlos Ibarra", None], ["Megan Lindqvist", None]],
        "narrative": nar(["internal technology issue"], ["restarted"], ["SOPS-1506"],
                         "On Saturday 15 June 2019 Target's store registers could not scan or take payment for about two hours nationwide; some stores closed their doors."),
    }})

# 8. Zengin system relay computer fault, 10-11 October 2023 - a member bank's payment operations -------------------------
I.append({
    "id": "zengin-2023-10-rc-fault-bank", "name": "Zengin Data Telecommunication System relay computer fault 10-11 October 2023 (inter-bank transfers to and from about ten banks failed), seen from a member bank",
    "issueId": "99808", "key": "PAY-1010", "summary": "Zengin: incoming/outgoing transfers rejected (RC error)",
    "reporter": "Haruka Sato", "assignee": "Kenji Morimoto", "labels": ["payments", "p1"],
    "components": ["payment-operations", "zengin-gateway"], "created": "2023-10-09T23:52", "now": "2023-10-31T06:00:00Z",
    "defaultZone": "Asia/Tokyo",
    "description": """Since the start of business, transfers via Zengin to several banks rejected / timing out. Our new relay computer (RC) went live over the long weekend.

First suspicion: our own core banking batch after the holiday. Times JST.""",
    "comments": [
        ("180801", "Kenji Morimoto", "2023-10-10T00:30", """Not our core batch. Zengin-Net: fault in the relay computers (RC) used by about ten banks, including ours; interbank transfers from about 8:30 a.m. failing. Ops log pasted (pay1010-log.txt, JST)."""),
        ("180802", "Haruka Sato", "2023-10-10T09:10", """Workaround: large-value transfers sent on paper/magnetic media through the clearing house; retail transfers queued. Customers notified on the website."""),
        ("180803", "Kenji Morimoto", "2023-10-11T11:00", """Zengin-Net says the cause is a table file in the new RC; fix applied this evening, normal processing from tomorrow morning. Backlog of queued transfers processed overnight."""),
        ("180804", "Kenji Morimoto", "2023-10-27T05:00", """Review: started at the opening of business on the 10th (about 8:30 a.m.); Zengin gave no minute for recovery, only "the morning of 12 October". We do not have our own recovery time either."""),
    ],
    "changelog": [
        ("Kenji Morimoto", "2023-10-09T23:53", [("status", "Open", "In Progress")]),
        ("Haruka Sato", "2023-10-12T03:00", [("status", "In Progress", "Monitoring")]),
        ("Kenji Morimoto", "2023-10-27T05:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "pay1010-log.txt", "zone": "Asia/Tokyo", "referenceDate": "2023-10-10", "text": """
2023/10/10 08:30  Zengin RC: transfer telegrams rejected (error), all counterparties via new RC
2023/10/10 08:41  branch call centre: first customer complaint, transfer not received
2023/10/10 09:20  Zengin-Net notice: RC fault, about ten banks affected
2023/10/10 15:00  same-day cut-off passed, about 1.4 million transfers pending (industry)
"""}],
    "expected": {
        "events": [["2023-10-09T23:30Z", ["rejected"]], ["2023-10-09T23:41Z", ["complaint"]],
                   ["2023-10-10T00:20Z", ["RC fault"]], ["2023-10-10T06:00Z", ["cut-off"]]],
        "keyTimes": {
            "started": kt("2023-10-09T23:30Z", S, "interbank transfers from about 8:30 a.m. failing", "comment 180801"),
            "detected": kt("2023-10-09T23:30Z", S, "Zengin RC: transfer telegrams rejected", "pay1010-log.txt"),
            "resolved": kt(None, U)},
        "responders": [["Kenji Morimoto", None], ["Haruka Sato", None]],
        "narrative": nar(["relay computer"], ["table file"], ["PAY-1010"],
                         "From about 8:30 a.m. on 10 October 2023 interbank transfers to and from about ten Japanese banks failed because of a fault in Zengin's new relay computers; normal processing returned on the morning of 12 October."),
    }})

# 9. Philadelphia TRACON radar and radio loss for Newark, 28 April 2025 - an airline hub control centre -----------------
I.append({
    "id": "ewr-2025-04-tracon-blackout-hcc", "name": "Philadelphia TRACON loss of radar and radio with Newark traffic 28 April 2025 (about 90 seconds, followed by a ground stop and days of delays), seen from an airline hub control centre",
    "issueId": "99809", "key": "HCC-0428", "summary": "EWR ground stop - PHL TRACON lost radar/comms",
    "reporter": "Tasha Greene", "assignee": "Omar Haddad", "labels": ["irrops", "atc"],
    "components": ["hub-control", "dispatch"], "created": "2025-04-28T20:25", "now": "2025-05-20T12:00:00Z",
    "defaultZone": "America/New_York",
    "description": """ATC zero / ground stop for EWR arrivals. Crews report no contact with approach for over a minute.

First guess: a frequency congestion issue on the final sector. Times local ET (EDT). FAA advisories in Zulu.""",
    "comments": [
        ("180901", "Omar Haddad", "2025-04-28T21:10", """FAA: telecommunications and equipment issue at Philadelphia TRACON Area C, which handles Newark; radar and radio lost for roughly 90 seconds. Hub log pasted (hcc0428-log.txt, ET)."""),
        ("180902", "Tasha Greene", "2025-04-29T13:00", """Press reports that some controllers took trauma leave after the event; staffing-related delays will run for days. That is not the outage."""),
        ("180903", "Omar Haddad", "2025-05-15T14:00", """PIR: our customers' disruption started with the ground stop at 4:03 pm and the ground stop ended at 5:45 pm; everything after was schedule recovery. The FAA has not published the exact second radar dropped; we only know it from crew reports."""),
    ],
    "changelog": [
        ("Omar Haddad", "2025-04-28T20:26", [("status", "Open", "In Progress")]),
        ("Tasha Greene", "2025-04-29T02:00", [("status", "In Progress", "Monitoring")]),
        ("Omar Haddad", "2025-05-15T14:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [{"file": "hcc0428-log.txt", "zone": "America/New_York", "referenceDate": "2025-04-28", "text": """
HCC EWR LOG 28APR25 (ET)
16:01  crew report via ACARS: no contact with N90/PHL approach, 90 sec
16:03  FAA ground stop EWR arrivals (ATC equipment)
16:20  ground delay program EWR planned to 2359
17:45  ground stop lifted, GDP remains
22:00  147 EWR departures delayed, 36 cancelled
"""}],
    "expected": {
        "events": [["2025-04-28T20:01Z", ["no contact"]], ["2025-04-28T20:03Z", ["ground stop"]],
                   ["2025-04-28T21:45Z", ["lifted"]], ["2025-04-29T02:00Z", ["delayed"]]],
        "keyTimes": {
            "started": kt("2025-04-28T20:03Z", S, "our customers' disruption started with the ground stop at 4:03 pm", "comment 180903"),
            "detected": kt("2025-04-28T20:01Z", S, "crew report via ACARS: no contact with N90/PHL approach", "hcc0428-log.txt"),
            "resolved": kt("2025-04-28T21:45Z", S, "the ground stop ended at 5:45 pm", "comment 180903")},
        "responders": [["Omar Haddad", None], ["Tasha Greene", None]],
        "narrative": nar(["Philadelphia TRACON"], ["ground stop lifted"], ["HCC-0428"],
                         "On 28 April 2025 controllers at Philadelphia TRACON lost radar and radio with Newark traffic for about 90 seconds; arrivals to Newark were stopped and hundreds of flights delayed or cancelled over the following days."),
    }})

# 10. Ireland's Emergency Call Answering Service outage, 28 June 2022 ---------------------------------------------------
I.append({
    "id": "ecas-2022-06-112-999-outage", "name": "Ireland Emergency Call Answering Service outage 28 June 2022 (112/999 calls not handled between 1 am and 2.15 am, about 227 callers)",
    "issueId": "99810", "key": "ECAS-2806", "summary": "112/999 calls not presenting at ECAS centres",
    "reporter": "Niamh Gallagher", "assignee": "Ciarán Doherty", "labels": ["p1", "ecas"],
    "components": ["ecas-platform", "call-routing"], "created": "2022-06-28T00:12", "now": "2022-07-20T12:00:00Z",
    "defaultZone": "Europe/Dublin",
    "description": """No 112/999 calls presenting to call-takers at either centre. Test calls from the floor fail.

First guess: a single mobile operator's interconnect (one carrier's calls only?). Log is Irish time (IST). The platform vendor's US team writes Eastern.""",
    "comments": [
        ("181001", "Ciarán Doherty", "2022-06-28T00:40", """All carriers affected, fixed and mobile - not one interconnect. Call routing platform not delivering calls to the answering positions. Floor log pasted (ecas-floor-log.txt, IST) and the vendor email (vendor-email.txt, ET, still dated the 27th on their side)."""),
        ("181002", "Niamh Gallagher", "2022-06-28T09:30", """Garda callbacks to every caller on the CLI list finished around 10:00 this morning. Department notified."""),
        ("181003", "Niamh Gallagher", "2022-06-28T21:50", """Department statement tonight: the service was unable to handle emergency calls between 1 am and 2.15 am, approximately 227 callers affected; a detailed and comprehensive report requested from the company."""),
        ("181004", "Ciarán Doherty", "2022-07-15T11:00", """Report draft: the first failed call was at 01:00 IST; our floor noticed only at 01:06 when the silence was too long and a test call failed. Calls presented normally again from the 02:15 failover."""),
    ],
    "changelog": [
        ("Ciarán Doherty", "2022-06-28T00:13", [("status", "Open", "In Progress")]),
        ("Niamh Gallagher", "2022-06-28T02:00", [("status", "In Progress", "Monitoring")]),
        ("Ciarán Doherty", "2022-07-15T11:05", [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")]),
    ],
    "pastes": [
        {"file": "ecas-floor-log.txt", "zone": "Europe/Dublin", "referenceDate": "2022-06-28", "text": """
ECAS FLOOR LOG 28/06/2022 (IST)
00:55  shift handover, queue normal
01:06  no 112/999 calls presenting for 6 min, test call from floor fails
01:20  BT NOC bridge opened
01:45  failover to secondary call routing attempted - no change
02:15  calls presenting again after second failover, test call OK
03:30  CLI list of missed callers sent to Gardai for callbacks
"""},
        {"file": "vendor-email.txt", "zone": "America/New_York", "referenceDate": "2022-06-27", "text": """
From: platform-support (US)
Sent: Monday, June 27, 2022 8:31 PM
Subject: RE: P1 ECAS - calls not delivered

Platform team engaged at 8:31 PM ET, looking at the routing cluster. Will update on the bridge.
"""}],
    "expected": {
        "events": [["2022-06-28T00:06Z", ["test call"]], ["2022-06-28T00:20Z", ["bridge"]],
                   ["2022-06-28T00:31Z", ["engaged"]], ["2022-06-28T00:45Z", ["failover"]],
                   ["2022-06-28T01:15Z", ["presenting again"]], ["2022-06-28T02:30Z", ["callbacks"]]],
        "keyTimes": {
            "started": kt("2022-06-28T00:00Z", S, "the first failed call was at 01:00 IST", "comment 181004"),
            "detected": kt("2022-06-28T00:06Z", S, "no 112/999 calls presenting for 6 min", "ecas-floor-log.txt"),
            "resolved": kt("2022-06-28T01:15Z", S, "unable to handle emergency calls between 1 am and 2.15 am", "comment 181003")},
        "responders": [["Ciarán Doherty", None], ["Niamh Gallagher", None]],
        "narrative": nar(["call routing"], ["failover"], ["ECAS-2806"],
                         "Between 1 am and 2.15 am on 28 June 2022 Ireland's emergency call answering service could not handle 112 and 999 calls; about 227 callers did not get through and were called back by Gardaí."),
    }})

# Every ticket carries one follow-up link and one remote link (the study files all have both).
for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

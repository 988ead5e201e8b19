"""Held-out 41 incidents: compact specs (see SOURCES-heldout41.md for what is public and what is invented)."""
from lib import kt, nar

S, U = "STATED", "UNKNOWN"
I = []


def inc(id_, name, n, key, summary, who, created, now, zone, desc, comments, changelog, paste, events, keys, root, fix, internal, effect):
    I.append({"id": id_, "name": name, "issueId": str(98020 + n), "key": key, "summary": summary,
              "reporter": who[0], "assignee": who[1], "labels": ["incident"], "components": ["ops"],
              "created": created, "now": now, "defaultZone": zone, "description": desc,
              "comments": [(str(232300 + n * 10 + j),) + c for j, c in enumerate(comments)],
              "changelog": changelog, "pastes": [paste],
              "expected": {"events": events, "keyTimes": keys, "responders": [[who[0], None], [who[1], None]],
                           "narrative": nar(root, fix, internal, effect)}})


def cl(who, start, mon, res):
    return [(who, start, [("status", "Open", "In Progress")]), (who, mon, [("status", "In Progress", "Monitoring")]),
            (who, res, [("status", "Monitoring", "Resolved"), ("resolution", None, "Done")])]


# 1 Slack 4 Jan 2021 seen from a Dublin fintech support team
inc("slack-2021-01-outage-dublin-fintech", "Slack global outage 4 January 2021 (from about 7:00am PST, status upgraded to outage 11:20am EST, degraded 1pm EST, resolved about 3pm EST), seen from a Dublin fintech whose support desk runs on Slack Connect", 0,
    "FJX-104", "Slack down - support desk can't see customer channels", ("Aoife Brennan", "Cian Doyle"),
    "2021-01-04T15:20", "2021-01-20T12:00:00Z", "Europe/Dublin",
    """Slack not loading for the whole support team, Slack Connect channels with merchants empty. Since about 14:30?? first day back, great. Falling back to email + phone.""",
    [("Cian Doyle", "2021-01-04T16:30", """Slack status page 11:20am EST (16:20 ours): they have 'upgraded the incident on our side to reflect an outage in service'. Not our SSO then - I spent 20 min on Okta for nothing."""),
     ("Cian Doyle", "2021-01-04T20:15", """Slack working for all of us again since 20:00. Monitoring."""),
     ("Aoife Brennan", "2021-01-07T10:00", """Recap (Irish time = UTC in January). Impact for us: 15:00 to 20:00, i.e. Slack's 'around 10 a.m. Eastern' start; the '14:30' in the description was wrong, the 14:30 errors were one laptop. First we knew: the Pingdom check on the Slack webhook failed at 15:04. Slack says AWS Transit Gateway did not scale with the morning traffic peak. Actions: email fallback template for merchants, status subscriptions for the desk.""")],
    cl("Cian Doyle", "2021-01-04T15:21", "2021-01-04T20:16", "2021-01-07T10:05"),
    {"file": "teams-fjx104.txt", "zone": "Europe/Dublin", "referenceDate": "2021-01-04", "text": """
[04/01/2021 15:04] Pingdom: DOWN slack-webhook-relay (timeout)
[04/01/2021 15:09] Aoife Brennan: slack just spinning for me, anyone else?
[04/01/2021 15:15] Cian Doyle: could be our Okta SSO, checking
[04/01/2021 15:35] Cian Doyle: okta fine. status.slack.com: trouble loading channels
[04/01/2021 18:00] Aoife Brennan: slack says some users can connect but degraded
[04/01/2021 20:00] Cian Doyle: all of us back in, messages loading
"""},
    [["2021-01-04T15:00Z", ["10 a.m. Eastern", "15:00 to 20:00"]], ["2021-01-04T15:04Z", ["Pingdom"]], ["2021-01-04T15:09Z", ["spinning"]],
     ["2021-01-04T15:15Z", ["Okta"]], ["2021-01-04T15:35Z", ["status.slack.com"]], ["2021-01-04T16:20Z", ["outage in service"]],
     ["2021-01-04T18:00Z", ["degraded"]], ["2021-01-04T20:00Z", ["back in", "working"]]],
    {"started": kt("2021-01-04T15:00Z", S, "Impact for us: 15:00 to 20:00", "comment 232302"),
     "detected": kt("2021-01-04T15:04Z", S, "Pingdom: DOWN slack-webhook-relay", "teams-fjx104.txt"),
     "resolved": kt("2021-01-04T20:00Z", S, "Impact for us: 15:00 to 20:00", "comment 232302")},
    ["Transit Gateway"], ["email fallback"], ["FJX-104", "slack-webhook-relay"],
    "On 4 January 2021 the fintech's support desk could not use Slack from 15:00 to 20:00 Irish time during Slack's global outage.")

# 2 Azure leap day 2012 seen from a London SaaS
inc("azure-2012-02-leapday-london-saas", "Windows Azure leap-day compute outage 29 February 2012 (transfer certificates failed from 00:00 UTC, operations aware 5:45 PM PST 28 Feb, majority restored 2:57 AM PST 29 Feb), seen from a London timesheet SaaS whose role instances would not start", 1,
    "WLQ-229", "New role instances stuck, deploy failing, half capacity", ("Priya Raman", "Tom Hartley"),
    "2012-02-29T07:40", "2012-03-15T12:00:00Z", "Europe/London",
    """Deploy of 4.2 failed overnight, new instances never reach Ready. Running on 2 of 4 web roles, timesheet saves timing out for UK morning users. Started with the 4.2 deploy I think (~01:30).""",
    [("Tom Hartley", "2012-02-29T08:10", """Not our deploy. Azure dashboard: compute issue 'impacting the compute service in a number of regions', they became aware at 5:45 PM PST yesterday, i.e. 01:45 GMT. Service management disabled so we can't even roll back."""),
     ("Tom Hartley", "2012-02-29T11:05", """Instances Ready, 4 of 4 since 10:57. Saves OK."""),
     ("Priya Raman", "2012-03-05T09:00", """Review (GMT). Microsoft's RCA: a leap-year bug in the transfer certificate (valid-to 29 Feb 2013 is not a date), failing from 00:00 GMT. For us the impact began at 00:00 too - the log shows the first instance recycle failing then, not at the 4.2 deploy. Ended 10:57, which matches Microsoft's 2:57 AM PST. First alert: 00:12 (AzureWatch).""")],
    cl("Tom Hartley", "2012-02-29T07:41", "2012-02-29T11:06", "2012-03-05T09:05"),
    {"file": "opslog-wlq229.txt", "zone": "Europe/London", "referenceDate": "2012-02-29", "text": """
00:00 WebRole_IN_3 recycle -> Busy (GuestAgent cert error), never Ready
00:12 AzureWatch: role instance count 3 < 4 on timesheet-web
01:30 4.2 deploy started (on-call didn't see the alert)
01:52 deploy stuck 'Starting'
07:35 users: saves timing out
10:57 all instances Ready, 4/4
"""},
    [["2012-02-29T00:00Z", ["recycle", "00:00"]], ["2012-02-29T00:12Z", ["AzureWatch"]], ["2012-02-29T01:30Z", ["deploy"]],
     ["2012-02-29T01:45Z", ["5:45 PM PST"]], ["2012-02-29T01:52Z", ["stuck"]], ["2012-02-29T07:35Z", ["timing out"]],
     ["2012-02-29T10:57Z", ["Ready", "2:57 AM"]]],
    {"started": kt("2012-02-29T00:00Z", S, "WebRole_IN_3 recycle -> Busy", "opslog-wlq229.txt"),
     "detected": kt("2012-02-29T00:12Z", S, "AzureWatch: role instance count 3 < 4", "opslog-wlq229.txt"),
     "resolved": kt("2012-02-29T10:57Z", S, "Instances Ready, 4 of 4 since 10:57", "comment 232311")},
    ["leap-year bug"], ["Ready"], ["WLQ-229", "timesheet-web"],
    "On 29 February 2012 the timesheet app ran at half capacity with slow saves from midnight to 10:57 GMT because of Azure's leap-day bug.")

# 3 Let's Encrypt DST Root CA X3 expiry, Munich IoT company (German)
inc("letsencrypt-2021-09-dstroot-munich-iot", "Expiry of the DST Root CA X3 cross-signature 30 September 2021 14:01:15 UTC (Let's Encrypt chain), seen from a Munich smart-meter gateway maker whose old OpenSSL 1.0.2 gateways could no longer reach its API", 2,
    "ZRB-930", "Gateways offline - TLS handshake fails to api", ("Lukas Brandl", "Sabine Vogt"),
    "2021-09-30T14:40", "2021-10-15T12:00:00Z", "Europe/Berlin",
    """Seit ca. 16 Uhr melden sich die Gateways der Serie G2 nicht mehr. Vermutung: Firewall-Change von heute Mittag.""",
    [("Sabine Vogt", "2021-09-30T15:30", """Firewall war es nicht. G2 nutzt OpenSSL 1.0.2 und validiert die Kette über DST Root CA X3, das heute um 16:01 MESZ abgelaufen ist (14:01 UTC)."""),
     ("Sabine Vogt", "2021-09-30T19:10", """Alternative Kette (ISRG Root X1 ohne Cross-Sign) auf api-g2 ausgerollt, seit 21:05 verbinden sich die Gateways wieder."""),
     ("Lukas Brandl", "2021-10-04T09:00", """Nachbetrachtung (MESZ). Ausfall G2: 16:01 bis 21:05. Erste Meldung: Grafana-Alarm 16:09. Die '16 Uhr' und der Firewall-Verdacht waren falsch. Maßnahme: Zertifikatsablauf der Root-Kette überwachen.""")],
    cl("Sabine Vogt", "2021-09-30T14:41", "2021-09-30T19:11", "2021-10-04T09:05"),
    {"file": "chat-zrb930.txt", "zone": "Europe/Berlin", "referenceDate": "2021-09-30", "text": """
16:09 Grafana: G2 online gateways 0 < 500
16:14 lukas: firewall change von 12 uhr zurückrollen?
16:31 sabine: rollback durch, keine Änderung
17:02 sabine: handshake error 'certificate has expired' im gateway-log
18:40 sabine: neue Kette auf staging ok
21:05 sabine: G2 wieder online, 4.812 gateways verbunden
"""},
    [["2021-09-30T14:01Z", ["abgelaufen", "16:01 bis"]], ["2021-09-30T14:09Z", ["Grafana"]], ["2021-09-30T14:14Z", ["firewall"]],
     ["2021-09-30T14:31Z", ["rollback"]], ["2021-09-30T15:02Z", ["handshake"]], ["2021-09-30T16:40Z", ["staging"]],
     ["2021-09-30T19:05Z", ["wieder online", "verbinden"]]],
    {"started": kt("2021-09-30T14:01Z", S, "Ausfall G2: 16:01 bis 21:05", "comment 232322"),
     "detected": kt("2021-09-30T14:09Z", S, "Grafana: G2 online gateways 0 < 500", "chat-zrb930.txt"),
     "resolved": kt("2021-09-30T19:05Z", S, "Ausfall G2: 16:01 bis 21:05", "comment 232322")},
    ["DST Root CA X3"], ["Alternative Kette"], ["ZRB-930", "api-g2"],
    "On 30 September 2021 the company's G2 gateways could not reach its servers from 16:01 to 21:05 Munich time after an old root certificate expired.")

# 4 Leap second 30 June 2012, Madrid hosting company (Spanish)
inc("leapsecond-2012-06-madrid-hosting", "Linux leap-second livelock 30 June 2012 23:59:60 UTC (hrtimer/futex CPU spin in Java and MySQL), seen from a Madrid hosting company", 3,
    "HKV-701", "CPU al 100% en todos los nodos java/mysql, webs de clientes lentas", ("Marta Ruiz", "Javier Soto"),
    "2012-06-30T22:25", "2012-07-10T12:00:00Z", "Europe/Madrid",
    """Todos los nodos con Java y MySQL al 100% de CPU desde las 02:00 más o menos (hora de Madrid). Webs de clientes lentas o caídas.""",
    [("Javier Soto", "2012-06-30T23:10", """Es el segundo intercalar: a las 23:59:60 UTC (01:59:60 aquí) el kernel deja los futex girando. Solución: date -s \"$(date)\" en cada nodo, no hace falta reiniciar."""),
     ("Javier Soto", "2012-07-01T01:00", """Aplicado en los 140 nodos, carga normal desde las 02:47."""),
     ("Marta Ruiz", "2012-07-03T10:00", """Resumen (hora de Madrid, CEST): impacto desde las 02:00 exactas (el segundo intercalar) hasta las 02:47. Primera alarma Nagios 02:03. El '02:00 más o menos' resultó exacto; al principio sospechamos un ataque DDoS.""")],
    cl("Javier Soto", "2012-06-30T22:26", "2012-07-01T01:01", "2012-07-03T10:05"),
    {"file": "irc-hkv701.txt", "zone": "Europe/Madrid", "referenceDate": "2012-07-01", "text": """
[02:03] <nagios> CRITICAL load web-java-07 load average 48.2
[02:09] <marta> carga en todos, ¿DDoS?
[02:20] <javier> tráfico normal, no es ataque. java y mysqld al 100% sin peticiones
[02:31] <javier> segundo intercalar, probando date -s en web-java-07
[02:35] <javier> web-java-07 carga 0.4, lo lanzamos a todos
[02:47] <javier> todos los nodos normales
"""},
    [["2012-07-01T00:00Z", ["02:00", "23:59:60"]], ["2012-07-01T00:03Z", ["nagios"]], ["2012-07-01T00:09Z", ["DDoS"]],
     ["2012-07-01T00:20Z", ["no es ataque"]], ["2012-07-01T00:31Z", ["date -s"]], ["2012-07-01T00:35Z", ["carga 0.4"]],
     ["2012-07-01T00:47Z", ["normales", "normal"]]],
    {"started": kt("2012-07-01T00:00Z", S, "impacto desde las 02:00 exactas", "comment 232332"),
     "detected": kt("2012-07-01T00:03Z", S, "CRITICAL load web-java-07", "irc-hkv701.txt"),
     "resolved": kt("2012-07-01T00:47Z", S, "hasta las 02:47", "comment 232332")},
    ["segundo intercalar"], ["date -s"], ["HKV-701", "web-java-07"],
    "On 1 July 2012 customer websites were slow or down from 02:00 to 02:47 Madrid time because the leap second left Java and MySQL spinning.")

# 5 Azure DDoS 30 July 2024, Toronto SaaS
inc("azure-2024-07-ddos-toronto-saas", "Azure Front Door / CDN connectivity errors 30 July 2024 after a DDoS event and a defence misconfiguration (11:45-13:58 UTC main impact), seen from a Toronto scheduling SaaS", 4,
    "PXT-730", "intermittent 5xx / timeouts on app.*, Azure portal slow too", ("Dev Malhotra", "Chloe Tremblay"),
    "2024-07-30T12:05", "2024-08-20T12:00:00Z", "America/Toronto",
    """intermittent 502/504 on app through front door, ~30% of requests. started maybe 7:30am ET? we shipped 9.14 at 7:20 so rolling that back""",
    [("Chloe Tremblay", "2024-07-30T12:40", """rollback of 9.14 did nothing. azure status page: 'Starting at approximately 11:45 UTC ... a subset of customers may experience issues connecting to Azure services' - that's 7:45am ET, not 7:30."""),
     ("Chloe Tremblay", "2024-07-30T14:10", """error rate < 0.1% since 9:58 AM ET. watching."""),
     ("Dev Malhotra", "2024-08-02T15:00", """recap (ET): impact 7:45 AM - 9:58 AM ET (Microsoft's 11:45-13:58 UTC). first page 7:49 AM (Datadog synthetics). Microsoft says a DDoS triggered their defences, and an error in those defences amplified it. 9.14 innocent.""")],
    cl("Chloe Tremblay", "2024-07-30T12:06", "2024-07-30T14:11", "2024-08-02T15:05"),
    {"file": "slack-pxt730.txt", "zone": "America/Toronto", "referenceDate": "2024-07-30", "text": """
7:49 AM Datadog: [P1] synthetics app-login failing from 4 locations
7:55 AM Dev: 502s from front door, 9.14 went out 7:20, rolling back
8:22 AM Chloe: rollback done, still 502s
8:31 AM Chloe: azure status has an incident, front door + cdn
9:58 AM Chloe: errors gone 🎉
"""},
    [["2024-07-30T11:20Z", ["9.14"]], ["2024-07-30T11:45Z", ["11:45", "7:45"]], ["2024-07-30T11:49Z", ["Datadog"]],
     ["2024-07-30T11:55Z", ["rolling back"]], ["2024-07-30T12:22Z", ["rollback done"]], ["2024-07-30T12:31Z", ["azure status"]],
     ["2024-07-30T13:58Z", ["errors gone", "9:58"]]],
    {"started": kt("2024-07-30T11:45Z", S, "impact 7:45 AM - 9:58 AM ET", "comment 232342"),
     "detected": kt("2024-07-30T11:49Z", S, "Datadog: [P1] synthetics app-login failing", "slack-pxt730.txt"),
     "resolved": kt("2024-07-30T13:58Z", S, "impact 7:45 AM - 9:58 AM ET", "comment 232342")},
    ["DDoS"], ["error rate"], ["PXT-730", "app-login"],
    "On 30 July 2024 about a third of requests to the scheduling app failed from 7:45 to 9:58 AM Toronto time during an Azure networking incident.")

# 6 Mizuho ATMs 28 Feb 2021, Tokyo ramen chain (Japanese romanised)
inc("mizuho-2021-02-atm-tokyo-ramen", "Mizuho Bank ATM and online banking failure 28 February 2021 (Sunday; cards and passbooks swallowed, about 3,000 of 5,400 ATMs stopped by the evening, linked to a time-deposit data update; all ATMs back by Monday evening), seen from a Tokyo ramen chain whose store managers deposit takings at Mizuho ATMs", 5,
    "MZR-228", "Mizuho ATM de nyuukin dekinai, tenchou no card ga torikomareta", ("Sato Kenji", "Yamada Aiko"),
    "2021-02-28T03:30", "2021-03-15T03:00:00Z", "Asia/Tokyo", "High" and """Shibuya-ten no tenchou kara: Mizuho ATM ni card to tsuuchou ga torikomareta. 11:58 kara. Uriage no nyuukin ga dekinai.""",
    [("Yamada Aiko", "2021-02-28T05:10", """Mizuho no website ni 'shisutemu shougai' no oshirase (akai moji). Zenkoku no ATM no hanbun ijou ga teishi. Konbini ATM wo tsukau you ni renraku shimashita."""),
     ("Yamada Aiko", "2021-03-01T09:30", """Getsuyou: Shibuya-ten no card wa mada modotte inai. Nyuukin wa 7-Eleven kara."""),
     ("Sato Kenji", "2021-03-05T10:00", """Matome (JST). Wareware no eikyou: 11:58 ni saisho no card torikomi (Shibuya), 12:06 ni tenchou kara denwa. Itsu fukkyuu shita ka wa wakaranai - Mizuho wa 'getsuyou no yuugata made ni zenbu fukkyuu' to iu dake de, jikan wa nai. Gen'in: teiki yokin no data koushin ni kanren.""")],
    cl("Yamada Aiko", "2021-02-28T03:31", "2021-03-01T09:31", "2021-03-05T10:05"),
    {"file": "line-mzr228.txt", "zone": "Asia/Tokyo", "referenceDate": "2021-02-28", "text": """
2021/02/28(日)
12:06 Tenchou Shibuya: ATM ga card wo kaeshite kurenai!! 11:58 kara matte iru
12:20 Yamada: Mizuho no call center tsunagaranai
13:45 Tenchou Ikebukuro: Ikebukuro mo dame desu
14:10 Yamada: Mizuho HP ni oshirase. nyuukin wa konbini ATM de
"""},
    [["2021-02-28T02:58Z", ["torikomi", "11:58"]], ["2021-02-28T03:06Z", ["card", "denwa"]], ["2021-02-28T03:20Z", ["call center"]],
     ["2021-02-28T04:45Z", ["Ikebukuro"]], ["2021-02-28T05:10Z", ["HP", "oshirase"]]],
    {"started": kt("2021-02-28T02:58Z", S, "11:58 ni saisho no card torikomi", "comment 232352"),
     "detected": kt("2021-02-28T03:06Z", S, "ATM ga card wo kaeshite kurenai", "line-mzr228.txt"),
     "resolved": kt(None, U)},
    ["teiki yokin"], ["konbini"], ["MZR-228", "Shibuya-ten"],
    "On 28 February 2021 the chain's store managers could not deposit takings and lost cards in Mizuho ATMs from 11:58 Tokyo time; when service came back for them is not recorded.")
I[-1]["description"] = """Shibuya-ten no tenchou kara: Mizuho ATM ni card to tsuuchou ga torikomareta. 11:58 kara. Uriage no nyuukin ga dekinai."""

# 7 Vodafone Portugal 7 Feb 2022, Porto pharmacy chain (Portuguese)
inc("vodafone-pt-2022-02-cyberattack-porto-pharmacy", "Vodafone Portugal network outage after a deliberate cyberattack on the night of 7 February 2022 (4G/5G, fixed voice, TV, SMS down; mobile voice and 3G data back on 8 February, 4G from 9 February), seen from a Porto pharmacy chain with Vodafone fixed lines and SMS reminders", 6,
    "VRG-207", "Farmácias sem linha fixa nem SMS - Vodafone em baixo", ("Inês Carvalho", "Rui Pinto"),
    "2022-02-07T22:10", "2022-02-25T12:00:00Z", "Europe/Lisbon",
    """Loja da Boavista liga: sem telefone fixo nem TPA desde as 21h. SMS de levantamento de receitas não saem. Talvez o nosso router central?""",
    [("Rui Pinto", "2022-02-08T09:00", """Não é o nosso router. Comunicado da Vodafone: falha de rede 'que começou ontem à noite, 7 de fevereiro' por um ciberataque deliberado. Voz móvel recuperada quase em todo o país, dados só em 3G."""),
     ("Rui Pinto", "2022-02-09T18:00", """TPA de backup em 4G de outra operadora nas 12 lojas. SMS ainda falham."""),
     ("Inês Carvalho", "2022-02-14T10:00", """Revisão (hora de Lisboa = UTC). Para nós começou às 21:14 de 7/02: o monitor do Zabbix mostra a linha fixa da Boavista em baixo a essa hora; o '21h' da loja era aproximado. Alerta do Zabbix às 21:16. Quando ficou tudo normal? Não sabemos: a Vodafone foi repondo ao longo de vários dias e ninguém anotou quando os SMS voltaram.""")],
    cl("Rui Pinto", "2022-02-07T22:11", "2022-02-09T18:01", "2022-02-14T10:05"),
    {"file": "whatsapp-vrg207.txt", "zone": "Europe/Lisbon", "referenceDate": "2022-02-07", "text": """
07/02/22, 21:16 - Zabbix: PROBLEM sip-trunk boavista unreachable
07/02/22, 21:40 - Loja Boavista: sem telefone nem multibanco
07/02/22, 22:05 - Rui Pinto: vou reiniciar o router central
07/02/22, 22:30 - Rui Pinto: reiniciado, nada. rede móvel vodafone também sem dados
08/02/22, 08:15 - Inês Carvalho: notícias: ciberataque à Vodafone
"""},
    [["2022-02-07T21:14Z", ["21:14", "Zabbix"]], ["2022-02-07T21:16Z", ["Zabbix"]], ["2022-02-07T21:40Z", ["multibanco"]],
     ["2022-02-07T22:05Z", ["router"]], ["2022-02-07T22:30Z", ["reiniciado"]], ["2022-02-08T08:15Z", ["ciberataque"]]],
    {"started": kt("2022-02-07T21:14Z", S, "Para nós começou às 21:14 de 7/02", "comment 232362"),
     "detected": kt("2022-02-07T21:16Z", S, "Zabbix: PROBLEM sip-trunk boavista unreachable", "whatsapp-vrg207.txt"),
     "resolved": kt(None, U)},
    ["ciberataque"], ["backup"], ["VRG-207", "sip-trunk"],
    "From 21:14 on 7 February 2022 the pharmacies lost fixed phones, card terminals and SMS during Vodafone Portugal's cyberattack outage; the end is not recorded.")

# 8 Tokyo crane blackout 14 Aug 2006, foreign bank back office
inc("tokyo-2006-08-crane-blackout-office", "Tokyo blackout 14 August 2006 (a crane on a barge hit high-voltage lines over the Kyu-Edo River at about 7:38 a.m. JST, some 1.4 million households and the subway affected, power back around noon), seen from the Tokyo back office of a European broker", 7,
    "TQY-814", "Tokyo office on UPS, trading desk PCs off, staff stuck on trains", ("Mark Evans", "Hiroshi Ito"),
    "2006-08-13T23:10", "2006-08-30T12:00:00Z", "Asia/Tokyo",
    """Power cut in the Tokyo office building since about 7:30. UPS carrying servers only. Half the staff stuck on stopped trains.""",
    [("Hiroshi Ito", "2006-08-14T01:00", """TEPCO says a crane on a barge touched the 275kV lines over the Kyu-Edo river at 7:38. So not 7:30. Building power back 10:12 (our floor)."""),
     ("Hiroshi Ito", "2006-08-14T03:30", """All desks up, trains running again."""),
     ("Mark Evans", "2006-08-16T08:00", """Review (JST). Outage for our office 7:38 to 10:12, our BMS log agrees with TEPCO's time. First alert: UPS on battery, 7:38, emailed to nobody awake; the guard called Hiroshi at 7:52. Wrong first guess: building transformer.""")],
    cl("Hiroshi Ito", "2006-08-13T23:11", "2006-08-14T03:31", "2006-08-16T08:05"),
    {"file": "bms-tqy814.txt", "zone": "Asia/Tokyo", "referenceDate": "2006-08-14", "text": """
07:38 BMS: mains failure, UPS on battery (email alert)
07:52 guard phoned Hiroshi
08:05 Hiroshi: building says transformer? checking
08:40 generator for floor 12 not starting
10:12 BMS: mains restored
"""},
    [["2006-08-13T22:38Z", ["mains failure", "crane"]], ["2006-08-13T22:52Z", ["guard"]], ["2006-08-13T23:05Z", ["transformer"]],
     ["2006-08-13T23:40Z", ["generator"]], ["2006-08-14T01:12Z", ["restored", "power back"]]],
    {"started": kt("2006-08-13T22:38Z", S, "Outage for our office 7:38 to 10:12", "comment 232372"),
     "detected": kt("2006-08-13T22:38Z", S, "BMS: mains failure, UPS on battery", "bms-tqy814.txt"),
     "resolved": kt("2006-08-14T01:12Z", S, "Outage for our office 7:38 to 10:12", "comment 232372")},
    ["crane"], ["mains restored"], ["TQY-814", "BMS"],
    "On 14 August 2006 the broker's Tokyo office had no mains power from 7:38 to 10:12 after a crane hit power lines.")

# 9 Qantas / Amadeus leap second 1 July 2012, Sydney travel agency
inc("qantas-2012-07-leapsecond-sydney-travel", "Qantas check-in delays 1 July 2012 after the Amadeus Altea system failed at the leap second (about two hours of manual check-in, some 400 flights delayed), seen from a Sydney corporate travel agency", 8,
    "DNW-701", "Clients stuck at Qantas check-in, Amadeus GDS slow", ("Jess Nguyen", "Oliver Grant"),
    "2012-07-01T00:30", "2012-07-15T12:00:00Z", "Australia/Sydney",
    """Clients calling from SYD and MEL: Qantas check-in down, manual boarding passes. Our Amadeus terminal timing out too since 10:20.""",
    [("Oliver Grant", "2012-07-01T01:30", """Amadeus says their Altea systems failed at the leap second, 10:00 AEST. I agree the check-in queues started then - our first client call is logged 10:11."""),
     ("Oliver Grant", "2012-07-01T03:00", """Qantas says check-in back, delays continue."""),
     ("Jess Nguyen", "2012-07-03T09:00", """Review. Impact 10:00 AEST, first client call 10:11. Qantas check-in ran manually for about two hours; nobody here noted when it came back.""")],
    cl("Oliver Grant", "2012-07-01T00:31", "2012-07-01T03:01", "2012-07-03T09:05"),
    {"file": "calls-dnw701.txt", "zone": "Australia/Sydney", "referenceDate": "2012-07-01", "text": """
10:11 call: client at SYD T3, check-in kiosks dead
10:20 our Amadeus terminal timing out
10:34 Jess: rebooking 3 clients onto afternoon flights
10:50 Oliver: Qantas twitter says system issue, manual check-in
"""},
    [["2012-07-01T00:00Z", ["leap second"]], ["2012-07-01T00:11Z", ["client"]], ["2012-07-01T00:20Z", ["timing out"]],
     ["2012-07-01T00:34Z", ["rebooking"]], ["2012-07-01T00:50Z", ["manual"]]],
    {"started": kt("2012-07-01T00:00Z", S, "Impact 10:00 AEST", "comment 232382"),
     "detected": kt("2012-07-01T00:11Z", S, "client at SYD T3, check-in kiosks dead", "calls-dnw701.txt"),
     "resolved": kt(None, U)},
    ["leap second"], ["manual"], ["DNW-701", "SYD T3"],
    "On 1 July 2012 the agency's clients faced manual Qantas check-in and delays from 10:00 Sydney time after the leap second broke Amadeus Altea.")

# 10 GPS week-number rollover 6 April 2019, Melbourne bus operator (transport)
inc("gps-2019-04-weekrollover-melbourne-bus", "GPS week-number rollover at 23:59:42 UTC on 6 April 2019 (older receivers jumped back 1024 weeks), seen from a Melbourne bus operator whose older on-board GPS units sent positions dated 1999 to the real-time passenger information system", 9,
    "JBK-407", "Real-time bus arrivals missing for older fleet (positions dated 1999)", ("Sam Kowalski", "Nadia Haddad"),
    "2019-04-06T22:30", "2019-04-25T12:00:00Z", "Australia/Melbourne",
    """Older buses (fleet 1-140) vanished from the passenger app this morning, stops show timetable only. Since the 9am service change?""",
    [("Nadia Haddad", "2019-04-07T00:40", """Not the service change. The GPS week rollover happened at 23:59:42 UTC last night = 9:59am our time (AEST since the clocks went back). The old receivers now report 1999 dates and the feed drops them."""),
     ("Nadia Haddad", "2019-04-07T05:20", """Date-offset patch in the feed adaptor live at 3:15pm, all 140 buses visible again."""),
     ("Sam Kowalski", "2019-04-10T09:00", """Review (AEST). Passenger impact 9:59am to 3:15pm on Sunday. First alert: feed-monitor 'stale vehicles > 50' at 10:06am. Receiver firmware replacement ordered.""")],
    cl("Nadia Haddad", "2019-04-06T22:31", "2019-04-07T05:21", "2019-04-10T09:05"),
    {"file": "teams-jbk407.txt", "zone": "Australia/Melbourne", "referenceDate": "2019-04-07", "text": """
[7/04/2019 10:06 AM] feed-monitor: stale vehicles > 50 (older fleet)
[7/04/2019 10:40 AM] Sam: was it the 9am service change? rolling back timetable
[7/04/2019 11:25 AM] Nadia: raw NMEA from bus 17: date 1999-08-22. gps rollover!
[7/04/2019 1:30 PM] Nadia: offset patch tested on 5 buses
[7/04/2019 3:15 PM] Nadia: patch live, 140/140 visible
"""},
    [["2019-04-06T23:59Z", ["rollover"]], ["2019-04-07T00:06Z", ["stale vehicles"]], ["2019-04-07T00:40Z", ["service change"]],
     ["2019-04-07T01:25Z", ["NMEA"]], ["2019-04-07T03:30Z", ["offset patch"]], ["2019-04-07T05:15Z", ["patch live", "visible"]]],
    {"started": kt("2019-04-06T23:59Z", S, "Passenger impact 9:59am to 3:15pm", "comment 232392"),
     "detected": kt("2019-04-07T00:06Z", S, "feed-monitor: stale vehicles > 50", "teams-jbk407.txt"),
     "resolved": kt("2019-04-07T05:15Z", S, "Passenger impact 9:59am to 3:15pm", "comment 232392")},
    ["week rollover"], ["offset patch"], ["JBK-407", "feed-monitor"],
    "On 7 April 2019 older buses disappeared from the passenger app from 9:59am to 3:15pm Melbourne time after the GPS week-number rollover.")

for _spec in I:
    _proj, _num = _spec["key"].split("-")
    _spec.setdefault("links", [("%s-%s" % (_proj, str(int(_num) + 1).zfill(len(_num))), "follow-up actions from " + _spec["key"])])
    _spec.setdefault("remote", [("https://acme.atlassian.net/wiki/spaces/PM/pages/%s" % _spec["issueId"],
                                 "Post-mortem: " + _spec["summary"])])

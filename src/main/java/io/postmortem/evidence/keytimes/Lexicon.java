package io.postmortem.evidence.keytimes;

import io.postmortem.evidence.time.TimeMentions;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words responders use around the three key times, in general English incident vocabulary (not one incident's
 * phrasing). Every pattern is matched against lower-cased text. Tiers: 3 = an explicit boundary (an impact window,
 * "impact began", "customer impact ended", an all-clear, "we were paged"); 2 = a named state change ("recovered",
 * "started timing out", "since 09:00" with a failure); 1 = a hint that is never enough alone (a status post, a failure
 * event, closing the ticket).
 */
final class Lexicon {

    private Lexicon() {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    // ------------------------------------------------------------------ what a message is

    /** A message written later: a recap, a correction, a post-mortem draft. */
    static final Pattern HINDSIGHT = p("\\b(?:recap|wrap-?up|post-?incident (?:notes|review|report|summary|write-?up|analysis)|after-?action (?:review|report|notes)|(?:report|review|write-?up|rca|pir) notes|notes for the (?:report|review|write-?up|rca|pir)|in hindsight|hindsight|post[- ]?mortem|(?:report|review) summary|preliminary report|for the (?:\\w+ ){0,2}file|copied for|as sent|for the (?:\\w+ ){0,2}(?:report|review|write-?up|pir|rca|post-?mortem|inquiry|enquiry|investigation|inquest|audit|regulator|hearing)|f(?:ü|ue)r den (?:\\w+ )?bericht|pour le (?:\\w+ )?rapport|para el (?:\\w+ )?informe|rca|pir|retro(?:spective)?|review|write-?up|timeline|"
            + "for the record|for (?:our|the) records|closing notes?|correction|corrected|in retrospect|looking back|afterwards|after the fact|turned out|actually|lessons? learned|"
            + "summary of (?:the )?events|sequence of events|what happened|(?:report|review|rca|pir|post-?mortem|write-?up) draft|draft (?:of the )?(?:report|review|rca|pir|post-?mortem|write-?up)|resumen|bilan|zusammenfassung|riepilogo|rapport (?:interne|d'incident|final)|interner bericht|informe (?:interno|final|del incidente)|(?:intern |eind)?verslag|tijdlijn|chronologie|cronolog[íi]a|voor het (?:\\w+ )?rapport|coe|correction of errors|(?:preliminary|final) findings|findings (?:for|to|of|from|in)|isr|as published|published (?:report|postmortem))\\b|\\((?:final|as sent|as published)\\)");
    /** One line of a pasted timeline that says it was learned later. */
    static final Pattern LINE_HINDSIGHT = p("\\b(?:afterwards|after the fact|per (?:the )?graphs?|per (?:the )?(?:logs|metrics|dashboards?)|in hindsight|"
            + "found later|learned later|later found|retroactively|reconstructed|from the logs)\\b");
    /** A message that is (or relays) a status-page post: its times are the status page's estimates. */
    static final Pattern STATUS_MESSAGE = p("\\b(?:external status|status ?page (?:post|update|updated|posted)|status (?:post|update) (?:posted|sent|went out))\\b");

    // ------------------------------------------------------------------ how a time is written

    static final Pattern APPROX_BEFORE = p("(?:~|≈|\\babout|\\baround|\\bapprox(?:\\.|imately)?|\\broughly|\\bcirca|\\bca\\.|\\bsometime|\\bjust (?:before|after)|\\bnear)\\s*$");
    static final Pattern APPROX_AFTER = p("^\\s*(?:-?ish\\b|or so\\b|\\(?\\s*approx|\\(?\\s*roughly|\\?)");
    /** A negation right before a time: "not ~09:50", "don't put 19:41", "never at". */
    static final Pattern NEGATED_BEFORE = p("\\b(?:not|never|n't|nor)\\s+(?:(?:put|use|at|from|say|said|write|the|as|around|about|until|by|since)\\s+){0,2}$");
    /** A sentence that calls its own time(s) wrong. */
    /**
     * A time that only bounds the moment: "failing some time after the 08:00 open", "a while before 10:00". Not when it
     * happened.
     */
    static final Pattern BOUND_BEFORE = p("\\b(?:some ?time|a while|(?:some|several|a few) (?:minutes|hours)|hours|minutes)\\s+(?:after|before|later than)\\s+(?:the\\s+)?$");
    /**
     * "that is when they opened the VPN incident, not when we went dark": the writer says the time named is another
     * moment's, not the one asked about.
     */
    static final Pattern NOT_WHEN = p("\\b(?:that|this|which|it)(?:'s| is| was) (?:only |just |actually |really )?when\\b[^.;]{0,100}?,?\\s*(?:and |but )?not when\\b");
    /** A window over which a level fell ("From 17:03 to 17:15, the error rate declined rapidly from 45% to 2%"): the failure easing, not its end. */
    static final Pattern DECLINE_WINDOW = p("\\b(?:declined|decreased|dropped|fell|eased|subsided|came down|went down)\\b[^.;]{0,30}?\\bfrom\\s+~?\\d+(?:[.,]\\d+)?\\s?%\\s+to\\s+~?\\d");
    /**
     * An earlier message's time named to set it aside: "the ~2:45 in the description is just when I looked at the
     * dashboard", "the 11:30 on the status entry is rounded", "the 09:10 in my first comment was a guess".
     */
    static final Pattern DISMISSED_TIME = p("\\bthe [\"“]?[~≈]?(?:about |around )?\\d{1,2}[:.]\\d{2}\\s?(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?[\"”]?\\s+(?:(?:in|on|from|of) (?:the |my |our |his |her |their |that |this )?[\\w-]+(?: [\\w-]+)?"
            // "the \"7:30\" in the ticket and in the press is when the hospital announced it, not when it started"
            + "(?: and (?:in|on|from|of) (?:the |my |our |his |her |their |that |this )?[\\w-]+(?: [\\w-]+)?)?\\s+)?"
            + "(?:is|was) (?:just |only |merely |simply )?(?:when (?:i|we|someone|somebody|he|she|they)\\b|rounded\\b|an? (?:rough |wild )?(?:guess|estimate)\\b"
            + "|when\\b[^.;]{0,80}?,?\\s*(?:and |but )?not when\\b)"
            // (phase 38) "..., but 7:52 is only when we declared it resolved, not the end of customer impact": a time opening its
            // own clause, set aside by "only" or "just" (without them, "10:05 was when we noticed" states the moment)
            + "|(?:^|[,;:]\\s*|\\b(?:but|and|so) )[\"“]?[~≈]?\\d{1,2}[:.]\\d{2}\\s?(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?[\"”]?\\s+(?:is|was) (?:just|only|merely|simply) "
            // ("04:02 is only when we found it" sets the time aside as the start, and is the detection: not dismissed)
            + "(?:when\\b(?!\\s+(?:i|we|someone|somebody|they|he|she|the \\w+)\\s+(?:first\\s+)?(?:found|noticed|saw|knew|learned|learnt|spotted|heard|detected|discovered|realised|realized|were told)\\b)"
            + "|rounded\\b|an? (?:rough |wild )?(?:guess|estimate)\\b)");
    static final Pattern CALLED_WRONG = p("\\b(?:is|was|were|are|'s) (?:\\w+ )?(?:wrong|incorrect|inaccurate|mistaken|off by)\\b(?! about)|\\bwrong (?:time|estimate|guess)\\b"
            // "their all-clear at 08:17 is theirs, not ours": the time is another party's, not this incident's
            + "|\\b(?:is|was|were|are|'s) (?:only |just )?theirs\\b[^.;]{0,12}\\bnot ours\\b");

    /**
     * Words after a time is called wrong that bring the right one: "..., it was 10:53 our time", "that's wrong, our own
     * SCADA has the loss at 18:20", "wrong: actually 09:12", "should read 14:05".
     */
    static final Pattern CORRECTION = p("\\b(?:it|that|this|which)(?:'s| was| is)\\b|\\bactually\\b|\\bin fact\\b|\\breal\\b|\\bcorrect(?:ed|ion)?\\b|\\binstead\\b"
            + "|\\brather\\b|\\bour own\\b|\\bshould (?:be|have been|read|say)\\b|\\btrue\\b");

    /** Words between two times that make them a window: "from A to B", "between A and B", "A until B", "A → B". */
    /** The words between a window's two times; "to about 10:00" and "until roughly 10:00" are windows too. */
    static final Pattern RANGE_GAP = p("^[^;.!?]{0,45}?(?:\\b(?:to|until|till|through|thru|and)|(?<![\\p{L}])(?:à|às|au|a|et|y|bis|und|até|hasta(?:\\s+las?)?|ile|tot|til)(?![\\p{L}]))(?:\\s+(?:about|around|approx\\.?|approximately|roughly|circa))?"
            + "(?:\\s+(?:on\\s+)?(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{1,2})(?:,?\\s+\\d{4})?,?(?:\\s+at)?)?\\s*$"
            // "offline from 05:00 UTC on 11 January until trading reopened at 11:30 UTC": the window closed by the event
            // that ended it, with its time
            // (the event may take a clause to name: "until all order restrictions were removed at 12:09 PM")
            + "|^[^;.!?]{0,45}?\\b(?:until|till)\\s+(?:[\\p{L}'-]+\\s+){1,6}?(?:at|by)(?:\\s+(?:about|around|approx\\.?|approximately|roughly|circa))?\\s*$");
    /** "starting 7:21am CST and ending 12:11pm CST", "began at 11:45 and ended at 15:40": a window opened by a verb. */
    static final Pattern RANGE_OPEN_VERB = p("\\b(?:starting|beginning|began|started|begins|starts)(?:\\s+at)?\\s*(?:~|about|around|approx\\.?|approximately|roughly)?\\s*$");
    /**
     * A window opened by the failure itself and closed by "until": "generator failed approx 7:00 PM on 3/30, building
     * without power until restarted at 8:24 PM", "the line went down at 14:02 and stayed down until 14:40".
     */
    static final Pattern RANGE_OPEN_FAILED = p("\\b(?:failed|went (?:down|out|offline|dark|off air)|crashed|tripped|quit|died)(?:\\s+(?:at|around|about|approx\\.?|approximately|roughly))*\\s*~?\\s*$");
    static final Pattern UNTIL_WORD = p("\\b(?:until|till)\\b");
    /** ... and closed by one: "and ending", "and ended at", "and it was over at". */
    static final Pattern RANGE_GAP_END = p("^[^;.!?]{0,45}?\\band\\s+(?:it\\s+|was\\s+)?(?:ending|ended|ends|finishing|finished|lasting until|lasted until|was over)(?:\\s+at)?"
            + "(?:\\s+(?:about|around|approx\\.?|approximately|roughly|circa))?\\s*$");
    /**
     * A window drawn with an arrow or a dash whose ends carry a note or a day: "impact window Thu 2:30 PM (cleanup
     * run deleted live files) -> Fri 5:15 PM (restore complete)", "09:10 (first 502s) – 09:52".
     */
    static final Pattern RANGE_GAP_ARROW = p("^\\s*(?:\\([^()]{0,80}\\)\\s*)?(?:-{1,2}>|→|=>|⟶|–|—)\\s*(?:" + TimeMentions.WEEKDAY_WORD
            + ",?\\s*)?(?:~|about|around|approx\\.?|approximately|roughly|circa)?\\s*$");
    /**
     * "from 4:05pm PST on Jan 20 the ingestion API was intermittently unavailable, until about 8:55pm": a window opened
     * by "from" whose state takes a clause to say before "until" closes it (longer than {@link #RANGE_GAP} allows).
     */
    static final Pattern RANGE_GAP_UNTIL_LONG = p("^[^;.!?]{0,100}?\\b(?:until|till)(?:\\s+(?:about|around|approx\\.?|approximately|roughly|circa))?\\s*$");
    // (the Spanish and Portuguese "a" alone too: "la ventana es 21:49 a 22:06")
    // (phase 42) also Turkish "11:18 ile 12:20 arasında", Norwegian and Danish "12:31 til 13:47", Dutch "09:18 tot 10:20"
    static final Pattern RANGE_GAP_SHORT = p("^\\s*(?:to|until|till|through|thru|à|às|até|bis|hasta(?:\\s+las?)?|a(?:\\s+las?)?|ile|til|tot)(?:\\s+(?:about|around|approx\\.?|approximately|roughly|circa))?\\s*$");
    /**
     * What opens a window, perhaps with an approximate word after it ("between approximately 21:25 UTC ... and"), in
     * English or as French, Spanish and German writers put it ("coupure de 22h10 à 23h02", "desde las 07:07", "von 14:05 bis").
     */
    static final Pattern RANGE_OPEN = p("(?:\\b(?:from|between)|(?<![\\p{L}])(?:de|du|das|entre|desde(?:\\s+las?)?|von))(?:\\s*(?:~|about|around|approx\\.?|approximately|roughly|circa))?\\s*$");
    static final Pattern BETWEEN = p("(?:\\bbetween|(?<![\\p{L}])entre)(?:\\s*(?:~|about|around|approx\\.?|approximately|roughly|circa))?\\s*$");
    /** The preposition right before a time says what the time is to the state described. */
    static final Pattern ROLE_SINCE = p("\\b(?:since|starting(?: at| from)?|beginning(?: at| from)?|as early as|ever since)\\s*(?:~|about|around|approx\\.?|approximately|roughly)?\\s*$"
            + "|(?:^|[:;,.(]\\s*)\\W*from\\s*(?:~|about|around|approx\\.?|approximately|roughly)?\\s*$");
    /** "12:36 より", "12:36 から", "12:36 以降", "12:36부터": the Japanese, Chinese or Korean "from (then on)", written after its time. */
    static final Pattern FROM_AFTER = Pattern.compile("\\s?(?:より|から|以降|以来|부터|이후)");
    /** "from" right before a time, anywhere in the clause: a start when the clause says something was failing. */
    static final Pattern FROM_BEFORE = p("\\bfrom\\s*(?:~|about|around|approx\\.?|approximately|roughly)?\\s*$");
    static final Pattern ROLE_UNTIL = p("\\b(?:until|till|til|through|up to)\\s*(?:~|about|around|approx\\.?|approximately|roughly)?\\s*$");
    static final Pattern ROLE_BY = p("\\b(?:by|as of|as at)\\s*(?:~|about|around|approx\\.?|approximately|roughly)?\\s*$");

    // ------------------------------------------------------------------ impact and failure

    static final Pattern IMPACT_NOUN = p("\\b(?:impact\\w*|outage|downtime|disruption|degradation|customers?|users?|clients?|sellers?|merchants?|staff|errors?|failures?|5xx|50[0-4]s?|unavailab\\w+|blackouts?)\\b"
            // the same in French, Spanish, German: "coupure", "panne", "apagón", "corte", "Ausfall", "Störung"
            + "|(?<![\\p{L}])(?:coupures?|pannes?|apagón|apagones|cortes?|caída|ausfall|störung)(?![\\p{L}])"
            // (phase 42) and in Swedish, Norwegian, Danish, Dutch, Turkish, Italian, Portuguese: "Avbrott för kunderna 18:35–22:34",
            // "Bozuk sayfalar 11:18 ile 12:20 arasında" (broken pages), "storing", "kesinti", "disservizio", "indisponibilidade"
            + "|(?<![\\p{L}])(?:avbrott(?:et)?|avbrudd(?:et)?|afbrydelse[n]?|nedetid(?:en)?|storingen|storing|onderbreking|kesinti(?:si)?|arıza(?:sı)?|bozuk"
            + "|interruzione|disservizio|interrupção|indisponibilidade)(?![\\p{L}])");
    /**
     * The supply said to be cut, in Spanish or Portuguese: "se cortó la luz en el local", "se fue la luz", "caiu a
     * energia", "acabou a luz" (not "se cortó la llamada"): a failure ({@link #FAILURE}) and an onset ({@link #ONSET}).
     */
    private static final String SUPPLY_CUT = "(?<![\\p{L}])(?:se (?:cortó|corto|fue)|(?:nos )?cortaron|caiu|acabou) (?:la |el |a |o )?(?:luz|energía|energia|corriente|electricidad|suministro)(?![\\p{L}])";

    static final Pattern FAILURE = p("\\b(?:no (?:audio|sound|signal|picture|video|dial ?tone|power|connectivity|network|trains?)|errors?|erroring|fail\\w*|down|dead(?![- ]letter)|outage|degraded|degradation|unavailable|unreachable|timing out|time ?outs?|timeouts|"
            + "can'?t|cannot|could ?n[o']t|couldn'?t|unable|not (?:loading|working|updating|responding|load|work)|stopped|broken|broke|rejected|rejecting|refus\\w+|5\\d\\ds?|5xx|"
            + "latency|slow\\w*|delay(?:ed|s)?|impact\\w*|affected|disrupt\\w*|declin\\w+|stale|missing|lost|crash\\w*|(?:infinite|endless|crash|restart|boot)[ -]?loops?|expired|returning|invalid|denied|locked out|offline|inaccessible|not accessible|read-only|not (?:being )?(?:processed|scheduled|delivered|served|resolving)|did(?: not|n't) (?:store|save|persist|deliver|send|process|record|arrive|load|reach|open|start|run)|never (?:made it|arrived|stored|delivered|reached)|not (?:stored|saved|persisted)"
            // "riders were stuck from 5:58", "tenants frozen": stuck or frozen work (not a change freeze: "deploys frozen")
            + "|stuck(?! (?:with|to)\\b)|(?<!(?:deploys?|deployments?|changes?|releases?|merges?|code|pipelines?)(?: (?:are|were|is|was|stay|remain))? )frozen)\\b"
            // the Spanish "down": "nuestros servicios caídos desde las 4:56 pm", "fuera de servicio"
            + "|(?<![\\p{L}])(?:ca[ií]d[oa]s?|fuera de servicio)(?![\\p{L}])"
            // "Sin cobro con tarjeta ni Bizum de 13:10 a 14:45", "sem sinal", "sans réseau": a service done without; "un fallo",
            // "uma falha" (not "sin problemas": no failure)
            + "|(?<![\\p{L}])(?:sin|sem|sans) (?:cobros?|cobrar|servicio|serviço|service|conexión|conexão|connexion|luz|corriente|courant|red|rede|réseau|señal|sinal|internet|acceso|acesso|accès|sistemas?|pagos?|pagamentos?|paiements?|login|datáfonos?)(?![\\p{L}])"
            + "|(?<![\\p{L}])(?:fallos?|fallan?|fallaba|fallaron|falh(?:a|as|ou|aram|ando))(?![\\p{L}])"
            + "|" + SUPPLY_CUT);

    /** What users do with a service, in general terms: the activity that stops in an outage and resumes after it. */
    private static final String ACTIVITY = "syncs|syncing|uploads|scans|bookings|logins|trading|securities|listings|markets?|operations|services?|traffic|processing|flights|departures|arrivals|calls|payments|transactions|orders|deliveries|sales|boarding";

    static final Pattern STRONG_START = p("\\b(?:(?:customer|user|client) )?impact (?:\\w+ ){0,2}?(?:began|begun|begins|started|starts|start|beginning)\\b"
            + "|\\bimpact (?:start|began|started)\\b"
            // "Impact for our customers started at 19:09", "impact on EU users began": the impact said of whom it hit
            + "|\\bimpact (?:for|on|to) (?:\\w+ ){1,3}?(?:began|begun|begins|started|starts)\\b|\\bstart of (?:the )?(?:customer |user )?(?:impact|outage|incident|disruption|degradation|downtime|errors|problem)\\b"
            + "|\\b(?:outages?|disruptions?|disturbances?|interruptions?|degradations?|downtime|incidents?|errors|failures|problems?|issues?|5xx|503s|502s|errors?"
            // the same said plainly: "BART's glitch started around 7:35 p.m.", "the fault began", "the blackout started"
            + "|glitch(?:es)?|faults?|malfunctions?|breakdowns?|blackouts?|power cuts?|power failures?|stoppages?)\\s+(?:(?!(?:on|of|for|at|during|in|with|after|investigation|review|analysis|response|triage|bridge|call|work|fix|repair|channel|room|chat|thread|meeting|huddle|ticket|doc)\\b)\\w+\\s+){0,2}?(?:began|begun|begins|started|starts|start|kicked off)\\b"
            // (phase 34) "incident channel started", "incident room started": the response's place opened, not the impact
            + "(?!\\s+(?:working|investigating|looking|debugging|mitigating|rolling|fixing|to (?:work|investigate|look|roll|fix|mitigate|debug))"
            // (phase 41) "the rate of errors started slowing down", "errors began to subside": the failure easing, not its onset
            + "|\\s+(?:to )?(?:slow|declin|decreas|eas(?:e|ed|ing)\\b|subsid|taper|improv|going down|to go down|coming down|to come down|falling|to fall\\b|dropping|to drop\\b))"
            + "|\\b(?:began|started) (?:an? )?(?:outage|disruption|degradation)\\b"
            + "|\\b(?:outage|disruption|degradation|downtime|failure)\\b[^.;]{0,40}?,? (?:which|that) (?:\\w+ )?(?:began|started|begun)\\b"
            // "de storing begon rond 16:00", "die Störung begann um", "la panne a commencé à", "la caída empezó a las"
            + "|\\b(?:storing|verstoring|uitval|störung|ausfall|panne|coupure|interruption|caída|interrupción|apagón|impact|impacto|incident|incidente) (?:\\w+ ){0,2}?(?:begon|begint|begann|beginnt|startte|a commencé|commença|a débuté|débuta|empezó|comenzó|inició)\\b"
            + "|\\bdébut (?:de l'|d['’]|du |des )(?:impact|incident|panne|erreurs)|\\bbeginn der (?:störung|auswirkung)|\\binicio del (?:impacto|incidente)|影響(?:開始|が始まっ)|障害(?:発生|開始)|故障开始|影响开始");
    static final Pattern ONSET = p("\\b(?:started|starting|begun|began|beginning|begins|starts|start) (?:to )?(?:fail|error|return|time out|timing out|reject|drop|throw|spike|crash|degrad|break|refus|declin|5\\d\\d)\\w*"
            // (not "loss was down to 15%": a level that fell, often the failure easing)
            + "|\\b(?:went|goes|go|was|were|became|become|becomes) (?:down|offline|dark|unavailable|unreachable|hard down)\\b(?!\\s+(?:to|by|from)\\s+[~≈]?\\d)"
            // "774 went off air about 8.15am", "the power went out around 5:30 p.m.": a broadcast or a supply that stops
            // "Supply interrupted 07:15", "service interruption at 07:15", "circulation interrompue": a supply or a service cut
            + "|\\b(?:power|electricity|supply|service|services|traffic|circulation|trains?|network|connectivity|phones?|lines?|trafic) (?:was |were |had been |has been )?(?:interrupted|interrompue?s?|interrumpid[oa]s?|unterbrochen)\\b(?!\\s+(?:for|by) (?:maintenance|a planned))"
            + "|\\b(?:power|supply|service|network) interruption\\b"
            + "|\\b(?:went|goes|go|was|were|is|are|knocked) off(?:[- ]the)?[- ]air\\b|\\b(?:power|electricity|lights|signal|supply|phones?|lines?) (?:went|goes|go|was|were) out\\b"
            // what a network of lines, feeders or gates reports when it stops: "Bishan to Toa Payoh no service", "traction power
            // trip", "feeder tripped", "loss of supply", "gates=OFFLINE"
            // the same in German and French: "der Zugfunk fiel gegen 06:40 aus", "ist ausgefallen", "l'antenne passe au noir"
            + "|\\bfiel\\b[^.;]{0,40}?\\baus\\b|\\bausgefallen\\b|\\b(?:passe|passée?|passer|est passée?) (?:\\S+ ){0,3}?au noir\\b"
            + "|\\bno (?:train |bus )?service\\b|\\b(?:power|traction|breaker|feeder|relay)s? trip(?:ped)?\\b|\\btripped\\b|\\bloss of (?:supply|power)\\b|=offline\\b"
            // "main tower lost normal power that minute", "la alimentación se perdió a las 15:17": a supply, said to be lost
            + "|\\b(?:lost|loses|losing) (?:all |normal |mains |main |utility |grid |primary |its |their |our )?(?:power|supply|electricity|mains)\\b"
            // a UPS's or a data logger's line: "AC input lost, on battery", "MAINS FAIL", "utility power failure" (the supply, lost)
            + "|\\b(?:mains|ac input|ac power|ac supply|utility power|input power|grid power|line power)\\s+(?:fail(?:ed|ure|s)?|lost|loss|down|outage|off)\\b"
            + "|(?<![\\p{L}])(?:alimentación|energía|tensión|luz|electricidad|suministro) (?:eléctric[ao] )?se perdió(?![\\p{L}])|(?<![\\p{L}])se perdió (?:la |el )?(?:alimentación|energía|tensión|luz|electricidad|suministro)(?![\\p{L}])"
            + "|" + SUPPLY_CUT
            // "our primary data center experienced a brief disruption in the systems that supply power"
            // "we had a 7 minute cascading failure", "Hachyderm had a service degradation in which images failed to load"
            // "our DNS registration had expired at 8:17am PDT which caused widespread impact": what caused the impact
            + "|\\b(?:which|that) (?:then )?caused (?:\\w+ ){0,2}?(?:impact|outage|errors|failures|disruption|downtime)\\b|,? causing (?:\\w+ ){0,2}?(?:impact|outage|errors|failures|disruption|downtime)\\b"
            // "at 08:32 a flight plan with two identically named waypoints caused a critical exception"
            + "|\\bcaused (?:an? |the )?(?:\\w+ ){0,2}?(?:exceptions?|crash(?:es)?|crash ?loops?|outages?|failures)\\b(?! (?:later|hours|days))"
            + "|\\b(?:experienced|suffered|had) (?:a|an) (?:\\w+ ){0,3}?(?:disruption|outage|interruption|power (?:loss|failure|cut)|failure|degradation|brownout|loss)\\b"
            // "20:48 replicas unhealthy: dashboard, API, CLI, login down": what users reach, said to be down
            + "|\\b(?:site|website|api|apis|app|apps|dashboard|login|logins|sign-?in|cli|checkout|search|platform|gateway|endpoints?|everything) (?:is |are |was |were |went |goes )?(?:hard )?(?:down|offline|unreachable)\\b(?!\\s+(?:to|by|for|from)\\b)"
            // "our checkout died at 3:25 pm", "the whole site fell over": what users reach, said to die
            + "|\\b(?:site|website|api|apis|app|apps|dashboard|login|logins|sign-?in|checkout|platform|gateway|everything) (?:just |completely |totally )?(?:died|fell over|stopped working|stopped responding)\\b"
            // "deploy throughput drops sharply": a measure of work done falling is the failure setting in
            + "|\\b(?:throughput|traffic|success rates?|availability|conversions?|orders|signups|logins|deploys|deployments|requests served) (?:\\w+ )?(?:drops?|dropped|dropping|fell|falls|plunge[sd]?|plummet\\w*|collapse[sd]?|tank(?:s|ed))\\b"
            + "|^\\W*(?:started|starting|began|beginning)\\b"
            + "|\\bfirst (?:[\\w-]+ )?(?:errors?|5xx|failures?|timeouts?|signs? of (?:trouble|errors?|impact)|failed \\w+|failing \\w+|rejected \\w+|timed[- ]out \\w+)\\b"
            + "|\\b(?:started|began|start|begin|starting) (?:seeing|getting|receiving|experiencing|hitting|reporting|to see|to get|to receive|to experience) (?:(?!(?:alerts?|pages?|alarms?|notifications?|reports?|complaints?|tickets?)\\b)[\\w-]+ ){0,2}?(?:errors?|failures?|timeouts?|5xx|50\\d|declines|latency|outages?|issues|problems|trouble|disruptions?|degradation|delays|impact)\\b"
            + "|\\b(?:exhaustion|saturation|overload|contention|starvation|lag|latency|backlog|spike|storm|errors?|failures?|timeouts?|"
            + "crash(?:es|loop)?|leak|congestion|throttling|packet loss|loss|corruption|drops|flapping|rejections?|declines|5xx|50[0-4]s) "
            + "(?:\\w+ )?(?:began|started|kicked in|set in|appeared)\\b"
            + "|\\b(?:dip|drop) (?:\\w+ )?(?:begins|starts|began|started)\\b"
            + "|\\b(?:loss|lack) of (?:\\w+ ){1,2}?(?:began|started|begun|set in)\\b"
            // "ALL SECURITIES HALTED", "the decision was made to suspend trading": what users do with the service, stopped
            // (not "the market stayed halted": a halt going on, begun earlier)
            // "the feed ceased disseminating all quote data": the service stopped doing its work
            + "|\\b(?:ceased|stopped) (?:disseminating|publishing|sending|serving|processing|responding|accepting|routing|delivering|transmitting|broadcasting)\\b"
            + "|\\b(?:" + ACTIVITY + ") (?:(?!(?:stayed|remained|remains|stays|still|kept)\\b)\\w+ )?(?:halted|suspended|paused|grounded)\\b|\\b(?:halt\\w*|suspen\\w+|paus\\w+|ground stop) (?:of |on )?(?:all )?(?:\\w+ )?(?:" + ACTIVITY + ")\\b"
            + "|\\b(?:spike|surge|flood|storm|wave) of [^.;,]{0,40}?\\b(?:began|begins|started|starts|is starting|starting|kicked in|set in|appeared)\\b"
            // "our customers lost supply with the separation at 08:31", "participants lost the market with the halt": the
            // people the service is for, said to lose it (not "customers lost data": what they had, not what they use)
            + "|\\b(?:customers?|users?|participants?|clients?|subscribers?|players?|passengers?|households?|homes|members|callers|consumers?|merchants?|traders?|everyone) "
            + "(?:had |have |all )?lost (?:all )?(?:their |the |our |its )?(?!(?:data|money|funds|files|messages|e-?mails?|work|orders|transactions|interest|patience|trust)\\b)[\\w-]+"
            // "at 7:40pm all Path of Exile service was disrupted": the service itself said to be cut
            + "|\\b(?:service|services|access|connectivity|operations|trading) (?:was |were |got |became )?(?:fully |completely |totally |severely )?(?:disrupted|interrupted|cut off)\\b(?!\\s+(?:for|by) (?:maintenance|a planned))"
            // "landside access stopped when the gates closed at 10:10pm": what users reach, said to stop (not "the errors stopped")
            + "|\\b(?:landside |customer |user |public |online |web )?(?:access|connectivity|service|services) (?:to \\w+ )?(?:stopped|ceased)\\b(?! (?:failing|erroring|timing out|dropping))");
    /**
     * A rise in errors written as an event ("10:32 increased rate of errors on all services", "a jump in 5xx"): an onset
     * in a timeline row, but only the symptom an alert names when the sentence is about the alert.
     */
    static final Pattern RISE = p("\\b(?:increased?|increasing|elevated|rising|higher) (?:rates? of |numbers? of |levels? of )?(?:errors?|error rates?|5xx|50[0-4]s|timeouts?|failures?)\\b"
            + "|\\b(?:increase|spike|surge|jump|rise) in (?:the )?(?:errors?|error rates?|5xx|50[0-4]s|timeouts?|failures?)\\b"
            // "response times spiked", "error rates jumped", "latency soared": a measure of failure going up
            + "|\\b(?:response times?|latency|latencies|errors?|error rates?|5xx|50[0-4]s|timeouts?|failures?) (?:spiked|jumped|soared|surged|shot up|climbed sharply)\\b");
    static final Pattern FAILURE_EVENT = p("\\b(?:expired|crashed|failed|lost (?:its|the|their|our)? ?\\w+|went down|broke|stopped (?:working|responding|serving|updating|loading|accepting)|"
            + "became unavailable|overloaded|saturated|exhausted|filled up|ran out)\\b");
    /** The change that set things off, which is not impact by itself. */
    static final Pattern TRIGGER = p("\\b(?:deploy\\w*|rollout|rolled out|roll-?out|release[ds]?|change[ds]?|upgrade[ds]?|updated?|updates|migration|pushed|push|went out|"
            + "applied|landed|maintenance|reconfigur\\w*|config\\w*|snapshot|triggered)\\b");
    static final Pattern NO_IMPACT = p("\\bno (?:\\w+ ){0,2}?impact\\b|\\b(?:with |had |caused |of )(?:only )?(?:minimal|negligible|little|no noticeable) (?:customer |user )?impact\\b|\\bwithout (?:any )?(?:\\w+ )?impact\\b|\\bharmless\\b|\\bdid no harm\\b|\\bbefore (?:any|the) (?:customer |user )?impact\\b"
            + "|\\bnot (?:yet )?(?:customer[- ])?(?:visible|impacting|affecting|noticeable)\\b|\\bprecursors?\\b|\\b(?:days?|weeks?|months?|hours?) (?:before|earlier|prior|ago)\\b"
            + "|\\bno (?:one|customers?|users?) (?:was |were )?(?:affected|impacted)\\b|\\b(?:not|never|n't) (?:\\w+ )?(?:affected|impacted)\\b|\\b(?:unaffected|fine|normal) (?:for|to) (?:customers|users)\\b|\\bno (?:customer|user)[- ]facing\\b"
            // "the traffic ramp from 11:50 was a warning sign, not the outage": a precursor named as such
            + "|\\b(?:early )?warning signs?\\b|\\bnot (?:yet )?(?:the|an|our) (?:[\\w-]+ )?(?:outage|incident|failure|impact)\\b");

    // ------------------------------------------------------------------ detection

    static final Pattern STRONG_DETECT = p("\\b(?:were|was|got|been|get|gets|being) (?:\\w+ ){0,2}?(?:paged|alerted|notified)\\b"
            + "|\\b(?:on-?call|sre|engineers?|responders?)(?: \\w+)? (?:paged|alerted)\\b(?! (?:the|a|an|another|someone|in)\\b)"
            + "|\\b(?:paged|alerted|notified) (?:us|me|him|her|them|the on-?call|on-?call|the team|engineering|sre|ops)\\b"
            + "|\\bfirst (?:\\w+ ){0,2}?(?:pages?|alerts?|alarms?|report|reports|ticket|tickets|complaint|complaints|signals?|notifications?|knowledge)\\b"
            // "our first call was at 07:58": a user's or a helpdesk's call (not "the first call with the vendor")
            // (not "the first failed call was at 01:00": a call that failed is the impact, not someone telling)
            + "|\\bfirst (?:(?!(?:failed|failing|dropped|missed|unanswered|lost|rejected|blocked|unconnected)\\b)\\w+ ){0,2}?calls?\\b(?!\\s+(?:with|to(?!\\s+(?:the\\s+|our\\s+)?(?:(?:it\\s+|service\\s+|help\\s*)?desk|helpdesk|support|us|on-?call|dispatch|hotline|switchboard)\\b)|between|not|were not|weren't|wasn't|was not)\\b)"
            // "We knew at 10:09 when the first user rang", "we knew by 09:15": when the writer's
            // side first knew, said in a sentence (not "we knew at 10:30 that the cause was the deploy": the cause, later)
            + "|\\bwe (?:first |only )?knew (?:at|by|around|about|from)\\b(?![^.;]{0,30}\\b(?:that|why|what caused|the (?:root )?cause)\\b)"
            // "Our poller alert at 14:41 BST was the first we knew"
            + "|\\b(?:was|were) the first (?:we|i|anyone|anybody) (?:knew|heard|learned|learnt|saw)\\b"
            // "First notice: the ER charge nurse's message at 10:39" (not "the first notice to customers went out")
            + "|\\bfirst (?:notice|indication)\\b(?!\\s+(?:to|went|was sent|sent|posted|published|for)\\b)"
            + "|\\b(?:synthetic\\w*|monitors?|health ?checks?|probes?|canar(?:y|ies)|uptime checks?|synthetic checks?)\\b[^.;]{0,30}?\\b(?:started failing|fail(?:ing|ed)|went red|turned red|red|firing|alerting)\\b"
            // an alert payload's key: {"state": "ALERT", "triggered": "2026-05-14T21:34:08Z"}, "fired_at": "..."
            + "|\"(?:triggered|triggered_?at|fired_?at|starts_?at)\"\\s*:"
            + "|\\[(?:triggered|firing|alert)|\\btriggered:|\\bfiring\\b|\\bstartsat\\s*[=:]|\\bpaged at\\b|\\balerted at\\b|\\bpaged into\\b"
            + "|\\b(?:alerts?|alerting|alarms?|pages?|pager|pagerduty|opsgenie|monitors?|monitoring|checks?|synthetics?|slo)\\b(?:[^.;,]{0,40}?)\\b(?:fired|triggered|went off|tripped|paged|alerted)\\b"
            + "|\\b(?:fired|triggered) (?:an? )?(?:alert|page|alarm)\\b|\\b(?:alert|page|alarm)s? (?:was |were )?(?:received|came in|arrived)\\b"
            + "|\\b(?:started|began|start|begin|starting) (?:receiving|getting|to receive|to get) (?:\\w+ ){0,2}?(?:alerts?|pages?|alarms?|notifications?|reports?|complaints?|tickets?)\\b"
            + "|\\breceived (?:a|an|the|our|its) (?:first )?(?:page|alert|alarm|call)\\b|\\b(?:became|were made|was made) aware\\b|\\bfirst (?:learned|heard|learnt) (?:of|about)\\b"
            + "|\\bwe (?:first )?(?:detected|noticed|saw it|observed)\\b"
            // "Ops desk saw the release failure at 6:43 when the dispatcher called": the responders, said to see the failure
            + "|\\b(?:ops|desk|noc|soc|dispatch|support|helpdesk|service ?desk|on-?call|sre|we|i)\\s+(?:first\\s+)?(?:saw|spotted|caught)\\s+(?:it\\b|the\\s+(?:[\\w-]+\\s+){0,2}?(?:failures?|errors?|outage|problem|issue|fault|alerts?|alarms?)\\b)|\\bdetected (?:at|by|it|the|an?)\\b|\\bmonitoring (?:detected|caught|picked up|alerted|flagged)\\b"
            + "|\\b(?:customers?|users?|sellers?|merchants?|clients?|staff|support|helpdesk)\\b(?:\\s+\\([^)]{0,40}\\))?\\s+(?:\\w+\\s+){0,2}?(?:first )?(?:report\\w*|complain\\w*|noticed|heard|say|said|told us|escalated|opened)\\b"
            + "|\\bsupport (?:first )?(?:heard|got|received|notified|escalated)\\b|\\bnotified us\\b|\\breported (?:by|via|in|through)\\b"
            + "|\\b(?:initial )?investigation (?:was )?(?:initiated|started|began|opened|kicked off)\\b"
            + "|\\bnotif(?:y|ied):\\s*@\\S+|@pagerduty\\b|@opsgenie\\b"
            // a page relayed into chat as its tool writes it: "🔔 PagerDuty: boleto-api 5xx > 20% for 2 min (incident #4471)"
            + "|^\\W*(?:pagerduty|opsgenie|victorops|splunk on-?call|incident\\.io|firehydrant|rootly|alertmanager|grafana oncall|xmatters)\\s*:\\s*(?!(?:resolved|acknowledged|ack)\\b)\\S"
            + "|\\btold (?:the (?:channel|team|room|bridge)|us|everyone)\\b|\\braised the alarm\\b"
            // a log or notebook row for a call that reports the failure: "call from load planning: no W&B, no ACARS data",
            // "call, Mrs. Hale, Ridge Rd: no water at all" (a log's desk tag may come first: "OPS call from ...")
            + "|^\\W*(?:[a-z/&]{2,8}\\s+)?(?:phone |tele?phone )?call(?: from [^:;.]{1,40}|,[^:;]{1,40}):\\s*(?:no|not|nothing|can'?t|cannot|down|out|lost|dead)\\b"
            // "memory failure alert on console", "disk error alarm": an alert named by the failure it reports
            + "|\\b(?:failure|error|critical|outage|down)\\s+(?:alert|alarm)s?\\b(?!\\s+(?:rules?|thresholds?|config\\w*|policy|policies|routing))"
            // "The messages begin to hit me on Discord", "complaints started pouring in": people's reports arriving (not
            // messages hitting a queue or a broker)
            + "|\\b(?:messages|reports|complaints|tickets|calls|e-?mails|pings|dms|tweets|mentions)\\b (?:(?:from|of) \\w+ )?(?:\\w+ )?(?:begin|began|begins|start|started|starts|were|are|kept)(?: to)? (?:hit(?:ting)?|com(?:e|ing) in|pour(?:ing)? in|flood(?:ing)? in|roll(?:ing)? in|arriv(?:e|ing))\\b(?! (?:the |a |our )?(?:queue|topic|broker|disk|database|db|kafka|inbox rules?)\\b)"
            // a paged tool's CSV export: "41877,2016-10-03T21:19:33Z,triggered,registry-prod,..."
            + "|(?:^|,)\\s*(?:triggered|firing)\\s*,"
            // ... or its priority column right before the row's stamp: "qstash worker restarts > 10/min,P1,2026-05-08 09:46:31"
            + "|,\\s*(?:p[12]|sev-?[12]|critical)\\s*,\\s*\\d{4}-\\d{2}-\\d{2}"
            + "|\\bpremi(?:è|e)re?s? alertes?\\b"
            // "Eerste melding: Sanne's planners om 09:41", "Erste Meldung", "premier signalement", "primer aviso": the first report
            + "|\\be?erste (?:melding(?:en)?|meldung(?:en)?|klacht(?:en)?|beschwerde|anruf|alarm(?:melding)?)\\b|\\bpremi(?:er|ère) (?:signalement|appel|plainte)\\b|\\bprimer (?:aviso|reporte|reclamo)\\b|\\bprimera (?:llamada|queja|notificación)\\b|\\balerte (?:déclenchée|reçue)|\\balarmiert\\b|\\berster? alarm\\b|\\balerta (?:recibida|disparada)|\\bprimera alerta\\b|呼び出し|アラート|検知|告警|报警");
    /**
     * A field label right before a time, as incident templates and recaps write them: "Detected: 09:05", "Impact start - 09:02",
     * "Resolved at: 09:47", "Time to mitigate ... Mitigated: 09:40". Group 1 names the kind.
     */
    static final Pattern LABEL_START = p("(?:^|[\\n|•*,;-]\\s*|\\.\\s+)\\W*(?:(?:customer |user )?impact (?:start|began|started)(?:ed)?|start of (?:customer |user )?impact|(?:incident |impact )?start(?:ed)?(?: at| time)?|onset"
            // the same label as French, Spanish, German and Dutch writers put it: "Début : 09:14", "Inicio: 09:14", "Aanvang: 16:00"
            + "|début(?: d['’]impact| de l['’](?:impact|incident)| de la panne)?|inicio(?: del (?:impacto|incidente))?|beginn(?: der störung)?|aanvang|begin van de storing)\\s*(?:\\([^)]{0,12}\\))?\\s*[:=–—-]\\s*(?:~|about|around|approx\\.?)?\\s*$"
            // a report's terse label with no separator: "Störungsbericht: Beginn 14:10 Uhr", "Onset 09:02", "Aanvang 16:00"
            + "|(?:^|[\\n|•*,;:-]\\s*|\\.\\s+)\\W*(?:beginn|begin|onset|anfang|aanvang|début|inicio)\\s+(?:~|about|around|approx\\.?|ca\\.?|gegen|um|om|vers|à|a las)?\\s*$");
    static final Pattern LABEL_DETECT = p("(?:^|[\\n|•*,;-]\\s*|\\.\\s+)\\W*(?:detect(?:ed|ion)(?: at| time)?|first (?:alert|page|report)|alerted|paged)\\s*(?:\\([^)]{0,12}\\))?\\s*[:=–—-]\\s*(?:~|about|around|approx\\.?)?\\s*$");
    static final Pattern LABEL_END = p("(?:^|[\\n|•*,;-]\\s*|\\.\\s+)\\W*"
            // the writer's side said first: "Our end: 17:12", "For us, end: 17:12", "Voor ons einde: 17:12", "Pour nous, fin : 11:02"
            + "(?:(?:for us|our|voor ons|bij ons|onze?|pour nous|notre|para nosotros|nuestro|für uns|unser)[,\\s]+)?"
            + "(?:(?:for us,? |our )end|(?:customer |user )?impact end(?:ed)?|end of (?:customer |user )?impact|resolv(?:ed|ution)(?: at| time)?|recover(?:ed|y)(?: at| time)?|impact over|einde|ende|fin)\\s*(?:\\([^)]{0,12}\\))?\\s*[:=–—-]\\s*(?:~|about|around|approx\\.?)?\\s*$"
            + "|(?:^|[\\n|•*,;:-]\\s*|\\.\\s+)\\W*(?:einde|ende|fin)\\s+(?:~|about|around|approx\\.?|ca\\.?|gegen|um|om|vers|à|a las)?\\s*$");
    /**
     * A recap's line that opens with a key time's label and names who or what before its time: "First knew: desk 12 at
     * 04:02", "When we knew: Gurpreet at 6:58 AM", "Detection: Dana at Lakeview Dental emailed at 7:58", "End for 811:
     * 1:30 PM", "Back: 06:30, when Schiphol announced ...". Matched on the sentence up to the time (no other clock between).
     */
    private static final String OPENING_TAIL = "(?: (?:for|para|voor|für|pour|in|at|on|with|em|en|bei|bij) [^:;,.]{1,30})?\\s*(?:\\([^)]{0,12}\\))?\\s*:\\s*[^:;]{0,60}$";
    static final Pattern OPENING_START = p("^\\W*(?:start(?: of (?:the )?(?:impact|outage))?|impact(?: start(?:ed)?)?|outage|onset|início|inicio|début|beginn|aanvang"
            // the failure's own noun as the label, with whom it hit: "Corte para nosotros: 14:31", "Panne pour nous : 9:02"
            + "|(?:corte|apagón|caída|queda|panne|coupure|ausfall|störung|storing)(?= (?:para|pour|für|voor|for) ))" + OPENING_TAIL);
    static final Pattern OPENING_DETECT = p("^\\W*(?:first (?:knew|noticed|seen|heard|sign|signs|report|reports|alert|alerts|page|call|notice)|(?:when |how )?we (?:first )?knew"
            + "|who (?:knew|saw it|noticed) first|detect(?:ed|ion)|quem (?:viu|soube|percebeu) primeiro|primeiro (?:aviso|alerta|relato)|primer (?:aviso|reporte)"
            + "|quién (?:lo )?(?:vio|supo) primero|eerste melding|premier signalement|erste meldung"
            // the label as a past participle of noticing or knowing: "Bemerkt: Petra um 7:55", "Su par nous : message de
            // Sandrine à 9:44", "Opgemerkt: de balie om 08:12", "Detectado: Ana a las 9:02", "Noticed: the desk at 08:12"
            + "|(?:bemerkt|entdeckt|erkannt|festgestellt|opgemerkt|ontdekt|gemerkt|su|appris|remarqu[ée]|constat[ée]|d[ée]tect[ée]|detectad[oa]|notad[oa]|percebid[oa]"
            + "|noticed|spotted|known)(?: (?:par|von|door|por|by) (?:nous|uns|ons|nosotros|nós|us))?)" + OPENING_TAIL);
    static final Pattern OPENING_END = p("^\\W*(?:end(?: of (?:the )?(?:impact|outage))?|back|recovered|recovery|restored|fim|fin|einde|ende)" + OPENING_TAIL);

    /** "no errors since 09:47", "zero 5xx since then": a recovery, not an onset. */
    static final Pattern NO_FAILURE = p("\\b(?:no|zero|without|0)\\s+(?:more\\s+|further\\s+|new\\s+)?(?:errors?|failures?|5xx|50[0-4]s?|timeouts?|alerts?|impact|complaints?)\\b|\\berror-?free\\b");

    /** The level word right after a log line's stamp that makes the line an alert: "2022-06-09T13:24:07Z ALERT ...". */
    static final Pattern ALERT_LEVEL = p("^\\s*[\\[(:-]?\\s*(?:alert|alarm|firing|triggered|critical|crit|problem|page|paging|sev-?[12]|p[12])\\b");
    /** Noticing, or declaring an incident (someone knew by then; a page or report said at the same time is firmer). */
    /** "is it just me or is X slow?", "anyone else seeing no images?": a question that reports a failure. */
    static final Pattern REPORT_QUESTION = p("\\bis it just me\\b|\\b(?:anyone|anybody) else (?:seeing|getting|having|noticing|see|get)\\b|\\b(?:anyone|anybody)\\s*\\?+\\s*$");
    static final Pattern WEAK_DETECT = p("\\bis it just me\\b|\\b(?:anyone|anybody) else (?:seeing|getting|having|noticing|see|get)\\b|\\b(?:noted that|noted (?:\\S+ ){1,4}that (?:\\w+ ){0,3}(?:errors?|error rates?|latency|failures?|timeouts?)|paged|alerted|noticed|detected|paging|alarm(?:ed)?|alerte|détecté|remarqué|bemerkt|erkannt|detectad[oa])\\b"
            + "|\\b(?:declared|declaring|declare|opened|opening|raised|raising) (?:an? |the )?(?:incident|sev ?-?\\d|s\\d)\\b(?!\\s+(?:as\\s+)?(?:resolved|over|closed|mitigated|done))"
            + "|/incident declare\\b|\\bincident declare\\b|\\bfirst (?:observed|spotted)\\b"
            // "declaring. sev1", "declaring, rolling back": a bare declaration ending its clause or naming the severity
            + "|\\bdeclar(?:ing|ed)\\b(?=\\s*(?:[.,;:!]|$|(?:a |an )?(?:sev|s\\d|p\\d|major\\b|critical\\b|outage\\b)))"
            + "|\\bincident (?:was )?(?:declared|opened|raised)\\b(?!\\s+(?:as\\s+)?(?:resolved|over|closed|mitigated|done))"
            // "04:57 we saw tables being dropped in production": the people who saw the failure happen (not "saw no errors")
            + "|\\b(?:we|i|they|the team|on-?call|ops|someone|an engineer|engineers) (?:first )?saw (?!no\\b|nothing\\b|none\\b)");
    static final Pattern NOT_PAGED = p("\\bnothing (?:is |was )?(?:firing|alerting|paging)\\b|\\bno alerts? (?:firing|fired)\\b|\\bdid(?:n'?t| not) (?:page|alert|notify|wake)|\\bno(?:body| one)? (?:was |got |were )?(?:paged|alerted|woken)|\\bnot paged\\b|notify:\\s*none|\\bnon-?paging\\b|\\bwithout paging\\b|\\bnot page (?:anyone|anybody)\\b|\\bsilent\\w*\\b");
    /** A recap saying that nobody knows when the organisation first knew: "nobody remembers the first alarm", "leave detection as unknown". */
    static final Pattern DETECTION_UNKNOWN = p("\\b(?:detection|detected|first (?:page|alert|alarm)|(?:got|get|were|was) (?:first )?(?:paged|alerted|notified))\\b[^.]{0,80}?"
            + "\\b(?:unknown|not known|nobody (?:knows|remembers|can tell)|no one (?:knows|remembers|can tell)|can'?t tell|cannot tell|no record)\\b"
            + "|\\b(?:unknown|nobody (?:knows|remembers|can tell)|no one (?:knows|remembers|can tell)|can'?t tell|cannot tell|no record of)\\b[^.]{0,60}?"
            + "\\b(?:detection|detected|first (?:page|alert|alarm)|paged|alerted|alert (?:\\w+ )?fired)\\b"
            // "who noticed the missing quotes first, and when, isn't in the post mortem": who detected it is said not to be known
            + "|\\bwho (?:noticed|spotted|saw|caught|detected|reported|flagged) (?:[\\w-]+ ){0,4}?first\\b[^.]{0,40}?\\b(?:isn'?t|is not|wasn'?t|was not|not) (?:in|known|recorded|noted|clear)\\b");
    /** A warning level; not a threshold's label ("lag > 500k events (warn: 100k)": the warning threshold, the alert above it). */
    static final Pattern WARNING = p("\\bwarn(?:ing)?\\b(?!\\s*[:=]\\s*[<>]?\\s*\\d)");
    static final Pattern TICKET_CREATION = p("\\bticket(?:'s)? (?:was )?(?:creat\\w*|open\\w*|filed|raised)\\b|\\b(?:creat\\w*|open\\w*) (?:the |this |a )?ticket\\b|\\bticket creation\\b");
    static final Pattern STATUS_POST = p("(?:^|\\]\\s*|\\butc\\s+)\\W*(?:investigating|identified|monitoring|update|resolved|postmortem)\\s+[-–]\\s|\\bstatus ?page\\b|\\bstatuspage\\b|\\bstatus (?:post|update|updated|posted|->|→|:|set|went|is now|now)\\b(?!\\s+(?:e-?mails?|notifications?|messages?|sms))|\\bstatus\\s*(?:->|→|:)|\\bstatus page\\w*\\b|\\bpublic (?:incident|post)\\b"
            // 'Microsoft posted "resolved" at 9:12 PM': a status word in quotes that someone posted
            + "|\\b(?:posted|marked|set|flipped|moved)\\s+(?:it\\s+|the incident\\s+)?(?:as\\s+|to\\s+)?[\"“'](?:resolved|mitigated|operational|all clear|monitoring|recovered)\\b"
            // "JobNimbus's Monitoring post (10:15 AM) and Resolved post (11:16 AM)": a status post named by its state word
            + "|\\b(?:investigating|identified|monitoring|resolved|mitigated|all[- ]clear|recovery|update) (?:post|update|notice|entry)s?\\b(?!-)");

    /**
     * A status page's states listed with their times, two or more: "status Identified 16:00, Monitoring 16:50, Resolved
     * 17:42", "Duo's Monitoring (10:50) and Resolved (11:42)" (not "resolved at 11:42" alone, nor "monitoring 10:50 to
     * 11:00"). Read on the whole sentence (a list's states are clauses of their own); the times are its posts'.
     */
    static final Pattern STATUS_STATES = Pattern.compile("\\b(?:investigating|identified|monitoring|update|resolved)\\s*\\(?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?\\s*\\)?(?:\\s*(?:utc|[a-z]{2,4}t))?[,;]?\\s+(?:and\\s+|then\\s+)?(?:status\\s+)?(?:investigating|identified|monitoring|update|resolved)\\s*\\(?\\s*\\d{1,2}[:.]\\d{2}", Pattern.CASE_INSENSITIVE);

    // ------------------------------------------------------------------ resolution

    static final Pattern STRONG_END = p(
            // "customers were no longer affected", "users no longer impacted"; the French "fin d'impact (client)", "fin de l'impact"
            "\\b(?:customers?|users?|clients?|players?|subscribers?)(?: \\w+)? (?:(?:were|was|are|is) )?no longer (?:affected|impacted)\\b"
            + "|(?<![\\p{L}])fin (?:d'|de l'|de la |du )(?:impact|panne|incident)\\b|"
            + "\\b(?:incidents?|outages?|disruptions?|errors?|failures?|crashes|timeouts?) (?:\\w+ )?(?:stopped|ceased) (?:re-?)?occurring\\b"
            + "|\\b(?:at which point|when) (?:the |our )?(?:\\w+ ){0,2}?(?:was|were) fully (?:functional|operational|available)\\b|\\b(?:was|were|is|are) (?:now |all )?fully (?:functional|operational|available)(?: again)?\\b|\\b(?:(?:customer|user|client) )?impact (?:\\w+ ){0,2}?(?:ended|ends|end|over|ceased|stopped|finished|was over|is over|gone)\\b"
            // "For us it ended at 17:40 local, when ... loaded for everyone": the writer's side of it, said to end
            + "|\\bfor (?:us|our (?:\\w+ ){0,2}?(?:users|customers|clients|staff|side|stations?|sites?|offices?)),? (?:it|the (?:outage|impact|incident|problem|disruption)) (?:ended|was over|stopped|finished)\\b"
            // (phase 34) a clause that opens with "over" and its time: "Over for us at 5:31 PM when the publish went through",
            // "Over at 15:01 - matches the vendor's end" (not "over 200 users at 09:31", "over the weekend")
            + "|^\\W*(?:(?:it|all|that) (?:was|is) |it's )?over(?: for (?:us|our (?:\\w+ ){0,2}?(?:users|customers|clients|staff|side|stations?|sites?|offices?)))?,? (?:at|by|around|about|~)(?=\\s*~?\\d)"
            + "|\\bimpact end\\b|\\bimpact (?:for|on|to) (?:\\w+ ){1,3}?(?:ended|ends|was over|stopped)\\b|\\bend of (?:the )?(?:customer |user |client |observed )?(?:impact|outage|disruption|degradation|downtime|incident impact|dip|spike|errors)\\b"
            + "|\\b(?:outage|disruption|degradation|downtime) (?:\\w+ ){0,8}?(?:ended|ends|was over|is over|ceased|finished)\\b|\\b(?:outage|disruption|degradation|downtime) (?:\\w+ ){0,2}?over\\b"
            + "|\\ball[- ]?clear\\b|\\bmitigated\\b|\\bmitigation (?:was |is )?(?:in place|applied|complete|completed|declared|effective|worked|took effect|confirmed)\\b"
            + "|\\b(?:checks?|synthetics?|slos?|dashboards?|graphs?|monitors?|everything|all (?:checks|monitors|dashboards)) (?:\\w+ ){0,2}?(?:turned|went|back to|are|is|now) green\\b"
            + "|\\bfin de l'impact\\b|\\bende der (?:störung|auswirkung)|\\bfin del impacto\\b|影響(?:終了|解消)"
            // (phase 39) "Full remediation by 19:46 UTC": the remediation said whole is the end (not "remediation started")
            + "|\\b(?:full|complete) remediation\\b|\\bfully remediated\\b"
            + "|\\bfull(?:y)? (?:recovery|restored|recovered)\\b|\\brecovery (?:complete|completed|confirmed)\\b|\\b(?:all|every) (?:services?|systems?|regions?)\\b[^.;]{0,40}\\b(?:operational|functional|recovered|restored|healthy|normal)\\b");
    /**
     * An uptime monitor's recovery words, in lower case: "UptimeRobot: Monitor is UP: shop", "check went up" (not "the
     * error rate is up"). Part of {@link #RECOVER}; KeyTimeFinder also reads a bot's whole message for it.
     */
    static final String MONITOR_UP = "\\b(?:monitor|check|site|website|host|endpoint|url)\\s+(?:is|went)\\s+(?:back\\s+)?up\\b(?!\\s+(?:to|for|by|from|and)\\b)";
    static final Pattern RECOVER = p("\\b(?:recovered|restored|resolved)\\b|\\bback to (?:normal|baseline|healthy|green)\\b|\\b(?:returned|returns|return|returning) to (?:normal|baseline)\\b"
            + "|\\bback (?:up|online|in service|in rotation)\\b|\\b(?:is|are|was|were|'re|'s) back\\b|\\bwe'?re back\\b"
            + "|" + MONITOR_UP
            // "the network came back at 11 am", "power came back on at 14:02": the service itself came back (not "errors came back")
            + "|\\b(?:network|service|services|power|mains|electricity|supply|signals?|coverage|internet|connectivity|connections?|phones?|lines?|lights|water|systems?|site|website|app|api|platform|portal"
            // ... or what its users work with: "our tills came back at 11:24", "the card terminals came back", "e-mail came back"
            + "|tills?|terminals?|registers?|card (?:machines?|readers?)|payments?|screens?|displays?|scanners?|printers?|e-?mail|wi-?fi|logins?|pages?|trains?|radios?|tv)\\s+(?:\\w+\\s+)?came\\s+back\\b|\\b(?:healthy|stable|green|available|up|normal|functional) again\\b"
            // "Receipts went out again at 9:38 am", "the e-mails were sent again": what a service sends its users, going out
            // again (not "the power went out again": a supply going out is a failure)
            + "|\\b(?:receipts?|e-?mails?|messages?|notifications?|invoices?|texts?|sms|confirmations?|newsletters?|alerts? to customers)\\s+(?:\\w+\\s+)?(?:went out|were sent|got sent|were delivered|arrived|started arriving) again\\b"
            // "As of 10:05 all trains moving again": all of the service's work under way again (not one line's "Newton -
            // Marina South Pier running again", nor "afternoon session running normally" said while it had long been)
            + "|\\b(?:all|every)\\s+(?:[\\w-]+\\s+){0,2}?(?:moving|running|trading|delivering|operating) (?:again|normally)\\b"
            + "|\\b(?:working|loading|flowing|responding|serving|succeeding|passing|updating|processing|accepting) (?:\\w+ )?(?:again|normally)\\b|\\boperating normally\\b|\\boperational\\b"
            + "|\\bre-?energi[sz]ed\\b|\\b(?:customers|clients|users|supply|power|feeders?) (?:were |was |all )?re-?connected\\b|\\bréalimenté\\w*|\\benergizad\\w*|\\brepowered\\b"
            + "|\\b(?:errors?|5xx|failures?|timeouts?|spike|surge|flood|storm|leaks?|leaking) (?:\\w+ )?(?:gone|cleared|subsided|disappeared|stopped|ended)\\b|\\bno (?:more|further) (?:errors|failures|timeouts)\\b|\\bsucceed\\w* again\\b"
            + "|\\bat baseline\\b|\\bnormal levels?\\b|\\b(?:able to|could) (?:[\\w-]+ ){1,3}again\\b"
            // "travellers had trains again from 05:00", "service ran to timetable again from 13:05", "restoring full
            // functionality at 18:12": what users have or how the service runs, back again
            + "|\\b(?:had|have|has|got|get) (?:\\w+ ){0,2}?(?:trains|buses|service|power|signal|connectivity|access|audio|supply|water|network) (?:back|again)\\b"
            + "|\\b(?:ran|running|runs|run) (?:to (?:the )?(?:timetable|schedule)|on (?:time|schedule)) again\\b|\\brestoring (?:full |normal )?(?:functionality|service|operations?|power|supply|access)\\b"
            // "tenants back, throughput normal": who was cut off is back, a health measure reads normal
            + "|\\b(?:tenants|users|customers|clients|merchants|players|connections|logins?|sign-?ins|signups|checkouts?|requests|traffic|the site|the api|the app|services?) (?:are |is |now |all )?back\\b(?! (?:off|to (?!normal|baseline)))"
            + "|\\b(?:throughput|latency|latencies|error ?rates?|traffic|metrics|graphs|dashboards|queues?|p99|p95|success rates?) (?:is |are |looks? |now |back )?(?:normal|nominal)\\b"
            // "resumed trading at 3:10pm", "Trading resumed normally", "normal trading all groups", "ground stop lifted"
            // "the line reopened at 09:40", "the store reopened": a place or a route that users use, open again
            + "|\\b(?:roads?|lines?|stations?|stores?|shops?|airports?|terminals?|branch(?:es)?|bridges?|tunnels?|routes?|clinics?|pharmac(?:y|ies)|offices?|schools?|counters?) (?:\\w+ ){0,2}?reopened\\b(?! (?:the |a )?(?:ticket|issue|incident|case)\\b)"
            + "|\\b(?:" + ACTIVITY + ") (?:\\w+ ){0,2}?(?:resumed|reopened)\\b|\\bresumed (?:normal )?(?:" + ACTIVITY + ")\\b|\\bresumed normally\\b|\\bnormal (?:" + ACTIVITY + ")\\b"
            // "service normal at 17:27 UTC", "operations normal again": the service's state said to be normal
            + "|\\b(?:service|services|operations|processing|everything|all systems)\\s+(?:is |are |was |were |now |back )*(?:fully )?normal\\b(?!\\s+(?:for|to|in|on)\\b)"
            + "|\\b(?:ground stop|halt|suspension|restrictions?|rate limits?|pause|freeze) (?:was |were |has been |have been )?(?:\\w+ )?(?:lifted|removed)\\b"
            + "|\\b(?:rétabli\\w*|résolu\\w*|revenue? à la normale|wiederhergestellt|behoben|läuft wieder|restablecid\\w*|resuelt\\w*|normalizad\\w*|ripristinat\\w*|risolt\\w*|hersteld|opgelost|verholpen|weer (?:bereikbaar|beschikbaar|online)|(?:loopt|werkt|draait) weer|wieder (?:erreichbar|verfügbar|online)|funktioniert wieder|de nouveau (?:accessible|disponible|joignable)|(?:a|ont) repris|de nuevo disponible|volvió a funcionar)|復旧|正常|解消|恢复");
    static final Pattern PARTIAL = p("\\b(?:partial\\w*|partly|majority|most (?:of|services|customers|users|regions|traffic)|half|some (?:services|customers|users|regions|traffic)|"
            + "first signs?|signs? of recovery|(?:began|begin|beginning|begins|started|starting|starts) to (?:recover|come back|improve)|recovering|improving|coming back|"
            + "(?:wide|widespread|global|major|main|primary|worst|bulk of the) (?:impact|outage|degradation|part|errors)|first (?:major|service|region)|gradual\\w*|slowly|still|in stages|in phases|stage by stage|step by step|progressively|"
            + "long tail|residual|except|apart from|but not|sauf|hormis|au(?:ß|ss)er|ausgenommen|excepto|salvo|almost|nearly|mostly|largely|internally|resuming|limited|phase (?:1|one|i)|first phase)\\b"
            // a restoration said to be under way, not done: "flow rates being stepped back up", "being brought back", "ramping back up"
            + "|\\bbeing (?:\\w+ )?(?:stepped|ramped|brought|turned|dialled|dialed|scaled) (?:\\w+ )?back\\b|\\b(?:stepping|ramping|bringing|scaling|dialling|dialing) (?:\\w+ )?back up\\b"
            // a share short of all said to be back: "99% of demand restored", "80 % of stations back"
            + "|\\b\\d{1,2}(?:[.,]\\d+)?\\s?%(?: of)?(?: the)?(?: [\\w-]+){0,2} (?:restored|recovered|back|reconnected|re-?energi[sz]ed|online|running)\\b"
            // "close to 100% of our customers back", "nearly all customers back": short of all
            + "|\\b(?:close to|nearly|almost|about|around|roughly|~)\\s*(?:100\\s?%|all\\b)"
            // "first buses energised from Rapel", "primeras barras energizadas", "premiers postes réalimentés": the first of
            // several things back is where restoration began, not where it ended
            + "|(?<![\\p{L}])(?:first|primer[oa]?s?|premi(?:er|ère)s?|erste[nrs]?)\\s+(?:[\\p{L}\\d-]+\\s+){1,3}?(?:re-?energi[sz]ed|energi[sz]ed|energizad\\p{L}*|restablecid\\p{L}*|réalimenté\\p{L}*|rétabli\\p{L}*|restored|reconnected|back online|back)(?![\\p{L}])");
    static final Pattern STILL_FAILING = p("\\b(?:but|while|although|though|however)\\b[^.]{0,80}\\b(?:still|kept|keep|continued|continues|remained|remain)\\b[^.]{0,40}\\b(?:fail|error|degrad|impact|broken|down|slow|affected)"
            // "..., but delays and cancellations remain": the failure named first, then said to go on
            + "|\\b(?:but|while|although|though|however)\\b[^.]{0,60}\\b(?:delays?|cancell\\w*|errors?|failures?|outages?|issues|problems|disruptions?|degradation)\\b[^.]{0,20}\\b(?:remain|remains|remained|persist\\w*|continue|continues|linger\\w*)\\b");
    static final Pattern CLEANUP = p("\\b(?:backlogs? (?:\\w+ )?(?:processed|drained|cleared|worked (?:down|off|through))|queues? (?:are |were )?(?:worked down|drained)|backfill\\w*|clean-?up|cleanup|housekeeping|moved back|mov(?:e|ing) back|migrat\\w* back|catch(?:ing)? up|caught up|reprocess\\w*|"
            + "bug ?-?fix|permanent fix|follow-?up|historical data|leftovers?|long tail"
            // "the late rotations until 21:15 were knock-on delays, not the failure": effects that outlast the failure
            + "|knock-?on (?:delays?|effects?|impacts?|disruption)|after-?effects?|aftermath|ripple effects?"
            // "the messages stayed in our queue, which caused some delays until 21:30": what waited in a queue is a backlog
            + "|(?:stayed|sat|remained|were held|was held|waited|piled up) in (?:the |our |a )?queues?"
            // "sidekiq queue length back to normal": the backlog's measure, not the service's
            + "|queue (?:length|depth|size|lag)s? (?:is |are |was |now )?(?:back to normal|normal|recovered|drained|at baseline))\\b");
    /** In a sentence about the status page, these words describe the page, not the service. */
    /**
     * An outgoing communication about the incident other than the status page: "posted a final update", "customer
     * email sent", "the all-clear announcement went out". Like a status post, its words describe the message, and it is
     * often written after recovery.
     */
    static final Pattern COMMS_POST = p("\\b(?:posted|sent|published|tweeted|emailed|issued)\\s+(?:out\\s+)?(?:a|an|the|our)?\\s*(?:[\\w-]+\\s+){0,2}?(?:update|e-?mail|notice|notification|announcement|tweet|bulletin|communication|comms)s?\\b"
            + "|\\b(?:update|e-?mail|notice|notification|announcement|tweet|bulletin|communication|comms|statement|press release)s?\\s+(?:was\\s+|were\\s+|has been\\s+)?(?:posted|sent|published|tweeted|issued|went out|out)\\b"
            + "|\\bfinal (?:customer |public |external )?(?:update|e-?mail|notice|notification|announcement|tweet|bulletin|communication|comms)\\b");
    /** The failure came back: a later impact window begins ("500s are back", "checkout failing again", "errors recurred"). */
    static final Pattern RECURRENCE = p("\\b(?:errors?|5xx|5\\d\\ds|failures?|timeouts?|issues?|problems?|outage|latency|impact)\\s+(?:\\w+\\s+)?(?:are|is|were|was|came|come|coming|have come|has come|'re|'s)\\s+back\\b(?!\\s+(?:to|up|online|in|down|within|under|below|at|near|on track)\\b)"
            + "|\\b(?:recurred|re-?occurred|regressed|(?:failing|erroring|down|broken|failed|timing out) again|again (?:failing|erroring|down|broken))\\b"
            + "|\\bsecond (?:window|period|wave|outage|spike|round) (?:of (?:errors|failures|impact) )?(?:began|started|starts|begins|from|at)\\b"
            // "- second outage 12:20 pm to 2:32 pm PT": a later window, written with its times
            + "|\\b(?:second|2nd|third|3rd) (?:window|period|wave|outage|spike|episode)\\s+(?=\\d)");
    /** In a status or communication sentence, these words describe the message, not the service. */
    static final Pattern COMMS_WORDS = p("\\b(?:full(?:y)? (?:recovery|restored|recovered)|recovery (?:complete|completed|confirmed)|restored|recovered|resolved|back to normal|"
            + "(?:working|operating) (?:again|normally)|operational|all[- ]?clear|mitigated|healthy|(?:fully )?back (?:online|up|in service))\\b");
    /**
     * (phase 41) A status page's state quoted as a word of its own: "Arc 'Resolved' 00:07 (17:07 EST) is only a status
     * entry", "Courier's \"Resolved\" at 01:51 came after", "the 12:22 am 'monitoring'": someone's status post, not the
     * writer's own word for the end.
     */
    private static final String QUOTED_STATE_WORDS = "(?<![\\p{L}])['\"‘“„«](?:fully |all |service |services )?(?:resolved|monitoring|operational|all[- ]?clear|recovered"
            + "|mitigated|fixed|restored)['\"’”“»](?![\\p{L}])";
    static final Pattern QUOTED_STATE = p(QUOTED_STATE_WORDS);
    /** ... and right after the time: "the 7:45 PM \"fully restored\" came after the group had left". */
    static final Pattern QUOTED_STATE_AFTER = p("^\\s*" + QUOTED_STATE_WORDS);
    /**
     * (phase 41) The failure itself easing: "the rate of errors started slowing down", "errors began to subside", "5xx
     * started dropping". Its time is no onset (traffic that starts dropping is one: there the failure is the drop).
     */
    static final Pattern EASING = p("\\b(?:errors?|error rates?|rate of (?:errors|failures|timeouts)|failures?|failure rates?|timeouts?|5xx|50[0-4]s|latency|complaints)"
            + "\\s+(?:\\w+\\s+){0,2}?(?:started|starting|began|begun|beginning|start|begin)\\s+(?:to\\s+)?"
            + "(?:slow|declin|decreas|eas(?:e|ed|ing)\\b|subsid|taper|improv|fall|go(?:ing)? down|c[oa]m(?:e|ing) down|drop)");
    static final Pattern STATUS_WORDS = p("\\b(?:resolved|green|operational|monitoring|validating|mitigat\\w*|all[- ]?clear|recovered|posted|updated|set)\\b");
    /** Closing the incident, the bridge or the ticket: not the end of impact. */
    static final Pattern CLOSING = p("\\b(?:incident|ticket|bridge|call|channel|war ?room|jira) (?:\\w+ )?(?:end|ended|closed|closing|close)\\b|\\b(?:ticket|bridge|call|channel|jira) (?:\\w+ )?resolved\\b|\\bclosing\\b|\\bclosed\\b|\\bincident end\\b"
            + "|\\b(?:declared|declares|declare|marked|marks|called|calls|closed) (?:the )?(?:incident |it |ticket )?(?:as )?resolved\\b|\\bincident (?:was |is |has been )?(?:declared |marked )?(?:as )?resolved\\b|\\bresolving\\b|\\bstand(?:ing)? down\\b|\\bdone watching\\b|\\bmoving to monitoring\\b|\\bvalidating\\b");
    static final Pattern VENDOR = p("\\bper their\\b|\\btheir (?:own )?(?:side|network|status|noc|end|systems?|platform|region)\\b|'s own\\b"
            + "|\\b(?:vendor|provider|upstream|partner|aws|gcp|azure|google cloud|cloudflare|github|third[- ]party)\\b[^.;]{0,30}\\b(?:declar\\w*|says|said|reports?|reported|marked|announced)\\b");
    static final Pattern ALERT_RESOLVED = p("\\bauto-?resolv\\w*|\\(auto\\)|^\\W*\\[resolved\\]|^\\W*resolved:|\\brecovered:|\\b(?:alert|alarm|(?<!status )page|monitor)s?\\b[^.;]{0,40}\\b(?:resolved|cleared|recovered)\\b");
    /** A recovery denied, planned or conditional ("will be back once the primary is up"); "was back at 4:58 pm once the primary came up" is told, past. */
    // (phase 34) "Part of Amsterdam is back since 06:20 according to the radio, not us yet": others recovered, the writer not
    static final Pattern NOT_RECOVER = p("\\bnot (?:for )?(?:us|ours|our (?:site|side|office|plant|building|shop|store|lines?)) yet\\b|\\b(?:not|n't|un)\\s?(?:yet |fully |been |quite )*(?:recovered|resolved|restored|over|back)\\b|\\bunresolved\\b|\\bwill be\\b|(?<!\\bat )\\bonce\\b(?![^.;,]{0,40}?\\b(?:came|finished|completed|returned|recovered|rebooted|restarted|failed over)\\b)|\\bexpect\\w*\\b|\\beta\\b|\\bhopefully\\b|\\bif\\b");
    /** "is not the end of impact", "not the start": the sentence denies the boundary. */
    static final Pattern NOT_BOUNDARY = p("\\bnot (?:really |actually |yet )?(?:the |our )?(?:end|over|start|beginning|resolution)\\b");
    /** A recovery word that is about the status page ("status page set to Resolved", "status -> resolved"). */
    static final Pattern STATUS_RECOVERY = p("\\bstatus(?:\\s?page)?(?: incident)?\\b[^.;,]{0,30}?\\b(?:resolved|green|operational|recovered|monitoring|all[- ]?clear|mitigated|validating|mitigation)\\b");
    // (not "until trading reopened at 11:30": what reopens at a time is the service, not the ticket)
    static final Pattern TICKET = p("\\bticket\\b|\\bjira\\b|\\bissue (?:was |is )?(?:resolved|closed)\\b|(?<!(?:am|pm|\\d) )\\breopen\\w*\\b(?!\\s+(?:at|on|by|from)\\b)"
            // "reopened roads and trains", "reopened the store": a place or a route reopened is a recovery, not the ticket
            + "(?!\\s+(?:the\\s+|our\\s+|all\\s+)?(?:roads?|trains?|lines?|stations?|stores?|shops?|lanes?|airports?|terminals?|halls?|gates?|doors?|branch\\w*|counters?|desks?|bridges?|tunnels?|routes?|access|checkouts?|tills?)\\b)");

    /** The subject of an elliptical boundary: "impact started at 09:02 and ended at 09:47". */
    /** A window said of the incident as a whole ("the incident lasted 45 minutes, from 09:02 to 09:47"): a failure window. */
    static final Pattern INCIDENT_WINDOW = p("\\b(?:lasted|duration|incident window|went on)\\b");
    static final Pattern IMPACT_SUBJECT = p("\\b(?:impact|outage|disruption|degradation|downtime|event)\\b");
    static final Pattern BARE_START = p("^\\W*(?:and|then|but)?\\s*(?:(?:it|this|that|they|had|has|was|first)\\s+){0,2}(?:began|started|starts|begins|kicked off)\\b");
    static final Pattern BARE_END = p("^\\W*(?:and|then|but)?\\s*(?:(?:it|this|that|they|was|had|has|fully|finally|completely)\\s+){0,2}(?:ended|ends|was over|over|ceased|stopped|finished)\\b");

    /**
     * "I didn't note when the last bot errors stopped", "nobody wrote down when the last site came back": the writer
     * says the moment is not known, so the message's own time is not it.
     */
    static final Pattern UNKNOWN_WHEN = p("\\b(?:didn'?t|did not|don'?t|do not|doesn'?t|nobody|no one|never|not)\\b[^.;]{0,30}?\\b(?:note|noted|record|recorded|log|logged|write|wrote|written|know|knows|knew|remember|track|tracked|catch|caught|sure|certain)\\b[^.;]{0,30}?\\bwhen\\b"
            + "|\\bno (?:time|minute|record) (?:was )?(?:written|noted|recorded|logged|kept)\\b");
    /**
     * A sentence that says the end of impact is not known, whatever else it tells: "The end for clinical users is not
     * recorded: power was back shortly after 4pm, but ... we have no time for when the last clinical system was usable".
     */
    static final Pattern END_NOT_KNOWN = p("\\b(?:the )?(?:end|recovery|resolution|restoration)\\b[^.;:]{0,50}?\\b(?:is |was |remains )?(?:not (?:recorded|noted|logged|known|clear)|unknown|unrecorded)\\b"
            + "|\\bno (?:time|record|timestamp) (?:of|for) when\\b[^.;]{0,60}?\\b(?:back|usable|restored|recovered|ended|over|normal)\\b");
    /**
     * The question put first and answered "not known": "When BART riders' service was actually back to normal we do not
     * know: ... our 11:10 stand-down was our own call". No time in such a sentence is the moment it asks about.
     */
    static final Pattern WHEN_NOT_KNOWN = p("^\\W*when\\b[^.;:?]{3,100}?\\b(?:(?:we|i|they|nobody|no one)\\s+(?:(?:still\\s+)?(?:do|does|did)\\s*n[o']t"
            + "|can\\s*n[o']t|cannot|never)\\s+(?:know|knew|tell|say|found out|learn(?:ed|t)?)"
            // "When trains could have run again nobody recorded: the OCC log stops at the 19:10 handover"
            + "|(?:nobody|no one)\\s+(?:ever\\s+)?(?:recorded|noted|logged|wrote(?:\\s+it)?(?:\\s+down)?|knows|knew|remembers))\\b");
    /** A time said not to be known: "end time not recorded", "the start minute is not in our notes", "nobody wrote down when". */
    static final Pattern NOT_KNOWN = p("\\b(?:not (?:recorded|noted|logged|known|written(?: down)?|in (?:our|the) (?:notes|logs?|records?))|unknown|unrecorded"
            + "|(?:nobody|no one) (?:knows|noted|wrote(?: down)?|recorded|remembers|logged)|no (?:time|minute|record) (?:was )?(?:written(?: down)?|noted|recorded|logged|kept|of)"
            + "|(?:didn'?t|did not) (?:note|record|write down|log|catch))\\b"
            // (phase 41) "neither the site log nor the MCR chat says at what time", "the log does not say when"
            + "|\\b(?:neither\\b[^.;]{0,60}\\bnor\\b[^.;]{0,60}?\\b|(?:does|do|did)\\s*n[o']t\\s+)(?:says?|shows?|gives?|records?)\\s+(?:at\\s+)?(?:what time|when)\\b"
            // the same in German, French, Spanish: "können wir nicht benennen", "n'est pas connue", "no consta"
            + "|\\bnicht (?:\\w+ )?(?:benennen|bekannt|feststellen|sagen|festhalten|notiert|erfasst)\\b|\\bunbekannt\\b|\\bgibt es nicht\\b"
            + "|\\bpas (?:\\w+ )?(?:connue?s?|not[ée]e?s?|enregistr[ée]e?s?)\\b|\\binconnue?\\b|\\bne (?:savons|connaissons|pouvons) pas\\b"
            + "|\\bno (?:sabemos|consta|se conoce|se sabe|tenemos registro)\\b|\\bdesconocid[oa]\\b");
    /** What a NOT_KNOWN sentence says is unknown: the start of impact ... */
    static final Pattern START_WORD = p("\\b(?:start|started|began|begin|beginning|onset|beginn|anfang|début|debut|inicio|comienzo)\\b"
            // "When check-in actually failed: unknown.": the question asks when the failure began
            + "|^\\W*when\\b[^.;:]{0,60}?\\b(?:failed|went down|broke down|crashed|went dark)\\b");
    /** ... or its end ("when the last site came back", "when restrictions came fully off", "end time"). */
    static final Pattern END_WORD = p("\\b(?:end|ended|ending|came (?:fully )?(?:back|off)|stopped|recovered|restored|reinstated|resolved|cleared|over|ende|fin|final"
            // "When our payment API was really OK again, nobody wrote down"
            + "|(?:ok|okay|normal|fine|working|healthy|green|running|run|moving) again|back to normal)\\b");
    /** "flights resumed hours ago", "recovered a while ago": the event was well before the time the sentence is written at. */
    static final Pattern VAGUE_PAST = p("\\b(?:hours|a while|some time|long|days) ago\\b|\\b(?:hours|much) earlier\\b|\\bearlier (?:today|this (?:morning|afternoon|evening))\\b");
    /** The worst phase of an impact, not all of it: "a total outage", "complete outage", "hard down". */
    /** A window named as the worst part of the impact: "the most significant period of impact was ... between", "the worst phase". */
    static final Pattern PEAK_PERIOD = p("\\b(?:most significant|most severe|worst|heaviest|peak|main) (?:period|phase|part|window|stretch) of (?:the )?(?:impact|outage|disruption|degradation|incident)\\b");
    static final Pattern PEAK = p("\\b(?:total|complete|full|hard|worst|peak)(?:[- ]\\w+)? (?:outage|downtime|unavailability|down|failure|blackout)\\b|\\bhard[- ]down\\b");
    /** A milder impact around the worst phase: degraded or partial service. */
    static final Pattern MILDER = p("\\b(?:degrad\\w*|partial\\w*|intermittent\\w*|slow\\w*|uneven\\w*|elevated (?:errors|latency))\\b");

    // ------------------------------------------------------------------ in every kind

    /**
     * A recap's list of actions to take, opening its sentence: "Actions:", "Action items:", "Follow-ups:", "Next steps:",
     * "Acciones:", "Ações:", "Maßnahmen:", "Mesures :", "Actiepunten:", "Åtgärder:", "Tindakan:" (phase 35). Not "Actions
     * taken:" (what was done) nor a singular "Action:" (a log row's own action).
     */
    static final Pattern ACTIONS_LIST = Pattern.compile("(?iu)^\\W*(?:(?:corrective|preventive|follow-?up|remediation|next) )?(?:actions|action (?:items|points)|follow-?ups|next steps"
            + "|to-?dos|acciones|ações|acções|maßnahmen|massnahmen|aktionen|mesures|actions correctives|actiepunten|acties|åtgärder|tiltak"
            + "|opatření|działania|tindakan|tindak lanjut|aksiyonlar|eylemler|azioni)(?:\\s*\\([^()]{0,30}\\))?\\s*:");

    /** A plan, not an event. */
    static final Pattern INTENT = p("\\b(?:will|going to|gonna|about to|plan(?:ning|ned)? to|(?<!not a )(?<!un)scheduled|eta(?!\\s*#)|expected|should|let'?s|want to|wanna|(?<!\\b(?:recovered|restored|resolved|returned|came|followed|happened) )next|proposal|propose|(?:from |by |as of )?tomorrow|demain)\\b|\\?\\s*$");
    /** Words that say a message talks about an earlier moment, so its own posting time is not the moment. */
    static final Pattern PAST_REFERENCE = p("\\b(?:ago|earlier|before|yesterday|last night|this morning|previously|already|had been|have been|has been|since|hours?|minutes?|days?|early on|at first|at the start)\\b");

    /** Stems of every cue above: a clause with none of them says nothing about a key time (a cheap gate before the patterns). */
    private static final String[] STEMS = {"window", "for us:", "finestra", "vindue", "okno", "ventana", "janela", "fenêtre", "fenster", "venster", "para nosotros", "pour nous", "para nós", "mains", "ac input", "scada", "stuck", "frozen", "died", "perdi", "spotted", "dead", "caíd", "caid", "fuera de servicio", "fell over", "dropped", "ems:", "bms:", "dcs:", "nms:", "siem", "xdr", "hit", "pour", "flood", "rolling in", "coming in", "arriv", "begon", "begann", "commenc", "empez", "comenz", "fiel", "ausgefallen", "au noir",
            "verholpen", "weer", "wieder", "de nouveau", "repris", "de nuevo", "volvi", "einde", "ende", "fin", "theirs", "knock", "aftermath", "effect", "sauf", "hormis", "außer", "ausser",
            "excepto", "salvo", "customer", "user", "client", "coupure", "panne", "apag", "corte", "caída", "ausfall", "störung",
            "avbrott", "avbrudd", "afbrydelse", "nedetid", "storing", "onderbreking", "kesinti", "arıza", "bozuk", "disservizio", "indisponib",
            "blackout", "collapse", "colapso", "black", "energi", "leak", "réalimenté", "call", "knowledge", "supply", "issue", "se cay", "sin tensi", "sin servicio", "sin cobr", "sin pago", "sin conex", "sin señal", "sem ", "sans ", "fallo", "falla", "falh", "sin luz", "sin energ", "sin red", "hors service", "plus de", "did not", "didn't", "never", "halt", "suspen", "paus", "ground stop", "grounded", "resum", "reopen", "lifted", "removed", "functional", "loss", "just me", "anyone else", "anybody else", "noted", "occurring", "functional", "caus", "jump", "soar", "shot up", "climb", "read-only", "processed", "declar", "observed", "increas", "elevated", "delay", "offline", "went dark", "goes dark", "off air", "off-air", "off the air", "went out", "was out", "were out", "goes out", "go out", "impact", "affected", "outage", "downtime", "disrupt", "degrad", "start", "began", "begun", "begin", "since",
            "first", "onset", "page", "paging", "alert", "trigger", "firing", "fired", "detect", "notic", "report", "complain", "notif",
            "investigat", "remediat", "warn", "monitor", "synthetic", "check", "recover", "restor", "resolv", "normal", "baseline", "back", "clear",
            "mitigat", "green", "operational", "again", "end", "over", "ceased", "stopped", "gone", "until", "fail", "error", "down",
            "expired", "crash", "broke", "lost", "5xx", "50", "no service", "no train service", "trip", "loss of", "=offline", "time out", "timing out", "timeout", "spik", "kicked", "set in", "exhaust",
            "saturat", "latency", "unavailab", "unreachab", "can't", "cannot", "unable", "reject", "declin", "status", "pagerduty",
            "opsgenie", "startsat", "healthy", "succeed", "flowing", "loading", "responding", "working", "serving", "online", "told", "alarm", "could not", "couldn", "could n't", "no errors", "zero", "error-free", "lasted", "duration", "went on", "aware", "learn", "heard", "able to",
            "début", "beginn", "inicio", "aanvang", "erste", "melding", "meldung", "primer", "signalement", "fin de", "ende der", "rétabl", "résolu", "wiederhergestellt", "behoben", "läuft wieder", "restablec",
            "resuelt", "ripristin", "risolt", "hersteld", "opgelost", "détect", "remarqu", "bemerkt", "erkannt", "detectad", "crit", "problem",
            "su par nous", "se cort", "se fue", "cortaron", "caiu", "acabou", "appris", "interr", "unterbroch", "reopened", "constat", "entdeckt", "festgestellt", "opgemerkt", "ontdekt", "gemerkt", "notad", "percebid", "known", "only",
            "呼び出し", "アラート", "検知", "告警", "报警", "復旧", "正常", "解消", "恢复", "影響", "障害", "故障", "影响"};

    static boolean mayMatter(String lower) {
        for (String stem : STEMS) if (lower.contains(stem)) return true;
        return false;
    }

    /**
     * Words without which a pattern cannot match: checked with {@code contains} before the pattern runs (most chat
     * lines match none, and the patterns are long alternations). Each list names every word the pattern's
     * alternatives need; {@code KeyTimeFinderTest} and the study exercise them.
     */
    private static final Map<Pattern, String[]> GATES = new IdentityHashMap<>();

    static {
        gate(HINDSIGHT, "notes", "closing note", "for our records", "post-incident", "postincident", "after-action", "afteraction", "file", "draft", "resumen", "bilan", "zusammenfassung", "riepilogo", "recap", "wrap", "hindsight", "mortem", "for the", "copied for", "as sent", "rca", "pir", "retro", "review", "write", "timeline", "record", "correct",
                "looking back", "(final)", "afterward", "after the fact", "turned out", "actually", "lesson", "summary", "sequence", "what happened", "coe", "findings", "isr", "published", "bericht", "rapport", "informe", "verslag", "tijdlijn", "chronolog", "cronolog");
        gate(STRONG_DETECT, "knew", "page", "paging", "victorops", "on-call", "oncall", "incident.io", "firehydrant", "rootly", "xmatters", "alert", "notif", "first", "trigger", "firing", "fired", "startsat", "detect", "notic", "saw it", "saw", "spotted", "caught",
                "report", "complain", "heard", "say", "said", "told", "escalat", "opened", "got", "received", "investigat", "synthetic",
                "monitor", "check", "probe", "canar", "uptime", "alarm", "pager", "opsgenie", "slo", "went off", "tripped", "told", "premi",
                "observed", "hit", "com", "pour", "call", "flood", "roll", "arriv", ",p1", ",p2", ",sev", ",critical",
                "alerta", "aware", "learn", "heard", "erste", "primer", "primera", "premier", "première", "呼び出し", "アラート", "検知", "告警", "报警");
        gate(WEAK_DETECT, "saw", "just me", "else", "declar", "noted", "incident", "observed", "spotted", "page", "paging", "alert", "notic", "detect", "alarm", "détect", "remarqu", "bemerkt", "erkannt", "detectad");
        gate(STRONG_END, "occurring", "fully", "impact", "end", "outage", "disrupt", "degrad", "downtime", "over", "ceas", "finish", "clear", "mitigat", "green",
                "full", "recovery", "operational", "recovered", "restored", "healthy", "normal", "gone", "stopped", "fin de", "ende der", "fin del", "影響");
        gate(RECOVER, "is up", "went up", "energi", "connected", "réalimenté", "repowered", "recover", "restor", "resolv", "back", "normal", "resum", "reopen", "lifted", "removed", "functional", "nominal", "baseline", "again", "operational", "gone", "clear", "subsid",
                "disappear", "stopped", "ended", "no more", "no further", "level", "again", "rétabl", "résolu", "wiederhergestellt", "behoben", "läuft wieder",
                "restablec", "resuelt", "normaliz", "ripristin", "risolt", "hersteld", "opgelost", "verholpen", "weer", "wieder", "de nouveau", "repris", "de nuevo", "volvi", "復旧", "正常", "解消", "恢复");
        gate(NO_IMPACT, "impact", "harm", "precursor", "before", "earlier", "prior", "ago", "affect", "fine", "normal", "facing", "visible",
                "noticeable", "warning sign", "not ");
        gate(CLOSING, "end", "clos", "resolv", "stand", "done watching", "monitoring", "validating");
        gate(STATUS_POST, "status", "public", " - ", " – ", "posted", "marked", " set ", "flipped", "moved", " post", " update", " notice", " entr");
        gate(RECURRENCE, "back", "recur", "occurred", "regress", "again", "second", "2nd", "third", "3rd");
        gate(COMMS_POST, "statement", "press release", "update", "mail", "notice", "notification", "announce", "tweet", "bulletin", "communicat", "comms");
        gate(STATUS_RECOVERY, "status");
        gate(STATUS_MESSAGE, "status");
        gate(PARTIAL, "primer", "premi", "erste", "sauf", "hormis", "außer", "ausser", "ausgenommen", "excepto", "salvo", "part", "major", "most", "half", "some", "first", "sign", "recover", "come back", "coming back", "improv", "wide", "global",
                "main", "primary", "worst", "bulk", "gradual", "slow", "still", "long tail", "residual", "except", "apart", "but not",
                "almost", "nearly", "close to", "mostly", "largely", "internally", "resuming", "limited", "phase", "%", "stage", "step by step", "progressive", "back");
        gate(INTENT, "will", "going to", "gonna", "about to", "plan", "schedul", "eta", "expect", "should", "let", "want", "wanna", "next",
                "propos", "?", "tomorrow", "demain");
        gate(PAST_REFERENCE, "early on", "at first", "at the start", "ago", "earlier", "before", "yesterday", "last night", "this morning", "previous", "already", "been", "since",
                "hour", "minute", "day");
        gate(TICKET, "ticket", "jira", "issue", "reopen");
        gate(TICKET_CREATION, "ticket");
        gate(ALERT_RESOLVED, "resolv", "(auto)", "recover", "clear");
        gate(VENDOR, "their", "own", "vendor", "provider", "upstream", "partner", "aws", "gcp", "azure", "google cloud", "cloudflare",
                "github", "third");
        gate(CLEANUP, "knock", "effect", "aftermath", "backlog", "queue", "backfill", "clean", "housekeeping", "back", "catch", "caught", "reprocess", "fix", "follow", "historical", "leftover",
                "long tail");
        gate(NOT_BOUNDARY, "not");
        gate(WARNING, "warn");
        gate(NO_FAILURE, "no", "zero", "without", "0", "error-free", "errorfree");
        gate(DETECTION_UNKNOWN, "who ", "unknown", "not known", "nobody", "no one", "can't tell", "cant tell", "cannot tell", "no record");
        gate(NOT_PAGED, "page", "paging", "alert", "notify", "wake", "woken", "silent", "firing");
        gate(FAILURE_EVENT, "expired", "crash", "failed", "lost", "went down", "broke", "stopped", "unavailable", "overload", "saturat",
                "exhaust", "filled up", "ran out");
        gate(STILL_FAILING, "but", "while", "though", "however");
        gate(STRONG_START, "impact", "start", "began", "begun", "begin", "kicked", "début", "begon", "begann", "commenc", "empez", "comenz", "inici", "beginn", "inicio", "影響", "障害", "故障", "影响");
        gate(RISE, "increas", "elevated", "rising", "higher", "spike", "surge", "jump", "rise in", "soared", "shot up", "climbed");
        gate(ONSET, "se cort", "se fue", "cortaron", "caiu", "acabou", "interr", "unterbroch", "air", "died", "fell over", "went out", "was out", "were out", "goes out", "go out", "fiel", "ausgefallen", "au noir", "no service", "no train service", "no bus service", "trip", "loss of", "=offline", "caused", "causing", "dip", "drop", "spike", "surge", "storm", "flood", "wave", "start", "began", "begun", "begin", "down", "offline", "dark", "unavailable", "unreachable", "first", "kicked", "set in",
                "appeared", "fell", "falls", "plunge", "plummet", "collapse", "tank", "experienced", "suffered", "had a", "halt", "suspen", "paus", "grounded", "ground stop", "ceased", "stopped", " lost ", "perdi", "disrupted", "interrupted", "cut off",
                "mains", "ac input", "ac power", "ac supply", "utility power", "input power", "grid power", "line power");
        gate(NOT_RECOVER, "not", "n't", "un", "will be", "once", "expect", "eta", "hopefully", "if");
    }

    private static void gate(Pattern p, String... words) {
        GATES.put(p, words);
    }

    static boolean any(Pattern p, String lower) {
        if (lower == null) return false;
        String[] words = GATES.get(p);
        if (words != null) {
            boolean maybe = false;
            for (String w : words) {
                if (lower.contains(w)) {
                    maybe = true;
                    break;
                }
            }
            if (!maybe) return false;
        }
        return p.matcher(lower).find();
    }
}

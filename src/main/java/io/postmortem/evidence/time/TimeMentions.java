package io.postmortem.evidence.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds times written inside text and resolves them against the message's own timestamp.
 * <p>
 * Recognised: {@code 22:52}, {@code 22:52:10}, {@code 10:52pm}, {@code 10:52 PM}, {@code 3pm}, {@code ~23:00},
 * zone suffixes ({@code 22:52 UTC}, {@code 06:45 PT}, {@code 13:42Z}, {@code at 09:41 (CET)}, {@code 14:00 UTC+1}),
 * {@code yesterday 17:20}, {@code 3.57pm}, and ISO stamps ({@code 2026-11-20T09:41:03Z}, {@code 2026-11-20 09:41 UTC}).
 * A bare hour without am/pm ("at 3") is not a time; neither are version numbers, ratios or ports.
 */
public final class TimeMentions {

    /** A zone written after a clock: an abbreviation or a UTC/GMT offset, perhaps in brackets, or one of {@code more}. */
    private static String zoneAfter(String more) {
        // the offset first: "11:34 UTC+2" is two hours from UTC, and the alternation stops at the first that fits ("UTC")
        // a zone's letters joined by a hyphen to a name are no zone: "05:30:41  BST-ELCIELO UTILITY_FAIL" is a station
        return "(?:\\s?\\(?\\s?((?:UTC|GMT)[+-]\\d{1,2}(?::?\\d{2})?(?![\\p{L}\\d])|" + Zones.ABBR_REGEX + more + ")\\)?(?![\\p{L}\\d]|-(?!ish\\b)[\\p{L}\\d]))?";
    }

    private static final String ZONE = zoneAfter("");

    /**
     * A US zone named by its word after a clock ("18:07 to 20:25 Eastern", "9:15 Pacific time"), capitalised, not
     * "Central European" (lower case only with its "time" or right after am/pm: "1:52 AM eastern"); only after a clock
     * with a colon or am/pm (never after four bare digits).
     */
    private static final String WORD_ZONE = zoneAfter(
            "|(?:Eastern|Central|Mountain|Pacific)(?:\\s(?:[Tt]ime|[Dd]aylight [Tt]ime|[Ss]tandard [Tt]ime))?(?!\\s?Europ)"
                    // lower case with its "time", or right after am/pm ("1:52 AM eastern", "9:15 pacific time")
                    + "|(?:eastern|central|mountain|pacific)\\s(?:time|daylight time|standard time)\\b"
                    + "|(?<=[AaPp]\\.?[Mm]\\.?\\s)(?:eastern|central|mountain|pacific)\\b(?!\\s?europ)"
                    // a city's time: "07:38 heure de Paris", "9:48 Paris time" (a city the tz database names; other words are no zone)
                    + "|" + Zones.CITY_TIME
                    // a numeric offset after a space, as mail headers, web-server logs and Go's time print it ("14:05:09
                    // -0600", "14:05 +01:00"); without a colon only after a clock with seconds (see find)
                    + "|(?<=\\s)[+-](?:0\\d|1[0-4]):?[0-5]\\d(?![\\d:])"
                    // ... or written right after the seconds, as RFC 3339 times do ("14:05:09-05:00", "14:05:09.123+01:00")
                    + "|(?<=\\d:\\d\\d:\\d\\d|\\d:\\d\\d:\\d\\d[.,]\\d|\\d:\\d\\d:\\d\\d[.,]\\d\\d\\d|\\d:\\d\\d:\\d\\d[.,]\\d{6}|\\d:\\d\\d:\\d\\d[.,]\\d{9})[+-](?:0\\d|1[0-4]):[0-5]\\d(?![\\d:])");

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d/.])(\\d{4})[-/.](\\d{2})[-/.](\\d{2})[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    // an offset; PostgreSQL prints an hour-only one right after the seconds ("14:05:09.123+00", "-05")
                    + "(?:\\s?(Z|[+-]\\d{2}:?\\d{2}|(?<=\\d)[+-]\\d{2}(?![\\d:]))(?![\\p{L}\\d])|" + ZONE + ")");

    /**
     * A web server's common log format stamp: "[10/Oct/2000:13:55:36 -0700]" (Apache, nginx, most proxies' access logs):
     * day, month's name and year, then the clock after a colon, then the offset.
     */
    private static final Pattern CLF = Pattern.compile("(?i)(?<![\\d/])(\\d{1,2})/" + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "/(\\d{4}):(\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\s([+-]\\d{4}))?(?![\\d])");

    /**
     * A line opened by epoch seconds in brackets, as Nagios and Icinga 1 write their log ("[1772373909] SERVICE ALERT:
     * web01;HTTP;CRITICAL;..."): ten digits from 2017 to 2033, at a line's start only, so no count or id is read as one.
     */
    private static final Pattern EPOCH_LINE = Pattern.compile("(?m)^\\[(1[5-9]\\d{8})\\](?=\\s)");

    /**
     * Epoch seconds or milliseconds as a JSON payload's time field carries them: Opsgenie's {@code "createdAt":1772373909123},
     * Sentry's {@code "timestamp":1772373909.123}, Datadog's {@code "last_updated": "1772373909"}, a Slack message's
     * {@code "ts"}. Only under a key that names a time, and only from 2017 to 2033, so an id or a count is never one.
     */
    private static final Pattern EPOCH_FIELD = Pattern.compile(
            "\"(?:[A-Za-z_]*(?:[Tt]ime|[Tt]imestamp|At|_at|[Dd]ate|[Uu]pdated|[Cc]reated)|ts)\"\\s*:\\s*\"?(1[5-9]\\d{8})(\\d{3})?(?:\\.\\d+)?\"?(?![\\d.])");

    /** ISO 8601's basic format, as iCalendar and AWS signatures write it: "20260301T140509Z" (only with its Z or offset). */
    private static final Pattern ISO_BASIC = Pattern.compile("(?<![\\d\\p{L}])(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})?(?:[.,]\\d+)?(Z|[+-]\\d{4})(?![\\d\\p{L}])");

    /** Years before this are no incident's: placeholders such as Go's and .NET's zero time "0001-01-01T00:00:00Z". */
    private static final int FIRST_YEAR = 1900;

    /**
     * A letter that joins a number into a word ("v2:30", "abc10:00"); Chinese, Japanese and Korean letters do not: a time
     * is written right against them ("10:00現在", "8:56に", "14:05부터").
     */
    private static final String JOINING_LETTER = "[\\p{L}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]]";

    private static final Pattern CLOCK = Pattern.compile(
            // not after "+" or "-" ("UTC+01:00", "GMT-05:00" are offsets), except the dash of "2:05 PM-3:00 PM"
            // and the dash of "09:00-10:00" after a clock without seconds ("14:05:09-05:00" is an offset)
            "(?i)(?:(?<![\\d:./@#=+-])|(?<=[ap]\\.?m\\.?-)|(?<=(?<![:\\d])\\d{1,2}:\\d\\d-))(?<!" + JOINING_LETTER + ")((?:yesterday|today|last night|this morning)\\s+(?:at\\s+)?)?(~|≈|approx\\.?\\s?)?"
                    // "3.57pm", "2.15 am": a dot between hour and minutes, as British, Irish and NZ writers put it (only
                    // with am/pm after it, so "2.15" alone stays a number), or with a zone ("9.48 CEST", "12.45 UTC")
                    + "(\\d{1,2})(?:(?::|\\.(?=[0-5]\\d\\s?(?:[ap]\\.?m\\b|uhr(?![\\p{L}])|(?-i:(?:" + Zones.ABBR_REGEX + "))(?![\\p{L}\\d]))))(\\d{2}))?"
                    // seconds, perhaps with their fraction ("9:05:09.123 PM", as Splunk and log viewers show it)
                    + "(?::(\\d{2})(?:[.,]\\d{1,9})?)?(?![\\d.,]\\d)"
                    // "a.m.", "pm", and the Spanish and Latin American "p. m." (CLDR's es format)
                    + "(?:\\s?(a(?:\\.\\s?)?m\\.?|p(?:\\.\\s?)?m\\.?))?"
                    + "(?-i)" + WORD_ZONE + "(?![\\d%])(?!" + JOINING_LETTER + ")");

    /** French "14h05" (two-digit hour, so "2h30 of downtime" stays a duration) and Japanese/Chinese "14時05分" / "14点05分". */
    private static final Pattern OTHER_CLOCK = Pattern.compile("(?<![\\d:.])(?:([01]\\d|2[0-3])\\s?h\\s?([0-5]\\d)(?![\\d\\p{L}])|(\\d{1,2})\\s?[時点]\\s?(\\d{1,2})\\s?分"
            // Nordic "kl. 14.05", Finnish "klo 14.05": the dot clock after the word for o'clock
            + "|(?<=(?i:\\bkl\\.?|\\bklo|\\bkello)\\s)([01]?\\d|2[0-3])\\.([0-5]\\d)(?![\\d\\p{L}]))" + ZONE);

    private static final Pattern LEADING_ZERO = Pattern.compile("~?0\\d");

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    /**
     * A day: "2026-03-01", "2026/03/01", Zabbix's "2026.03.01"; "1 March", "1st March 2026", "1-Mar-2026", Jira's and
     * Oracle's "01/Mar/26" and "01-MAR-26" (a two-digit year only after a slash or dash); "March 1st, 2026".
     */
    private static final String DATE = "(?:(\\d{4})[-/.](\\d{2})[-/.](\\d{2})|(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-|/)" + MONTH + "(?:(?:,?\\s+|-|/)(\\d{4}|(?<=[-/])\\d{2}(?!\\d)))?"
            + "|" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?)";
    /**
     * A weekday's name, whole or shortened, with an optional dot: "Fri", "Thurs.", "Saturday" (case-insensitive
     * patterns only), as the time, paste and key-time readers spell it before a numeric date or a time.
     */
    /**
     * A lookbehind for sentence splitters: not right after a title before a name ("First call from a driver (Mr. Kim, cab
     * 3312) at 18:09" is one sentence). Shared by the evidence's and the key-time reader's splitters.
     */
    public static final String NOT_AFTER_TITLE = "(?<!\\b(?:Mr|Mrs|Ms|Dr|Mx|Prof|Sgt|Capt|Lt|Col|Gen|Rev|Fr|Sr|Jr|St|Mt)\\.)";
    /** An abbreviated weekday with its date, month before or after the day: "Fri 28 May", "Mon Aug 20", "Tue, 3rd March 2026". */
    private static final String SHORT_DAY_DATED = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9}\\.?"
            + "|\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?";
    /**
     * A weekday in the languages of {@link #WEEKDAY_HEADING}, with the day of the month it may carry ("Tuesday 29th",
     * "sexta, 16/08", the German "Freitag 27.9." with the month's closing dot).
     */
    private static final String HEADING_DAY = "(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
            + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
            + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
            + "|segunda|terça|quarta|quinta|sexta|sábado|domingo)(?:-feira)?"
            // ... with the day it is written on after the weekday: "(Tuesday 29th)", "(Friday 12 April)", "(sexta, 16/08)", "(lunes 27)"
            + "(?:,?\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th|º|\\.)?(?:[\\s/.-]+(?:\\p{L}{3,10}\\.?|\\d{1,2}\\.?))?(?:[\\s/.,-]+\\d{4})?)?"
            // an abbreviated weekday, only with the day it is written on: "(Mon Aug 20)", "Fri 28 May" (not "(Fri)" alone)
            + "|" + SHORT_DAY_DATED + ")";
    /**
     * A review or a note headed with the weekday it is written on, in English, French, Dutch, German or Spanish: "Retro
     * (Friday)", "Joint note (Monday)", "Retour d'expérience (mercredi)", "Evaluatie (maandag)" (case-insensitive; at the
     * text's start). Shared by the evidence's recap check and the key-time reader's hindsight check.
     */
    public static final String WEEKDAY_HEADING = "^\\W*(?:[\\p{L}-]+ ){0,2}?(?:(?:incident |post-?incident )?review|retro(?:spective)?|debrief|rca|summary"
            + "|write-?up|post-?mortem|lessons learned|recap"
            + "|notes?|look-?back|retour(?: d['’]exp[ée]rience)?|retex|rex|bilan|revue|[ée]valuation|evaluatie|nabespreking|terugblik"
            + "|nachbesprechung|auswertung|rückblick|revisión|revisão|análisis|análise|resumen|resumo|balance|balanço|retrospectiva)"
            // the reader it is written for, after the noun: "Resumen para la dirección (lunes 27)", "Summary for the board (Friday)"
            + "(?: (?:para|for|pour|voor|für|per) (?:[\\p{L}'’-]+ ){0,2}?[\\p{L}'’-]+)?"
            // the weekday in brackets, or after a comma: "Review, Friday 16 Oct (IST)."
            // (phase 34) the zone the review is written in may follow the day inside the brackets: "Review (Wednesday 24
            // June, Warsaw time):", "(Thursday 6 Feb, Madrid time, CET)" (words only, so no time hides in it)
            + "\\s*(?:notes?\\s*)?(?:\\(" + HEADING_DAY + "(?:,\\s*[\\p{L}][\\p{L} /]{1,24}){0,2}\\)|,\\s*" + HEADING_DAY + "(?=\\s*(?:[,.(]|$))"
            // an abbreviated weekday with its date after a space: "Review Fri 28 May (AEST)"
            + "|\\s" + SHORT_DAY_DATED + "(?=\\s*(?:[,.(]|$)))";
    public static final String WEEKDAY_WORD = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?";
    /** A weekday written before a date: "Fri 28 Mar", "Saturday, 30th January". */
    public static final String WEEKDAY = "(?:" + WEEKDAY_WORD + ",?\\s+)?";
    /**
     * A day written right before a time: "on 2023-03-09 at 08:58", "March 16, 09:25", a status page's "Posted Dec 09,
     * 2022 - 00:43 UTC", a report's "began on October 21, 2016 at approximately 11:10 UTC".
     */
    private static final Pattern DATE_BEFORE = Pattern.compile("(?i)(?:\\bon\\s+)?" + DATE + "\\s*(?:,|\\s[-–]\\s)?\\s*(?:at\\s+|@\\s*|(?:from|between|since|starting(?:\\s+at)?|beginning(?:\\s+at)?)\\s+)?(?:(?:approximately|approx\\.|about|around|roughly|circa)\\s+)?$");
    /**
     * A day written right after a time: "09:25 UTC on 16 March", "00:45 UTC on Feb 7", "19:00 UTC (approx) on March 15, 2021",
     * "11:45 PM Pacific on April 9", "10:00am AEDT today (17 Nov)".
     */
    private static final Pattern DATE_AFTER = Pattern.compile("(?i)^\\s*(?:(?:pacific|eastern|central|mountain)(?:\\s+time)?\\s*)?(?:hrs?\\.?\\s*)?(?:(?:today|yesterday|tonight)\\s*)?"
            + "(?:\\([^)]{0,20}\\)\\s*)?,?\\s*(?:on\\s+)?\\(?" + WEEKDAY + "(?:the\\s+)?" + DATE + "(?![\\d:])");

    /** Monday to Sunday in French, Spanish, German and Dutch (read by {@link #WEEKDAY_NAME} and {@link #weekday}). */
    private static final String[][] FOREIGN_DAYS = {
            {"lundi", "lunes", "montag", "maandag"}, {"mardi", "martes", "dienstag", "dinsdag"},
            {"mercredi", "miércoles", "miercoles", "mittwoch", "woensdag"}, {"jeudi", "jueves", "donnerstag", "donderdag"},
            {"vendredi", "viernes", "freitag", "vrijdag"}, {"samedi", "sábado", "sabado", "samstag", "zaterdag"},
            {"dimanche", "domingo", "sonntag", "zondag"}};

    /** A weekday by its name, or by a capitalised abbreviation ("Fri", "Sat."): "sat" or "sun" in lower case are words. */
    private static final String WEEKDAY_NAME = "((?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?![\\p{L}])"
            // the same days in French, Spanish, German and Dutch ("jeudi à 18h00", "a las 07:07 del domingo", "Samstag 06:40")
            + "|(?iu:" + String.join("|", java.util.Arrays.stream(FOREIGN_DAYS).flatMap(java.util.Arrays::stream).toList()) + ")(?![\\p{L}]))\\.?";
    /** A weekday written right after a time, without a date: "04:10 Fri", "3:25 a.m. Friday", "08:30 on Saturday", "(Sat)". */
    private static final Pattern WEEKDAY_AFTER = Pattern.compile("^\\s*(?i:hrs?\\.?\\s*)?,?\\s*\\(?\\s*(?i:(?:on|del|de|el|le|am|op)\\s+)?(?i:the\\s+)?" + WEEKDAY_NAME + "(?![\\p{L}\\d])");
    /** ... or right before it: "on Saturday at about 08:30", "Friday 03:25", "Sat, 08:30". */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?<![\\p{L}])" + WEEKDAY_NAME + "\\s*,?\\s*(?i:at\\s+|@\\s*|à\\s+|vers\\s+|a las\\s+|um\\s+|gegen\\s+|om\\s+|rond\\s+)?(?i:(?:approximately|approx\\.|about|around|roughly|circa)\\s+)?$");

    /** A zone said once for a whole message: "(times UTC)", "All times in UTC", "Timeline (UTC):", "in UTC", "Review notes, all UTC". */
    private static final Pattern MESSAGE_ZONE = Pattern.compile("(?i)(?:\\b(?:all )?times?(?: are| shown)?(?: in)?\\s*\\(?|\\(\\s*(?:all )?(?:times? )?(?:in )?|\\bin\\s+|(?:^|[,;:(]\\s*)all\\s+)("
            // "horário de Brasília (UTC-3, sem horário de verão)": an offset written after UTC or GMT is part of the zone
            + "(?:UTC|GMT)[+-]\\d{1,2}(?::?\\d{2})?(?![\\d:])|" + Zones.ABBR_REGEX + ")(?![\\p{L}\\d])\\)?");

    /** After a zone's abbreviation written in lower case, a word that makes it an ordinary word ("wet weather"). */
    private static final Pattern LOWER_ZONE_WORD = Pattern.compile("\\s+\\p{L}");

    /** A city's time said once for a whole message: "Review notes (Thursday), Sydney time unless marked.", "all times London time". */
    private static final Pattern MESSAGE_CITY = Pattern.compile("(?i)(?:\\b(?:all )?times?(?: are)?(?: in)?\\s+(" + Zones.CITY_TIME + ")"
            + "|(" + Zones.CITY_TIME + ")\\s+(?:unless (?:marked|noted|stated|said|shown|otherwise\\b)|throughout\\b|for all times\\b))");

    /** A time whose zone is a city's ({@link Zones#CITY_TIME}). */
    private static final Pattern CITY_SAID = Pattern.compile("(?:" + Zones.CITY_TIME + ")$");

    /** "UTC", "GMT" and "Zulu" in any case: a zone even in lower case with a word after it ("all times utc today"). */
    private static final Pattern UNIVERSAL_ZONE = Pattern.compile("(?i)utc|gmt|zulu");

    private TimeMentions() {
    }

    /**
     * The zone a message says once for all its times ("Recap (times UTC)", "Timeline (UTC):", "all times in PT"), or,
     * when it says none that way, the one zone every zoned time in it carries ("16:35 UTC ... 16:36 UTC ... 16:50"):
     * the writer's times without a zone are in it too. Null when it says none, or two different ones.
     */
    public static ZoneId messageZone(String text) {
        if (text == null || text.isEmpty()) return null;
        ZoneId headed = headingZone(text);
        if (headed != null) return headed;
        // (phase 35) "Değerlendirme (14 Mart), Istanbul time.", "Review (Monday 30 September), Polish time.", "Revisión
        // (martes 22 sept), hora CDMX.": a first line with its day in brackets and no clock that ends by naming the
        // writer's zone says the zone of the message whatever the heading's word; when the words name no zone this
        // reader knows, the message is still in the writer's own zone, so another party's times quoted in it with theirs
        // ("(Uploadcare's 10:07-12:19 UTC)") say nothing of it
        int nl = text.indexOf('\n');
        String firstLine = nl < 0 ? text : text.substring(0, nl);
        Matcher own = OWN_ZONE_LINE.matcher(firstLine);
        if (own.find() && find(firstLine).isEmpty()) {
            String phrase = own.group(1).strip();
            ZoneId z = Zones.city(phrase);
            if (z == null) z = Zones.parse(phrase);
            return z;
        }
        ZoneId found = null;
        Matcher m = MESSAGE_ZONE.matcher(text);
        while (m.find()) {
            // "(wet weather, lightning risk)", "(et puis ...)": an abbreviation written in lower case is a zone only when
            // it ends its phrase ("all times utc.", "(in pst)"), not when a word follows it
            if (m.group(1).equals(m.group(1).toLowerCase(Locale.ROOT)) && m.group(1).indexOf('/') < 0
                    && !UNIVERSAL_ZONE.matcher(m.group(1)).matches() && LOWER_ZONE_WORD.matcher(text).region(m.end(1), text.length()).lookingAt()) continue;
            ZoneId z = Zones.parse(m.group(1));
            if (z == null) continue;
            if (found != null && !found.normalized().equals(z.normalized())) return null;
            found = z;
        }
        if (found != null) return found;
        Matcher city = MESSAGE_CITY.matcher(text);
        if (city.find()) {
            ZoneId z = Zones.city(city.group(1) != null ? city.group(1) : city.group(2));
            if (z != null) return z;
        }
        boolean zoned12 = true, bare24 = false;
        // "20:52-22:20 UTC (3:52-5:20 PM Eastern)": times in brackets right after a zoned time convert it to another
        // zone; they are the same moments, not the writer's own clock
        int prevEnd = -1;
        boolean prevZoned = false, converting = false;
        for (TimeMention tm : find(text)) {
            String gap = prevEnd < 0 || prevEnd > tm.start() ? null : text.substring(prevEnd, tm.start());
            boolean zonedBefore = prevZoned;
            prevEnd = tm.end();
            prevZoned = tm.zone() != null;
            converting = gap != null && (converting && gap.indexOf(')') < 0 && gap.length() <= 12
                    || zonedBefore && CONVERSION_OPEN.matcher(gap).matches());
            if (converting) continue;
            if (tm.zone() == null) {
                bare24 |= !tm.meridiem() && !tm.machine();
                continue;
            }
            // "alerte vue à 07:38 heure de Paris" in a recap written in UTC: a city's time is the one exception said
            if (CITY_SAID.matcher(tm.original()).find()) continue;
            if (found != null && !found.normalized().equals(tm.zone().normalized())) return null;
            found = tm.zone();
            zoned12 &= tm.meridiem();
        }
        // "News: most restored by about 8:15 p.m. EDT. For our centre: first failed call 18:04": zoned times on a
        // 12-hour clock next to the writer's own on a 24-hour clock are someone else's, quoted; they say nothing of
        // the zone of the writer's own
        if (found != null && zoned12 && bare24) return null;
        return found;
    }

    /**
     * "Post-incident review (Tuesday 29th), Central time.", "Review (Monday 23rd), Darwin time.": a recap's heading line
     * (no clock of its own) that ends by naming the writer's zone names the zone of the whole message; another party's
     * times quoted in it with their own zone ("(ElevenLabs' 12:40-16:40 UTC)", "That is CL's 6:45 to 8:55 AM UTC") keep
     * theirs and say nothing of the writer's.
     */
    private static final Pattern HEADING_ZONE = Pattern.compile("(?iu)^[^\\n]{0,120}?(?:[,;.:]|\\))\\s*(?:(" + Zones.CITY_TIME
            + ")|((?:eastern|central|mountain|pacific)(?:\\s+(?:daylight\\s+|standard\\s+)?time)?))(?![\\p{L}])\\s*"
            // "(CST)", "(UTC-3)", "(UTC-3, sem horário de verão)", "(MST, UTC-7 all year)": the zone's abbreviation or offset
            + "(?:\\((?:[A-Z]{3,5}|(?:UTC|GMT)[+-]\\d{1,2}(?::?\\d{2})?)(?:[,;][^()\\n\\d]{0,40}(?:(?:UTC|GMT)[+-]\\d{1,2}[^()\\n\\d]{0,20})?)?\\))?"
            + "(?:,?\\s+(?:unless|except|salvo|sauf|außer|tenzij)\\b[^\\n]{0,30}?)?\\s*[.:]?\\s*$");

    static ZoneId headingZone(String text) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        // (phase 34) "Retro (Eastern):", "Review (Warsaw time)": a recap headed with its zone alone in brackets, no weekday;
        // its times are in that zone, also when a vendor's times quoted in it carry another ("11:59 PDT")
        Matcher bare = ZONE_ONLY_HEADING.matcher(first);
        if (bare.find()) return bare.group(1) != null ? Zones.city(bare.group(1)) : Zones.parse(bare.group(2));
        if (first.length() > 160) return null;
        Matcher head = HEADING.matcher(first);
        if (!head.find()) return null;
        // (phase 34) "Review (Wednesday 24 June, Warsaw time):", "(Thursday 6 Feb, Madrid time, CET)": the zone said inside
        // the heading's bracket, after its day
        Matcher inside = HEADING_BRACKET_ZONE.matcher(head.group());
        if (inside.find()) {
            ZoneId z = inside.group(1) != null ? Zones.city(inside.group(1)) : Zones.parse(inside.group(2));
            if (z != null) return z;
        }
        Matcher h = HEADING_ZONE.matcher(first);
        if (!h.find() || !find(first).isEmpty()) return null;
        return h.group(1) != null ? Zones.city(h.group(1)) : Zones.parse(h.group(2));
    }

    /**
     * A short first line with a day or date in brackets that ends by naming a zone: ", Istanbul time.", ", hora CDMX.",
     * ", Polish time.", ", KST." (group 1: the zone's words).
     */
    private static final Pattern OWN_ZONE_LINE = Pattern.compile("(?iu)^\\W*[\\p{L}][^\\n()]{0,60}\\([^()\\n]{2,40}\\)\\s*,\\s*("
            + Zones.CITY_TIME + "|(?:hora|horário|horario|heure|czas|saat|waktu|tid|čas|zeit|ora)\\s+[\\p{L}]{2,20}(?:\\s[\\p{L}]{2,20})?"
            + "|[\\p{L}]{3,20}(?:\\s[\\p{L}]{2,20})?\\s+(?:local\\s+)?time|(?-i:[A-Z]{3,5}))\\s*[.:]?\\s*$");

    /** A zone after the day inside a heading's bracket: ", Warsaw time)", ", Madrid time, CET)", ", UTC)". */
    private static final Pattern HEADING_BRACKET_ZONE = Pattern.compile("(?iu),\\s*(?:(" + Zones.CITY_TIME + ")|(" + Zones.ABBR_REGEX
            + "|(?:eastern|central|mountain|pacific)(?:\\s+(?:daylight\\s+|standard\\s+)?time)?))(?![\\p{L}])");

    /** A recap's first line that names only its zone in brackets: "Retro (Eastern):", "Review notes (Sydney time)". */
    private static final Pattern ZONE_ONLY_HEADING = Pattern.compile("(?iu)^\\W*(?:[\\p{L}-]+ ){0,2}?(?:(?:incident |post-?incident )?review|retro(?:spective)?|debrief|recap"
            + "|summary|write-?up|post-?mortem|notes|retrospectiva|revisão|revisión|resumen|resumo|evaluatie|terugblik|nachbesprechung|bilan)(?: notes)?"
            + "\\s*\\(\\s*(?:(" + Zones.CITY_TIME + ")|((?:eastern|central|mountain|pacific)(?:\\s+(?:daylight\\s+|standard\\s+)?time)?))\\s*\\)\\s*[.:]?\\s*$");

    /** What opens a conversion of the time before it: " (", " UTC (", " / ". */
    private static final Pattern CONVERSION_OPEN = Pattern.compile("(?i)\\s*(?:[a-z]{2,5}\\s*)?(?:\\(|/|=)\\s*(?:=\\s*)?");

    /** How long before a comment was written a time it reports live can be ("recovered at 18:45", written at 18:52). */
    private static final Duration LIVE_WINDOW = Duration.ofHours(2);
    /** A live update's latest time is this close to its writing ("paged at 17:32, called it at 17:41", written at 17:45). */
    private static final Duration LIVE_LATEST = Duration.ofMinutes(20);
    /** ... and read in the wrong zone, its latest time is at least this far from it. */
    private static final Duration LIVE_FAR = Duration.ofMinutes(45);
    /** A time this little after the writing is still "now" (clocks differ). */
    private static final Duration LIVE_SLACK = Duration.ofMinutes(10);

    /**
     * "All paid services recovered at 18:45", written at 18:52 UTC by someone whose profile zone is Los Angeles: read in
     * that zone the time is hours away from the moment of writing (17 hours before, or 7 after), read in UTC it is what
     * just happened. A message whose times carry no zone and no day is in UTC when, read in UTC, all of them fall in the
     * two hours before its writing, and read in the assumed zone none does; or when both readings put them there but
     * only UTC puts the latest within minutes of the writing (the assumed zone at least three quarters of an hour before
     * it). Null when neither is so, when the assumed zone is UTC, or when a time carries a zone, a day or am/pm (people
     * who write UTC write a 24-hour clock: "since 9:22pm" is the writer's own local time).
     */
    public static ZoneId liveInUtc(List<TimeMention> times, Instant written, ZoneId assumed) {
        if (written == null || assumed == null || assumed.normalized().equals(ZoneOffset.UTC)) return null;
        Instant latestUtc = null, latestAssumed = null;
        boolean assumedFar = true;
        for (TimeMention tm : times) {
            if (tm.instant() != null || tm.zone() != null) continue;
            if (tm.date() != null || tm.monthDay() != null || tm.explicitDay()) return null;
            // "running again since 9:22pm": a 12-hour clock is a local habit; UTC is written on a 24-hour clock
            if (tm.meridiem()) return null;
            Instant utc = resolve(tm, written, ZoneOffset.UTC);
            if (!justBefore(utc, written)) return null;
            if (latestUtc == null || utc.isAfter(latestUtc)) latestUtc = utc;
            Instant inAssumed = resolve(tm, written, assumed);
            if (inAssumed == null) return null;
            if (justBefore(inAssumed, written)) assumedFar = false;
            if (inAssumed.isAfter(written.plus(LIVE_SLACK))) continue; // after the writing: not a live report in that zone
            if (latestAssumed == null || inAssumed.isAfter(latestAssumed)) latestAssumed = inAssumed;
        }
        if (latestUtc == null) return null;
        boolean tighter = !latestUtc.isBefore(written.minus(LIVE_LATEST)) && (latestAssumed == null || latestAssumed.isBefore(written.minus(LIVE_FAR)));
        return assumedFar || tighter ? ZoneOffset.UTC : null;
    }

    private static boolean justBefore(Instant at, Instant written) {
        return at != null && !at.isBefore(written.minus(LIVE_WINDOW)) && !at.isAfter(written.plus(LIVE_SLACK));
    }

    /**
     * The text with the spaces and the minus sign typesetting and recent locales put into times made plain, one character
     * for one so positions stay: a no-break space (web and mail copies), the narrow no-break space macOS, iOS and CLDR 42
     * and later print before AM/PM ("9:05\u202FPM"), figure and thin spaces, and the minus sign of "UTC\u22125". Read as
     * written, "9:05\u202FPM" was a morning time.
     */
    public static String plain(String text) {
        if (text == null) return null;
        char[] c = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            char r = ch == '\u00A0' || ch == '\u202F' || ch == '\u2007' || ch == '\u2009' || ch == '\u200A' ? ' ' : ch == '\u2212' ? '-' : ch;
            if (r == ch) continue;
            if (c == null) c = text.toCharArray();
            c[i] = r;
        }
        return c == null ? text : new String(c);
    }

    /** A machine's epoch seconds written at [start, end) as {@code original}: a UTC time to the minute, with its day. */
    private static TimeMention epoch(int start, int end, String original, String seconds) {
        Instant inst = Instant.ofEpochSecond(Long.parseLong(seconds));
        ZonedDateTime utc = inst.atZone(ZoneOffset.UTC);
        return new TimeMention(start, end, original, utc.toLocalTime().withSecond(0).withNano(0), utc.toLocalDate(), ZoneOffset.UTC,
                0, true, true, true, inst);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /** All times written in the text, in order of appearance. */
    public static List<TimeMention> find(String text) {
        List<TimeMention> out = new ArrayList<>();
        if (text == null || text.isEmpty() || !hasDigit(text)) return out; // every form below needs an ASCII digit
        text = plain(text);
        List<int[]> taken = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                int h = Integer.parseInt(m.group(4)), mi = Integer.parseInt(m.group(5));
                if (h > 23 || mi > 59) continue;
                if (d.getYear() < FIRST_YEAR || d.equals(LocalDate.EPOCH) && h == 0 && mi == 0) {
                    // "endsAt": "0001-01-01T00:00:00Z" (an alert still firing), "1970-01-01T00:00:00Z": a zero value, no time
                    taken.add(new int[]{m.start(), m.end()});
                    continue;
                }
                LocalTime t = LocalTime.of(h, mi);
                String zs = m.group(7) != null ? m.group(7) : m.group(8);
                int end = m.end();
                // "2026-03-01 09:00-10:00 maintenance": after a clock without seconds, written with a space, a dash and
                // a clock are a range's second end, not an offset; and an hour-only offset comes only after seconds
                boolean range = m.group(7) != null && m.group(6) == null && zs.startsWith("-") && text.charAt(m.start(4) - 1) != 'T';
                if (range || m.group(7) != null && m.group(6) == null && zs.length() == 3) {
                    zs = null;
                    end = m.end(5);
                }
                ZoneId z = zs == null ? null : Zones.parse(zs.equals("Z") ? "UTC" : zs);
                Instant inst = z == null ? null : ZonedDateTime.of(d, t, z).toInstant();
                boolean machine = m.group(6) != null && zs != null && m.group(7) != null;
                out.add(new TimeMention(m.start(), end, text.substring(m.start(), end).trim(), t, d, z, 0, true, true, machine, inst));
                taken.add(new int[]{m.start(), end});
            } catch (DateTimeException | NumberFormatException e) {
                // not a date after all
            }
        }
        m = EPOCH_LINE.matcher(text);
        while (m.find()) {
            out.add(epoch(m.start(), m.end(), m.group(), m.group(1)));
            taken.add(new int[]{m.start(), m.end()});
        }
        m = EPOCH_FIELD.matcher(text);
        while (m.find()) {
            out.add(epoch(m.start(1), m.end(), m.group().substring(m.start(1) - m.start()), m.group(1)));
            taken.add(new int[]{m.start(), m.end()});
        }
        m = ISO_BASIC.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) continue;
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                int h = Integer.parseInt(m.group(4)), mi = Integer.parseInt(m.group(5));
                if (h > 23 || mi > 59 || d.getYear() < FIRST_YEAR) continue;
                LocalTime t = LocalTime.of(h, mi);
                ZoneId z = Zones.parse(m.group(7).equals("Z") ? "UTC" : m.group(7));
                if (z == null) continue;
                out.add(new TimeMention(m.start(), m.end(), m.group(), t, d, z, 0, true, true, m.group(6) != null, ZonedDateTime.of(d, t, z).toInstant()));
                taken.add(new int[]{m.start(), m.end()});
            } catch (DateTimeException | NumberFormatException e) {
                // not a date after all
            }
        }
        m = CLF.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) continue;
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
                int h = Integer.parseInt(m.group(4)), mi = Integer.parseInt(m.group(5));
                if (h > 23 || mi > 59) continue;
                LocalTime t = LocalTime.of(h, mi);
                ZoneId z = m.group(7) == null ? null : Zones.parse(m.group(7));
                Instant inst = z == null ? null : ZonedDateTime.of(d, t, z).toInstant();
                out.add(new TimeMention(m.start(), m.end(), m.group(), t, d, z, 0, true, true, inst != null && m.group(6) != null, inst));
                taken.add(new int[]{m.start(), m.end()});
            } catch (DateTimeException | NumberFormatException e) {
                // not a date after all
            }
        }
        m = CLOCK.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) continue;
            String minutes = m.group(4), mer = m.group(6), zone = m.group(7);
            if (minutes == null && mer == null) continue; // "3" alone is not a time
            int h = Integer.parseInt(m.group(3));
            int mi = minutes == null ? 0 : Integer.parseInt(minutes);
            if (mi > 59) continue;
            if (mer != null && h == 0 && minutes != null && m.group(3).length() == 2 && mer.toLowerCase(Locale.ROOT).startsWith("a")) {
                mer = null; // "00:23am": a 24-hour time with a needless "am"
            } else if (mer != null) {
                if (h < 1 || h > 12) continue;
                boolean pm = mer.toLowerCase(Locale.ROOT).startsWith("p");
                h = h % 12 + (pm ? 12 : 0);
            } else if (h > 23) continue;
            if (minutes != null && m.group(3).length() == 1 && mer == null && zone == null && looksLikeScore(text, m.end()))
                continue;
            String day = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
            int dayOffset = day != null && day.startsWith("yesterday") ? -1 : 0;
            // "14:05 +1200 errors": four digits with a sign after a clock without seconds may be a count; an offset
            // without a colon is read only after seconds, as machines print it ("14:05:09 -0600")
            if (zone != null && zone.matches("[+-]\\d{4}") && m.group(5) == null) zone = null;
            ZoneId z = zone == null ? null : Zones.parse(zone);
            int start = m.group(1) != null ? m.start(1) : m.group(2) != null ? m.start(2) : m.start(3);
            String original = text.substring(start, m.end()).trim();
            LocalDate date = null;
            MonthDay monthDay = null;
            if (day == null) {
                Matcher d = DATE_BEFORE.matcher(text.substring(Math.max(0, start - 48), start));
                boolean hit = d.find();
                if (!hit) {
                    d = DATE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
                    hit = d.find();
                }
                Object written = hit ? writtenDate(d) : cjkDate(text.substring(Math.max(0, start - 24), start));
                if (written instanceof LocalDate ld) date = ld;
                else if (written instanceof MonthDay md) monthDay = md;
            }
            DayOfWeek weekday = day == null && date == null && monthDay == null ? weekdayNear(text, start, m.end()) : null;
            out.add(new TimeMention(start, m.end(), original, LocalTime.of(h, mi), date, z, dayOffset, day != null || date != null,
                    mer != null, false, null, monthDay, weekday));
        }
        m = OTHER_CLOCK.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) continue;
            int h = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5));
            int mi = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(6));
            if (h > 23 || mi > 59) continue;
            String zone = m.group(7);
            ZoneId z = zone == null ? null : Zones.parse(zone);
            // "a repris jeudi à 18h00", "vers 22h00 mercredi": a weekday next to it dates it
            out.add(new TimeMention(m.start(), m.end(), m.group().trim(), LocalTime.of(h, mi), null, z, 0, false, false, false, null, null,
                    weekdayNear(text, m.start(), m.end())));
        }
        colonless(text, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        // "Riders were stuck from 5:58 until 6:37 PM", "(3:52-5:20 PM Eastern)": a range's first end without am/pm takes the
        // second's pm when that keeps it before the second ("from 8:30 until 4:15 PM" is the morning's 8:30; "05:58" is a
        // 24-hour clock)
        for (int i = 0; i + 1 < out.size(); i++) {
            TimeMention a = out.get(i), b = out.get(i + 1);
            if (a.meridiem() || a.machine() || a.instant() != null || !b.meridiem() || b.time().getHour() < 12) continue;
            int h = a.time().getHour();
            if (h < 1 || h > 11 || LEADING_ZERO.matcher(a.original()).lookingAt() || a.time().plusHours(12).isAfter(b.time())) continue;
            if (!RANGE_GAP.matcher(text.substring(a.end(), b.start())).matches()) continue;
            out.set(i, new TimeMention(a.start(), a.end(), a.original(), a.time().plusHours(12), a.date(), a.zone(), a.dayOffset(),
                    a.explicitDay(), true, false, null, a.monthDay(), a.weekday()));
        }
        // "03:46 to 04:33 US/Pacific", "(11:46-12:33 UTC)", "between 07:05 UTC and 12:43 UTC on 25 January 2023": the zone
        // and the day written after a range's second end are the first end's too
        for (int i = out.size() - 2; i >= 0; i--) {
            TimeMention a = out.get(i), b = out.get(i + 1);
            if (a.instant() != null || b.instant() != null) continue;
            boolean zone = a.zone() == null && b.zone() != null;
            boolean day = a.date() == null && a.monthDay() == null && a.weekday() == null && !a.explicitDay()
                    && (b.date() != null || b.monthDay() != null || b.weekday() != null)
                    && (b.date() != null || !a.time().isAfter(b.time()));
            if (!zone && !day || !RANGE_GAP.matcher(text.substring(a.end(), b.start())).matches()) continue;
            ZoneId z = zone ? b.zone() : a.zone();
            LocalDate d = day ? b.date() : a.date();
            if (day && d != null && a.time().isAfter(b.time())) d = d.minusDays(1); // "from 23:10 until 00:40 on 16 March" began the 15th
            out.set(i, new TimeMention(a.start(), a.end(), a.original(), a.time(), d, z, a.dayOffset(), a.explicitDay() || d != null,
                    a.meridiem(), a.machine(), d == null || z == null ? null : ZonedDateTime.of(d, a.time(), z).toInstant(),
                    day ? b.monthDay() : a.monthDay(), day ? b.weekday() : a.weekday()));
        }
        // "On 08 April 2020 from 6:48 to 7:42 US/Pacific": the day written before a range's first end is its second's too
        // (a second end earlier in the day than the first is the next day's)
        for (int i = 0; i + 1 < out.size(); i++) {
            TimeMention a = out.get(i), b = out.get(i + 1);
            if (a.date() == null || b.instant() != null || b.date() != null || b.monthDay() != null || b.explicitDay()) continue;
            if (!RANGE_GAP.matcher(text.substring(a.end(), b.start())).matches()) continue;
            LocalDate d = b.time().isBefore(a.time()) ? a.date().plusDays(1) : a.date();
            out.set(i + 1, new TimeMention(b.start(), b.end(), b.original(), b.time(), d, b.zone(), b.dayOffset(), true,
                    b.meridiem(), b.machine(), b.zone() == null ? null : ZonedDateTime.of(d, b.time(), b.zone()).toInstant(), null));
        }
        return out;
    }

    /** The weekday written right after a time (or right before it), when no date is: null when none. */
    private static DayOfWeek weekdayNear(String text, int start, int end) {
        Matcher w = WEEKDAY_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 24)));
        if (w.find()) return weekday(w.group(1));
        w = WEEKDAY_BEFORE.matcher(text.substring(Math.max(0, start - 32), start));
        return w.find() ? weekday(w.group(1)) : null;
    }

    private static DayOfWeek weekday(String name) {
        String l = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < FOREIGN_DAYS.length; i++)
            for (String d : FOREIGN_DAYS[i]) if (l.equals(d)) return DayOfWeek.of(i + 1);
        return switch (l.substring(0, 3)) {
            case "mon" -> DayOfWeek.MONDAY; case "tue" -> DayOfWeek.TUESDAY; case "wed" -> DayOfWeek.WEDNESDAY;
            case "thu" -> DayOfWeek.THURSDAY; case "fri" -> DayOfWeek.FRIDAY; case "sat" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    /** "12:26 local", "21:15 LT", "09:40 local time": a time the writer says is in the local zone, whatever zone the rest of the text names. */
    private static final Pattern SAID_LOCAL = Pattern.compile("^\\s*(?:(?i:local)(?:\\s+(?i:time))?|LT)(?![\\p{L}\\d])"
            // "first failed ARM call at 18:47 UTC in the pipeline log (2:47 PM here)": the writer's own clock
            + "|^\\s*(?i:here)\\s*(?=[),;]|$)");

    /**
     * Whether the words right after a time say it is local time ("the system failed at 12:26 local, 10:26 UTC", "the
     * last delays until 21:15 LT"): such a time is read in the writer's or the incident's own zone, not in the zone the
     * message's other times carry ("12:26 locally" or "LTE" are no zone).
     */
    public static boolean saidLocal(String text, TimeMention m) {
        if (text == null || m == null || m.zone() != null || m.instant() != null) return false;
        return SAID_LOCAL.matcher(text.substring(Math.min(text.length(), m.end()))).find();
    }

    /** Words that date a message from the day it was written. */
    private static final Pattern OWN_DAY = Pattern.compile("(?i)\\b(?:today|tonight|yesterday|last night|this (?:morning|afternoon|evening))\\b");

    /**
     * Whether a message dates its times from its own writing: a sentence with a time and "today", "tonight",
     * "yesterday", "this morning" ("back online at 2:30pm today", "same thing tonight ... between 19:22 and 20:14").
     * A write-up posted days later that says so is about its own day, not the incident's; "published today" in a
     * sentence without a time does not count.
     */
    public static boolean datesItself(String text) {
        return datesItself(text, false);
    }

    /**
     * {@link #datesItself(String)}, and when {@code besidesPublishing}, not for a sentence that only dates the write-up's
     * own publishing ("Our post-mortem went on the status page at 17:57 UTC today. For our records: Window: 20:52-22:20
     * UTC"): the key times of such a recap are the incident's (the timeline keeps the message whole, so the publishing's
     * own row stays on its day).
     */
    public static boolean datesItself(String text, boolean besidesPublishing) {
        if (text == null) return false;
        for (String sentence : text.split("(?<=[.!?])\\s+|\n")) {
            // "Review published today: the incident began at 3:30am on 1 March": "today" dates the publishing, not the times
            String own = PUBLISHED_TODAY.matcher(sentence).replaceAll(" ");
            // "Our post-mortem went on the status page at 17:57 UTC today.": the sentence dates the write-up's publishing
            if (besidesPublishing && WRITE_UP_PUBLISHED.matcher(own).find()) continue;
            if (OWN_DAY.matcher(own).find() && !find(sentence).isEmpty()) return true;
        }
        return false;
    }

    /** {@link #WEEKDAY_HEADING} compiled once, case-insensitive; the key-time reader's hindsight check uses it too. */
    public static final Pattern HEADING = Pattern.compile(WEEKDAY_HEADING, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether {@code at} lies inside the weekday heading a recap opens with ({@link #WEEKDAY_HEADING}). */
    static boolean inHeading(String text, int at) {
        if (at > 80 || text.indexOf('(') < 0) return false;
        Matcher h = HEADING.matcher(text);
        return h.find() && at < h.end();
    }

    /** A write-up's own publishing said with "today": "report published today", "review out today", "sent today". */
    private static final Pattern PUBLISHED_TODAY = Pattern.compile("(?i)\\b(?:published|posted|released|issued|sent|filed|out|finali[sz]ed|signed off|circulated)\\s+today\\b");

    /**
     * A sentence whose subject is a write-up being published: "Our post-mortem went on the status page at 17:57 UTC
     * today", "the customer summary was sent at 16:00 today". Its time and its "today" are the publishing's.
     */
    private static final Pattern WRITE_UP_PUBLISHED = Pattern.compile("(?i)^\\W*(?:(?:our|the|a|their)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:post-?mortem|postmortem|"
            + "rca|pir|report|write-?up|summary|review|notice|statement|blog post)\\s+(?:was\\s+|were\\s+|has\\s+been\\s+|got\\s+)?(?:published|posted|"
            + "released|issued|sent|filed|circulated|finali[sz]ed|went (?:out|up|live|on)|came out)\\b");

    /** Right before a day: the document it dates ("RCA of 31 May", "their post-mortem dated 3 June", "statement issued on"). */
    private static final Pattern DOCUMENT_DATED = Pattern.compile("(?i)\\b(?:rca|pir|report|write-?up|post-?mortem|postmortem|post|statement|notice|"
            + "bulletin|press release|analysis|letter|e-?mail|blog)(?:\\s+(?:(?:was\\s+)?(?:published|issued|released|sent|dated|posted)\\s+(?:on\\s+)?|of\\s+|dated\\s+|from\\s+)"
            // "LTA's report (28 Oct): at 6:58pm ...": the day in brackets right after the document's name
            + "|\\s*\\(\\s*)(?:the\\s+)?$");

    /** A day written alone: "On Monday, 20th July,", "on 9 Aug 2016", "March 16". */
    private static final Pattern DAY_ALONE = Pattern.compile("(?i)(?<![\\p{L}\\d/.-])" + WEEKDAY + "(?:the\\s+)?" + DATE + "(?![\\p{L}\\d:/])");

    private static final Pattern DAY_SPAN = Pattern.compile("(?i)\\d{1,2}(?:st|nd|rd|th)?\\s*(?:->|→|-|–|—|to|and|&)\\s*$");
    private static final Pattern DAY_SPAN_AFTER = Pattern.compile("(?i)\\s*(?:->|→|-|–|—|to|and|&|until|till)\\s*(?:the\\s+)?\\d{1,2}(?![\\d:])");

    /**
     * The day written in a text that has no time ("On Monday, 20th July, the servers were not available"), in the year
     * written or the one nearest {@code near}; null when none, when it names two different days or a span of days.
     */
    public static LocalDate dayWritten(String text, LocalDate near) {
        if (text == null || !hasDigit(text)) return null;
        Matcher m = DAY_ALONE.matcher(text);
        LocalDate found = null;
        while (m.find()) {
            // "(UTC, 25 -> 26 Nov)", "9-10 March": a span of days names no one day
            if (DAY_SPAN.matcher(text.substring(0, m.start())).find() || DAY_SPAN_AFTER.matcher(text.substring(m.end())).lookingAt()) return null;
            // "Review notes, after SentinelOne's RCA of 31 May. ... Initial failure at 13:37 UTC": the day a document is
            // dated is when it was written, not the day of the times after it
            if (DOCUMENT_DATED.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) continue;
            // "Post-incident notes (Friday 12 April), Melbourne time.": the day in a recap's heading is the day it is
            // written on, not the day of the times after it
            if (inHeading(text, m.start())) continue;
            Object d = writtenDate(m);
            LocalDate day = d instanceof LocalDate ld ? ld : d instanceof MonthDay md && near != null ? nearestYear(md, near) : null;
            if (day == null) continue;
            // "titled December 8th but this all happened on 9 Dec": two days, and the text says which is not the one
            if (found != null && !found.equals(day)) return null;
            found = day;
        }
        return found;
    }

    /** Four digits that may be a 24-hour time written without a colon ("1520"), with "hrs"/"h" or a zone after it. */
    private static final Pattern COLONLESS = Pattern.compile("(?<![\\d:.,/\\p{L}#@$=+])([01]\\d|2[0-3])([0-5]\\d)(?![\\d.,]\\d)"
            + "(\\s?(?:hrs|hr|h)(?![\\p{L}\\d]))?" + ZONE + "(?![\\p{L}\\d%])");
    /** What opens a range of colonless times: "between 1520 and 1625", "from 2310 to 0040". */
    private static final Pattern RANGE_OPEN = Pattern.compile("(?i)\\b(?:between|from)\\s+$");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    /**
     * Times written without a colon, as duty logs, military and aviation style and some write-ups do: "1839Z",
     * "1520 UTC", "0945hrs", "between 1520 and 1625 (all times in UTC)", "1520-1625Z". Four digits alone are far more
     * often a count, a year or a code, so they count only with a zone or "hrs" written after them, or as both ends of a
     * range ("between ... and", "from ... to", a dash) whose zone is written (after it, or once for the message), and
     * not when both ends read as years ("between 2019 and 2020").
     */
    private static void colonless(String text, List<TimeMention> out) {
        List<int[]> spans = new ArrayList<>(); // start, end, hour, minute, "hrs" written, zone start, zone end
        Matcher m = COLONLESS.matcher(text);
        while (m.find()) {
            boolean clash = false;
            for (TimeMention t : out) if (m.start() < t.end() && m.end() > t.start()) clash = true;
            if (clash) continue;
            spans.add(new int[]{m.start(), m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) != null ? 1 : 0, m.start(4), m.end(4)});
        }
        boolean messageZone = MESSAGE_ZONE.matcher(text).find();
        boolean[] keep = new boolean[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            int[] a = spans.get(i);
            if (a[4] == 1 || a[5] >= 0) keep[i] = true; // "0945hrs", "1839Z", "1520 UTC"
            if (i + 1 >= spans.size()) continue;
            int[] b = spans.get(i + 1);
            String gap = text.substring(a[1], b[0]);
            boolean dash = gap.strip().matches("-{1,2}|–|—");
            if (!RANGE_GAP.matcher(gap).matches() || !dash && !RANGE_OPEN.matcher(text.substring(Math.max(0, a[0] - 12), a[0])).find()) continue;
            if (YEAR.matcher(text.substring(a[0], a[0] + 4)).matches() && YEAR.matcher(text.substring(b[0], b[0] + 4)).matches()) continue;
            if (b[5] < 0 && a[5] < 0 && !messageZone) continue;
            keep[i] = true;
            keep[i + 1] = true;
        }
        for (int i = 0; i < spans.size(); i++) {
            if (!keep[i]) continue;
            int[] a = spans.get(i);
            ZoneId z = a[5] >= 0 ? Zones.parse(text.substring(a[5], a[6])) : null;
            out.add(new TimeMention(a[0], a[1], text.substring(a[0], a[1]).trim(), LocalTime.of(a[2], a[3]), null, z, 0, false,
                    false, false, null, null));
        }
    }

    /** Between the two ends of a range: "to", "until", "-", "–", an arrow, "and" (after "between"), with an optional zone after the first. */
    private static final Pattern RANGE_GAP = Pattern.compile("(?i)\\s*(?:-{1,2}|–|—|->|→|=>|⟶|to|until|till|through|thru|and)\\s*(?:~|about|around|approx\\.?|approximately|roughly)?\\s*");

    /**
     * A day written the Chinese, Japanese or Korean way right before a time: "2019年8月23日 12:36", "8月23日(金) 12:36",
     * "2022년 10월 15일 15:19", "10月15号 09:30".
     */
    private static final Pattern CJK_DATE_BEFORE = Pattern.compile("(?:(\\d{4})\\s?[年년]\\s?)?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일号號]"
            + "\\s?(?:[(（][^)）]{1,3}[)）]|[月火水木金土日]曜日?|[월화수목금토일]요일)?\\s*$");

    /** The day {@link #CJK_DATE_BEFORE} wrote before a time: a LocalDate with its year, a MonthDay without, else null. */
    private static Object cjkDate(String before) {
        Matcher d = CJK_DATE_BEFORE.matcher(before);
        if (!d.find()) return null;
        try {
            MonthDay md = MonthDay.of(Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
            return d.group(1) == null ? md : md.atYear(Integer.parseInt(d.group(1)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The day a {@link #DATE_BEFORE}/{@link #DATE_AFTER} match wrote: a LocalDate with its year, a MonthDay without. */
    private static Object writtenDate(Matcher d) {
        try {
            if (d.group(1) != null)
                return LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
            String mon = d.group(5) != null ? d.group(5) : d.group(7);
            String dom = d.group(4) != null ? d.group(4) : d.group(8);
            String year = d.group(6) != null ? d.group(6) : d.group(9);
            MonthDay md = MonthDay.of(month(mon), Integer.parseInt(dom));
            return year == null ? md : md.atYear(year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int month(String mon) {
        return switch (mon.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; default -> 12;
        };
    }

    /** The year that puts a day without one closest to the anchor (the earlier year on a tie; 29 February only in a leap year). */
    public static LocalDate nearestYear(MonthDay md, LocalDate anchor) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            if (!md.isValidYear(y)) continue;
            LocalDate c = md.atYear(y);
            if (best == null || Math.abs(c.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay())) best = c;
        }
        return best == null ? md.atYear(anchor.getYear()) : best;
    }

    private static final Pattern ORDINAL_DAY_AFTER = Pattern.compile("(?i)^\\s*(?:\\([^)]{0,20}\\)\\s*)?,?\\s*(?:on\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))");

    /**
     * "on the 12th", "the 3rd" written in {@code clause} right after the time {@code m} (perhaps after its zone): the
     * day of the month, else null. "the 12th of March" is a date, not this.
     */
    public static Integer ordinalDayAfter(String clause, TimeMention m) {
        if (m.end() > clause.length()) return null;
        Matcher d = ORDINAL_DAY_AFTER.matcher(clause.substring(m.end()));
        if (!d.find()) return null;
        int day = Integer.parseInt(d.group(1));
        return day >= 1 && day <= 31 ? day : null;
    }

    /** The same wall-clock time on the nearest day with that day of the month (this month, the one before or after). */
    public static Instant onDayOfMonth(Instant a, int day, ZoneId zone) {
        ZonedDateTime z = a.atZone(zone);
        Instant best = a;
        long bestGap = Long.MAX_VALUE;
        for (int dm = -1; dm <= 1; dm++) {
            YearMonth ym = YearMonth.from(z).plusMonths(dm);
            if (day > ym.lengthOfMonth()) continue;
            Instant c = ym.atDay(day).atTime(z.toLocalTime()).atZone(zone).toInstant();
            long gap = Duration.between(c, a).abs().toMinutes();
            if (gap < bestGap) { bestGap = gap; best = c; }
        }
        return best;
    }

    private static boolean looksLikeScore(String text, int end) {
        return end < text.length() && text.charAt(end) == ':';
    }

    private static boolean overlaps(List<int[]> taken, int s, int e) {
        for (int[] r : taken) if (s < r[1] && e > r[0]) return true;
        return false;
    }

    /**
     * Resolves a mention to an instant.
     *
     * @param anchor   when the message was written (its posting time); the written time is placed on the day that
     *                 puts it closest to the anchor (a stated 23:50 in a message posted 00:05 is the previous day)
     * @param fallback the zone to read it in when none was written (null: unresolvable, returns null)
     */
    public static Instant resolve(TimeMention m, Instant anchor, ZoneId fallback) {
        if (m.instant() != null) return m.instant();
        ZoneId zone = m.zone() != null ? m.zone() : fallback;
        if (zone == null) return null;
        if (m.date() != null) return ZonedDateTime.of(m.date(), m.time(), zone).toInstant();
        if (anchor == null) return null;
        if (m.monthDay() != null)
            return ZonedDateTime.of(nearestYear(m.monthDay(), anchor.atZone(zone).toLocalDate()), m.time(), zone).toInstant();
        LocalDate base = anchor.atZone(zone).toLocalDate();
        // "04:10 Fri": the day of that name nearest the anchor (a recap written on Monday about Saturday is anchored on Saturday)
        if (m.weekday() != null && !m.explicitDay()) {
            int diff = m.weekday().getValue() - base.getDayOfWeek().getValue();
            if (diff > 3) diff -= 7;
            if (diff < -3) diff += 7;
            return ZonedDateTime.of(base.plusDays(diff), m.time(), zone).toInstant();
        }
        if (m.explicitDay()) return ZonedDateTime.of(base.plusDays(m.dayOffset()), m.time(), zone).toInstant();
        Instant best = closest(base, m.time(), zone, anchor);
        // "10:52" in a message posted at 22:55 probably means 22:52: try the pm reading when am is far away
        // and "12:48" in one posted at 00:55 means 00:48 (a 12-hour clock's half past midnight), not noon
        if (!m.meridiem() && m.time().getHour() >= 1 && m.time().getHour() <= 12 && !LEADING_ZERO.matcher(m.original()).lookingAt()) {
            Instant pm = closest(base, m.time().plusHours(12), zone, anchor);
            long dAm = Math.abs(best.getEpochSecond() - anchor.getEpochSecond());
            long dPm = Math.abs(pm.getEpochSecond() - anchor.getEpochSecond());
            // (12:xx only when half past midnight has already come: "crashes between 12:22 and 13:14 UTC" written at 23:30 is noon's)
            if (dAm > 6 * 3600 && dPm < 3 * 3600 && (m.time().getHour() != 12 || !pm.isAfter(anchor.plusSeconds(300)))) best = pm;
        }
        return best;
    }

    /**
     * Resolves a mention that follows {@code previous} in a written sequence (a recap, a pasted timeline): the
     * earliest reading not more than an hour before the previous line, so a recap crossing midnight moves forward.
     */
    public static Instant resolveAfter(TimeMention m, Instant previous, ZoneId fallback) {
        if (m.instant() != null || m.date() != null || m.monthDay() != null || m.weekday() != null || m.explicitDay() || previous == null)
            return resolve(m, previous, fallback);
        ZoneId zone = m.zone() != null ? m.zone() : fallback;
        if (zone == null) return null;
        LocalDate base = previous.atZone(zone).toLocalDate();
        Instant floor = previous.minusSeconds(3600);
        for (int d = -1; d <= 2; d++) {
            Instant c = ZonedDateTime.of(base.plusDays(d), m.time(), zone).toInstant();
            if (!c.isBefore(floor)) return c;
        }
        return resolve(m, previous, fallback);
    }

    private static Instant closest(LocalDate base, LocalTime t, ZoneId zone, Instant anchor) {
        Instant best = null;
        long bestD = Long.MAX_VALUE;
        for (int d = -1; d <= 1; d++) {
            Instant c = ZonedDateTime.of(base.plusDays(d), t, zone).toInstant();
            long dist = Math.abs(c.getEpochSecond() - anchor.getEpochSecond());
            if (dist < bestD) {
                bestD = dist;
                best = c;
            }
        }
        return best;
    }
}

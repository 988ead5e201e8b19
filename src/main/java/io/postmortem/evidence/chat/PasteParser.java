package io.postmortem.evidence.chat;

import io.postmortem.evidence.time.TimeMention;
import io.postmortem.evidence.time.TimeMentions;
import io.postmortem.evidence.time.Zones;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pasted chat thread or export and detects its format:
 * <ul>
 * <li>{@link ParsedThread.Format#SLACK_EXPORT}: a JSON array of Slack messages (or {@code {"messages":[...]}}):
 * {@code ts} is epoch seconds, so no zone is needed; {@code <@U123>} mentions and {@code <url|label>} links are
 * rewritten; {@code channel_join}-like subtypes are dropped; {@code bot_message} marks a bot. Any other JSON object (an
 * alert's payload, a webhook body) is no export and is read as text like the formats below.</li>
 * <li>{@link ParsedThread.Format#SLACK_DESKTOP}: "Name  10:52 PM" / "Name [10:52 PM]" header lines, date separators
 * ("Sunday, October 21st", "Today", "Yesterday"), continuation lines, "(edited)", reactions (":+1: 3"), "1 reply",
 * attachment lines.</li>
 * <li>{@link ParsedThread.Format#TEAMS}: "Dana Ops 10:52 PM", "[10:52 PM] Dana Ops", "Dana Ops, Yesterday 10:52 PM",
 * date headers.</li>
 * <li>{@link ParsedThread.Format#TIMELINE}: free-form lines starting with a time ("14:02 - rolled back",
 * "~23:00 UTC replication lag alert", "2026-11-20 09:41 UTC: first 5xx"); a line without a time continues the previous.</li>
 * <li>{@link ParsedThread.Format#IRC}: irssi/HexChat logs ("[19:00] &lt;helen&gt; text", "--- Day changed Wed Dec 16 2015",
 * "-!-" join lines dropped) and WeeChat logs ("2015-12-16 19:00:12\thelen\ttext"); {@link ParsedThread.Format#DISCORD}
 * ("helen — Today at 7:00 PM"); {@link ParsedThread.Format#ZOOM} saved chats ("17:44:05\t From Dmitri : text", or "From
 * Dmitri to Everyone:" with the text below); {@link ParsedThread.Format#MEET} (Google Meet's chat panel: sender, then
 * the time alone, then the text); {@link ParsedThread.Format#WHATSAPP} exports and Telegram copies. Their messages get
 * {@code chat:<epoch second>.<line>} ids.</li>
 * <li>{@link ParsedThread.Format#FREE_TEXT}: anything else, one message per non-blank line, without a time of its own.</li>
 * </ul>
 * Limits: at most {@value #MAX_CHARS} characters (about 4 MB) and {@value #MAX_LINES} lines for text pastes,
 * {@value #MAX_EXPORT_CHARS} characters (about 16 MB) for a Slack export; larger input is refused
 * with an {@link PasteRefused} rather than cut (cutting would silently lose evidence). Binary data is refused.
 * Times without a zone are read in {@link PasteOptions#zone()}; when it is null such a paste is refused with a message
 * asking for the zone. Never throws anything but {@link PasteRefused} on bad input.
 */
public final class PasteParser {

    public static final int MAX_CHARS = 4_000_000;
    /** Slack exports (JSON) are files, not typed pastes, and carry much markup per message: a larger limit. */
    public static final int MAX_EXPORT_CHARS = 16_000_000;
    public static final int MAX_LINES = 50_000;

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** One message of an export as its own small tree; the document around it is checked by {@code readExport}. */
    private static final ObjectReader MESSAGE = JSON.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** A chat or log clock: "9:41", "09:41:12", "9:41 AM", "9:41 p.m.", the Spanish "2:05 p. m.". */
    private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp](?:\\.\\s?)?[Mm]\\.?)?";
    private static final String NAME = "[\\p{L}][\\p{L}\\p{M}\\d'’._-]*(?: [\\p{L}\\d(][\\p{L}\\p{M}\\d'’._()-]*){0,4}";
    private static final String CAP_NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?: [\\p{Lu}(][\\p{L}\\p{M}'’.()-]*){0,4}";
    private static final Pattern SLACK_H1 = Pattern.compile("^(" + NAME + "?)(\\s+APP)?\\s{2,}(" + TIME + ")$");
    private static final Pattern SLACK_H2 = Pattern.compile("^(" + NAME + "?)(\\s+APP)?\\s*\\[(" + TIME + ")\\]\\s*:?\\s*(.*)$");
    /**
     * Teams' copy: {@code [10:52 PM] Dana: text}, or with the date as some clients copy it, {@code [6/1/2022 10:52 AM] Dana:};
     * and the same line with the text after two or more spaces instead of a colon, as channel copies and logs align it
     * ({@code [10:30] Lukas Brenner  dashboards went red}).
     */
    private static final Pattern TEAMS_T1 = Pattern.compile("^\\[(?:(\\d{1,2}[/-]\\d{1,2}(?:[/-]\\d{2,4})?),?\\s+)?(" + TIME + ")\\]\\s+(" + NAME + "?)(?:\\s*:\\s*(.*)|\\s{2,}(\\S.*))?$");
    /** Teams' "Dana Ops, Yesterday 10:52 PM" header, and Google Chat's "Rina Dizon, 5:29 PM" (no day) with the text below. */
    private static final Pattern TEAMS_T2 = Pattern.compile("^(" + NAME + "?),\\s+(?:((?i:yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)\\s+)?(" + TIME + ")$");
    private static final Pattern TEAMS_T3 = Pattern.compile("^(" + CAP_NAME + ") (" + TIME + ")$");
    /** Mattermost / Rocket.Chat copied: a lower-case handle and a 12-hour time alone on the header line ("mtaylor 7:46 AM"). */
    private static final Pattern HANDLE_HEADER = Pattern.compile("^([a-z][\\w.-]{1,30}) (\\d{1,2}:\\d{2}\\s?[AaPp]\\.?[Mm]\\.?)$");
    /** Campfire / Basecamp transcript copied: name, time and a colon, the text on the same line ("Lena Ortiz 7:24am: every write 500s"). */
    private static final Pattern NAME_TIME_COLON = Pattern.compile("^(" + CAP_NAME + ") (" + TIME + "):\\s+(\\S.*)$");
    /** "Tamika Rollins (6:34 AM): text": a name, its time in brackets, a colon and the message (copied ops chats). */
    private static final Pattern NAME_PAREN_TIME = Pattern.compile("^(" + CAP_NAME + ") \\((" + TIME + ")\\):\\s+(\\S.*)$");
    /** Pidgin / Adium / HipChat logs: the time in brackets first, then the name and a colon ("(11:07:40 AM) Dana: text", "(21:38) jenkins: build FAILED"). */
    private static final Pattern PAREN_TIME_NAME = Pattern.compile("^\\((" + TIME + ")\\)\\s+(" + NAME + "?):\\s+(\\S.*)$");
    /** Bloomberg / trading-desk chat logs: a time with seconds, a lower-case handle and a colon ("13:41:55 lkowalczyk: ES down 3 handles"). */
    private static final Pattern SECONDS_HANDLE = Pattern.compile("^(\\d{1,2}:\\d{2}:\\d{2})\\s+([a-z][a-z\\d._-]{2,30}):\\s+(\\S.*)$");
    /** A forwarded or quoted mail's header lines ("From: Market Operations", "Sent: 08 September 2008 09:15", "Subject: ..."). */
    private static final Pattern MAIL_FROM = Pattern.compile("^From:\\s+(\\S.{0,80})$");
    private static final Pattern MAIL_SENT = Pattern.compile("^(?:Sent|Date):\\s+(\\S.*)$");
    /** A mail's headers copied on one line: "From: Dana | Sent: Thu 7/24/2025 7:58 AM | Subject: phone bot super slow??". */
    private static final Pattern MAIL_ONE_LINE = Pattern.compile("^From:\\s+[^|│]{1,80}?\\s*[|│]\\s*(?:Sent|Date):\\s+[^|│]+?(?:\\s*[|│]\\s*(?:To|Cc|Subject):.*)?$");
    private static final Pattern MAIL_SUBJECT = Pattern.compile("^Subject:\\s*(?:(?:RE|FW|FWD|AW|WG|TR)\\s*:\\s*)*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAIL_OTHER_HEADER = Pattern.compile("^(?:To|Cc|Bcc|Importance|Attachments):\\s.*$|^-{3,}\\s*(?:Original Message|Forwarded message)\\s*-{3,}$", Pattern.CASE_INSENSITIVE);
    /** A morning / afternoon word written before a 12-hour clock in Korean, Japanese or Chinese chat apps. */
    private static final String CJK_HALF = "오전|오후|午前|午後|上午|下午";
    /** "[Name] [오전 11:23] text" (KakaoTalk and LINE copies): a bracketed name, then a bracketed time. */
    private static final Pattern BRACKET_NAME_TIME = Pattern.compile("^\\[(" + NAME + "?)\\]\\s*\\[((?:" + CJK_HALF + ")\\s?\\d{1,2}:\\d{2}|" + TIME + ")\\]\\s*(.*)$");
    /** "2021년 10월 25일 월요일", "2022年7月2日(土)": a date written with year, month and day markers. */
    private static final Pattern CJK_DATE = Pattern.compile("^(\\d{4})\\s*[년年]\\s*(\\d{1,2})\\s*[월月]\\s*(\\d{1,2})\\s*[일日].{0,12}$");
    /** A month and day before a timeline row's time: "Jun 07 06:34 UTC  #88121 [FIRING] ...". */
    private static final Pattern ROW_MONTH_DAY = Pattern.compile("(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+$");
    /** A day with its month's name and year before a timeline row's time: "Mar 1, 2026 ", "1 March 2026 ", "Sun, 1 Mar 2026 - ". */
    private static final Pattern ROW_NAMED_DATE = Pattern.compile("(?i)^" + TimeMentions.WEEKDAY
            + "(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}),?\\s*(?:[-–]\\s+)?$");
    /**
     * A log row's numeric date, perhaps after a weekday: "07/07/15 ", "Mon 20.07.2015 ", "03-04-2022 " (with dashes only
     * with a four-digit year, so no range of numbers), or a nurse's or a duty log's "3/30 7:20 PM" without its year (with a
     * slash only; read month-first or day-first, whichever is nearer the paste's day, like a "9/12" header).
     */
    private static final Pattern ROW_NUMERIC_DATE = Pattern.compile(
            "(?i)^" + TimeMentions.WEEKDAY + "\\d{1,2}(?:[/.]\\d{1,2}[/.]\\d{2,4}|-\\d{1,2}-\\d{4}|/\\d{1,2})\\s+$");
    private static final Pattern TIME_ONLY = Pattern.compile("^\\[?(" + TIME + ")\\]?(?:\\s+(.*))?$");
    private static final Pattern MONTH_DATE = Pattern.compile(
            "(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\s*$");
    private static final Pattern DAY_MONTH_DATE = Pattern.compile(
            "(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?(?:,?\\s+(\\d{4}))?\\s*$");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2}):?$");
    /** "sat 9/12", "Saturday 12/9", "9/12:": a numeric day, month-first or day-first, read as the one nearer the paste's day. */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?i)^" + TimeMentions.WEEKDAY + "(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{2,4}))?:?$");
    private static final Pattern DASHED_DATE = Pattern.compile("(?i)^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?\\d{1,2}-\\d{1,2}-\\d{4}:?$");
    private static final Pattern REL_DAY = Pattern.compile("(?i)^(today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$");
    private static final Pattern REACTION = Pattern.compile("^(?:(?::[\\w+\\-']+:|[^\\p{L}\\p{N}\\s]{1,4})\\s*\\d+\\s*)+$");
    private static final Pattern REPLIES = Pattern.compile("(?i)^(\\d+ repl(y|ies)|view thread|last reply .*|new messages?|show more|view (\\d+ )?more repl.*|reply|see more|collapse all|\\d+ new)$");
    private static final Pattern ATTACHMENT = Pattern.compile("(?i)^[\\w\\-. ()]+\\.(png|jpe?g|gif|pdf|txt|log|csv|json|zip|mp4|mov|har)(\\s*\\(\\d+(\\.\\d+)? ?[kmg]?b\\))?$");
    private static final Pattern ALL_TIMES = Pattern.compile("(?i)(?:all )?times?(?: are| shown)?(?: in)?\\s*\\(?(" + Zones.ABBR_REGEX + ")\\)?\\b");
    private static final Pattern SLACK_MENTION = Pattern.compile("<@([A-Z0-9]+)(?:\\|([^>]+))?>");
    private static final Pattern SLACK_LINK = Pattern.compile("<((?:https?|mailto):[^>|]+)(?:\\|([^>]+))?>");
    private static final Pattern SLACK_SPECIAL = Pattern.compile("<!(here|channel|everyone)(?:\\|[^>]*)?>");
    private static final Pattern SLACK_CHANNEL = Pattern.compile("<#[A-Z0-9]+\\|([^>]*)>");

    /** irssi / HexChat / generic IRC: "[19:00] <helen> text", "19:00:12 <@helen> text", "[19:00] * helen waves". */
    private static final Pattern IRC = Pattern.compile("^(?:(\\d{4}-\\d{2}-\\d{2})[ T])?\\[?(" + TIME + ")\\]?\\s+(?:<\\s*[@+%&~]?([^>\\s]{1,40})\\s*>|\\*\\s+([^\\s*]{1,40})\\s)\\s*(.*)$");
    /** WeeChat log lines: "2015-12-16 19:00:12\thelen\ttext", or a screen copy "19:00:12 @helen | text". */
    private static final Pattern WEECHAT = Pattern.compile("^(?:(\\d{4}-\\d{2}-\\d{2})\\s+)?(\\d{1,2}:\\d{2}:\\d{2})(?:\\t|\\s+)\\s*([@+%&~]?[^\\s|│\\t]{1,40})\\s*(?:\\t|\\s[|│]\\s?)(.*)$");
    /** IRC join/part/mode lines and WeeChat's network lines: not messages. */
    private static final Pattern IRC_SYSTEM = Pattern.compile("^(?:\\d{4}-\\d{2}-\\d{2}\\s+)?\\[?" + TIME + "\\]?\\s*(?:-!-|\\*\\*\\*|-->|<--|--|=!=|⇐|⇒)(?:\\s|$)");
    /** "--- Day changed Wed Dec 16 2015", "--- Log opened Wed Dec 16 18:55:01 2015", WeeChat's "-- Day changed to 16 Dec 2015". */
    private static final Pattern IRC_DAY = Pattern.compile("(?i)^-{2,3}\\s*(?:day changed(?: to)?|log opened|log closed)\\s+(.*)$");
    private static final Pattern LOOSE_DATE = Pattern.compile("(?i)(?:(\\d{4})-(\\d{2})-(\\d{2})|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:\\s+[\\d:]+)?,?\\s+(\\d{4})"
            + "|(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4}))");
    /** Discord copy: "helen — Today at 7:00 PM", "helen — 12/16/2015 7:00 PM", "helen — 16.12.2015 19:00", "helen Yesterday at 7:00 PM". */
    private static final Pattern DISCORD = Pattern.compile("^(" + NAME + "?)(\\s+(?:APP|BOT))?\\s*(?:—|–|-)?\\s+((?i:today|yesterday)|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?:,|\\s+at)?\\s+(" + TIME + ")$");
    /** Zoom saved chat: "17:44:05\t From Dmitri Volkov : text", "17:44:05 From Dmitri Volkov to Everyone:" (text on the next lines). */
    private static final Pattern ZOOM = Pattern.compile("^(" + TIME + ")\\s+From\\s+(.+?)(?:\\s+to\\s+(?:Everyone|Me|[^:]{1,40}?)(?:\\s*\\((?:Direct Message|[Pp]rivately)\\))?)?\\s*:\\s*(.*)$");
    /** WhatsApp export: "[12/16/15, 7:00:12 PM] Helen: text" (iOS), "16/12/2015, 19:00 - Helen: text" (Android). */
    private static final Pattern WHATSAPP = Pattern.compile("^\\[?(\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}),?\\s+(" + TIME + ")\\]?\\s*(?:[-–]\\s+)?([^:\\[\\]]{1,40}?):\\s(.*)$");
    /**
     * What marks a WhatsApp line besides its date and time: the iOS bracket, the comma after the date, or Android's dash
     * before the name; a duty log's "07/07/15 19:45    PR   tweet: ..." has none of them.
     */
    private static final Pattern WHATSAPP_SHAPE = Pattern.compile("^(?:\\[|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4},|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\s+" + TIME + "\\s+[-–]\\s)");
    /** Telegram desktop copy: "Helen, [16.12.15 19:00]" with the text on the next lines. */
    private static final Pattern TELEGRAM = Pattern.compile("^(" + NAME + "?),\\s*\\[(\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})\\s+(" + TIME + ")\\]$");
    /** Google Meet's chat panel copied: the sender on one line, the time alone on the next, then the text. */
    /**
     * A forum post's header (phpBB and the like), the post's text on the lines after it: "Post by kestrel » Feb 16th 2017
     * 22:52", "by kestrel » Thu Feb 16, 2017 10:52 pm".
     */
    private static final Pattern FORUM = Pattern.compile("^(?:Post\\s+)?by\\s+(" + NAME + "?)\\s*»\\s*(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
            + "((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}),?\\s+(" + TIME + ")$");
    private static final Pattern MEET_NAME = Pattern.compile("^(?:You|" + CAP_NAME + ")$");
    private static final Pattern TIME_ALONE = Pattern.compile("^(" + TIME + ")$");

    private static final Pattern EDITED = Pattern.compile("\\s*\\(edited\\)\\s*$");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s?(?:([AaPp])(?:\\.\\s?)?[Mm]\\.?)?");

    private PasteParser() {
    }

    /** Parses a paste; see the class comment for formats, limits and errors. */
    public static ParsedThread parse(String text, PasteOptions options) {
        // an abbreviation with two meanings ("IST") is read as the paste's own zone when that is one of them
        return Zones.readFor(options == null ? null : options.zone(), () -> parseIn(text, options));
    }

    private static ParsedThread parseIn(String text, PasteOptions options) {
        PasteOptions opts = options == null ? new PasteOptions(null, null, null) : options;
        if (text == null || text.isBlank()) throw new PasteRefused(PasteRefused.Reason.EMPTY, "The paste is empty.");
        // no-break and narrow spaces before AM/PM (iOS 17's WhatsApp export, web copies) and a typographic minus read as plain ones
        String t = TimeMentions.plain(text.startsWith("\uFEFF") ? text.substring(1) : text);
        String head = t.substring(0, Math.min(t.length(), 4096)).stripLeading();
        boolean json = (head.startsWith("[") || head.startsWith("{")) && looksLikeJson(head);
        int limit = json ? MAX_EXPORT_CHARS : MAX_CHARS;
        if (t.length() > limit)
            throw new PasteRefused(PasteRefused.Reason.TOO_LARGE, String.format(Locale.ROOT, "%s too large: %.1f MB, limit %d MB. %s",
                    json ? "Slack export" : "Paste", t.length() / 1_000_000.0, limit / 1_000_000,
                    json ? "Export the incident's channel and dates only." : "Paste the incident's window only, or split it."));
        checkText(t);
        if (json) {
            ParsedThread export = parseSlackExport(t, opts);
            if (export != null) return export;
            // a JSON object that is no Slack export (an alert's payload, a webhook body) is evidence too: read as text
        }
        String[] lines = t.split("\r\n|\r|\n", -1);
        if (lines.length > MAX_LINES)
            throw new PasteRefused(PasteRefused.Reason.TOO_LARGE, "Paste too large: " + lines.length + " lines, limit " + MAX_LINES + " lines. Paste the incident's window only, or split it.");
        ParsedThread mail = parseMail(lines, opts);
        if (mail != null) return mail;
        ParsedThread table = parseTable(lines, opts);
        if (table != null) return table;
        int slack = 0, teams = 0, timeline = 0, other = 0;
        ParsedThread.Format otherFormat = null;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) continue;
            ParsedThread.Format f = otherChat(l, i + 1 < lines.length ? lines[i + 1].strip() : "");
            if (f != null) {
                other += 2;
                otherFormat = f;
            } else if (SLACK_H1.matcher(l).matches() || SLACK_H2.matcher(l).matches()) slack++;
            else if (TEAMS_T1.matcher(l).matches() || TEAMS_T2.matcher(l).matches()) teams += 2;
            else if (NAME_TIME_COLON.matcher(l).matches() || NAME_PAREN_TIME.matcher(l).matches() || PAREN_TIME_NAME.matcher(l).matches()
                    || SECONDS_HANDLE.matcher(l).matches()) teams += 2;
            else if (BRACKET_NAME_TIME.matcher(l).matches()) teams += 2;
            else if (TEAMS_T3.matcher(l).matches() || HANDLE_HEADER.matcher(l).matches()) teams++;
            else if (timelineStart(cjkRow(l)) != null) timeline++;
        }
        if (slack == 0 && teams == 0 && timeline == 0 && other == 0) return freeText(lines, opts);
        if (other > 0 && other >= slack && other >= teams && other >= timeline) return parseChat(lines, opts, otherFormat);
        if (timeline > slack && timeline > teams) return parseTimeline(lines, opts);
        return parseChat(lines, opts, slack >= teams ? ParsedThread.Format.SLACK_DESKTOP : ParsedThread.Format.TEAMS);
    }

    /** IRC, Discord, Zoom or Google Meet, by the shape of one line (and the next, for Meet), or null. */
    private static ParsedThread.Format otherChat(String l, String next) {
        if (IRC_DAY.matcher(l).matches() || IRC.matcher(l).matches() || WEECHAT.matcher(l).matches() && !ZOOM.matcher(l).matches())
            return ParsedThread.Format.IRC;
        if (ZOOM.matcher(l).matches()) return ParsedThread.Format.ZOOM;
        if (WHATSAPP.matcher(l).matches() && WHATSAPP_SHAPE.matcher(l).find() || TELEGRAM.matcher(l).matches() || FORUM.matcher(l).matches())
            return ParsedThread.Format.WHATSAPP;
        if (DISCORD.matcher(l).matches() && (l.contains("—") || l.contains("–") || l.toLowerCase(Locale.ROOT).contains(" at ")))
            return ParsedThread.Format.DISCORD;
        if (MEET_NAME.matcher(l).matches() && TIME_ALONE.matcher(next).matches()) return ParsedThread.Format.MEET;
        return null;
    }

    /** A JSON number as an array's item: what follows "[" in "[1, 2]", not in "[02:31]" or "[2025-10-29 ...]". */
    private static final Pattern JSON_NUMBER_ITEM = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\s*[,\\]]");

    private static boolean looksLikeJson(String s) {
        // after "[" a JSON value begins with { [ " - a digit, true, false or null, and a number ends at "," or "]".
        // "[Oct 24, 14:51 UTC] Investigating" (a status page), "[02:31] <nick>" (IRC), "[2025-10-29 15:51:22 UTC] ALERT"
        // (a log) and "[29/3/23, 8:34:12 AM] Name:" (WhatsApp) are copied chat or log lines, not JSON
        if (s.startsWith("[")) {
            String v = s.substring(1).stripLeading();
            if (!v.isEmpty()) {
                char c = v.charAt(0);
                if (Character.isLetter(c) && !v.matches("(?s)^(?:true|false|null)\\s*[,\\]].*")) return false;
                if ((Character.isDigit(c) || c == '-') && !JSON_NUMBER_ITEM.matcher(v).lookingAt()) return false;
            }
        }
        // "[10:52 PM] Dana" and "[6/1/2022 10:52 AM] Dana:" are Teams copies, not JSON
        String first = s.lines().findFirst().orElse("").strip();
        // "[1772373909] SERVICE ALERT: ..." (a Nagios log): epoch seconds in brackets and then words are a log line
        if (first.matches("^\\[1[5-9]\\d{8}\\]\\s+\\p{L}.*")) return false;
        if (WHATSAPP.matcher(first).matches() || IRC.matcher(first).matches()) return false;
        return !TEAMS_T1.matcher(first).matches()
                && !s.lines().findFirst().orElse("").strip().matches("^\\[" + TIME + "\\].*");
    }

    private static void checkText(String text) {
        int n = Math.min(text.length(), 65_536), bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) throw new PasteRefused(PasteRefused.Reason.NOT_TEXT, "This does not look like text (it contains binary data). Paste the chat thread as text, or upload a Slack export (JSON).");
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') bad++;
        }
        if (bad > Math.max(3, n / 100))
            throw new PasteRefused(PasteRefused.Reason.NOT_TEXT, "This does not look like text (" + bad + " control or undecodable characters in the first " + n + "). Paste the chat thread as text, or upload a Slack export (JSON).");
    }

    // ---------------------------------------------------------------- Slack export

    /**
     * One element of the export's message array, reduced to what the reading below uses, so the whole export is
     * never held as a JSON tree (a 50,000-message export made a tree of several hundred megabytes of small objects).
     * The fields are read from the element's own small tree exactly as they were read from the whole document's.
     */
    private record RawMessage(int index, boolean object, String subtype, String ts, String user, String realName,
                              String username, String botProfileName, boolean botFlag, String body) {

        static RawMessage notAnObject(int index) {
            return new RawMessage(index, false, null, null, null, null, null, null, false, null);
        }

        static RawMessage of(int index, JsonNode m) {
            String text = str(m, "text");
            String body = text == null || text.isBlank() ? attachmentsText(m) : text;
            return new RawMessage(index, true, str(m, "subtype"), str(m, "ts"), str(m, "user"), PasteParser.realName(m), str(m, "username"),
                    str(m.path("bot_profile"), "name"), m.has("bot_id") || m.has("bot_profile"), body);
        }
    }

    private static ParsedThread parseSlackExport(String text, PasteOptions opts) {
        List<RawMessage> messages;
        try (JsonParser p = JSON.createParser(text)) {
            messages = readExport(p);
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new PasteRefused(PasteRefused.Reason.NOT_JSON, "The Slack export is not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()));
        }
        if (messages == null) return null; // an object without "messages": not an export, read as text by the caller
        Map<String, String> names = new HashMap<>();
        for (RawMessage m : messages) {
            if (m.user() != null && m.realName() != null) names.putIfAbsent(m.user(), m.realName());
        }
        List<ChatMessage> out = new ArrayList<>(messages.size());
        List<String> warnings = new ArrayList<>();
        int skipped = 0;
        Map<String, Boolean> botNames = new HashMap<>();
        for (RawMessage m : messages) {
            int i = m.index();
            if (!m.object()) {
                skipped++;
                continue;
            }
            String subtype = m.subtype();
            if (subtype != null && !subtype.equals("bot_message") && !subtype.equals("thread_broadcast")
                    && !subtype.equals("file_share") && !subtype.equals("me_message")) {
                skipped++;
                continue;
            }
            String ts = m.ts();
            Instant at = parseTs(ts);
            if (at == null) {
                warnings.add("Message " + i + " has no valid ts (\"" + ts + "\"); skipped.");
                continue;
            }
            boolean bot = "bot_message".equals(subtype) || m.botFlag();
            String user = m.user();
            String author = m.realName();
            if (author == null && user != null) author = names.getOrDefault(user, user);
            if (author == null) author = m.username();
            if (author == null) author = m.botProfileName();
            if (author == null) author = bot ? "bot" : "unknown";
            String body = m.body();
            String clean = slackText(body == null ? "" : body, names);
            boolean isBot = bot || botNames.computeIfAbsent(author, Bots::isBot);
            out.add(new ChatMessage("slack:" + ts, at, author, user, clean, isBot,
                    opts.zone(), opts.zone() != null, 0, body, false));
        }
        if (skipped > 0) warnings.add(skipped + " join/leave/system messages were skipped.");
        out.sort((a, b) -> a.at().compareTo(b.at()));
        return new ParsedThread(ParsedThread.Format.SLACK_EXPORT, out, warnings);
    }

    /**
     * Streams the export: a top-level array of messages, or an object whose (last) {@code "messages"} member is one;
     * null when there is no such array. Each message is read as a small tree of its own and reduced at once. The
     * whole document is still read to its end, so malformed JSON anywhere in an export is refused as before, with its
     * line and column, and so is anything after the top-level value. An object that has no "messages" member before it
     * ends or breaks off is no export (alert payloads pasted one after another, a payload cut short): null, read as text.
     */
    private static List<RawMessage> readExport(JsonParser p) {
        JsonToken first = p.nextToken();
        List<RawMessage> messages = null;
        if (first == JsonToken.START_ARRAY) {
            messages = readMessages(p);
        } else if (first == JsonToken.START_OBJECT) {
            boolean sawMessages = false;
            try {
                String name;
                while ((name = p.nextName()) != null) {
                    JsonToken value = p.nextToken();
                    if (name.equals("messages")) {
                        sawMessages = true;
                        messages = value == JsonToken.START_ARRAY ? readMessages(p) : null; // a repeated member: the last counts
                        if (value != JsonToken.START_ARRAY) p.skipChildren();
                    } else {
                        p.skipChildren();
                    }
                }
            } catch (JacksonException e) {
                // an alert's payload cut short is no broken export: only an object with "messages" is refused
                if (!sawMessages) return null;
                throw e;
            }
            // an object with no "messages" (an alert's payload, a webhook body) followed by more (the next payload, a
            // note) is read as text; only an export's document must end where its value does
            if (!sawMessages) return null;
        }
        JsonToken trailing = p.nextToken();
        if (trailing != null) {
            throw new PasteRefused(PasteRefused.Reason.NOT_JSON, "The Slack export is not valid JSON at line " + p.currentTokenLocation().getLineNr()
                    + ", column " + p.currentTokenLocation().getColumnNr() + ": Trailing token (`JsonToken." + trailing.name()
                    + "`) found after value");
        }
        return messages;
    }

    /** The elements of the array the parser is at (its START_ARRAY), to its end. */
    private static List<RawMessage> readMessages(JsonParser p) {
        List<RawMessage> out = new ArrayList<>();
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            index++;
            if (t == JsonToken.START_OBJECT) {
                out.add(RawMessage.of(index, MESSAGE.readValue(p)));
            } else {
                p.skipChildren();
                out.add(RawMessage.notAnObject(index));
            }
        }
        return out;
    }

    private static String attachmentsText(JsonNode m) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode a : m.path("attachments")) {
            String t = str(a, "title");
            if (t == null) t = str(a, "fallback");
            if (t == null) t = str(a, "text");
            if (t != null) sb.append(sb.length() > 0 ? "\n" : "").append(t);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String realName(JsonNode m) {
        JsonNode p = m.path("user_profile");
        String n = str(p, "real_name");
        if (n == null || n.isBlank()) n = str(p, "display_name");
        return n == null || n.isBlank() ? null : n;
    }

    static Instant parseTs(String ts) {
        if (ts == null) return null;
        try {
            BigDecimal d = new BigDecimal(ts.trim());
            // digits before the point: beyond 17 no Instant can hold it (and longValue() would wrap a huge one into
            // a nonsense time, -1e300 into 1970), so such a ts is not a time; a vanishing one is 0
            int magnitude = d.precision() - d.scale();
            if (d.signum() != 0 && magnitude > 17) return null;
            if (magnitude < -9) d = BigDecimal.ZERO;
            long sec = d.longValue();
            long nanos = d.subtract(BigDecimal.valueOf(sec)).movePointRight(9).longValue();
            return Instant.ofEpochSecond(sec, nanos);
        } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
            return null;
        }
    }

    /** Slack markup to text: mentions to "@Name", links to their label (or url), specials to "@here". */
    public static String slackText(String s, Map<String, String> names) {
        String r = SLACK_MENTION.matcher(s).replaceAll(mr -> Matcher.quoteReplacement("@" + (mr.group(2) != null ? mr.group(2) : names.getOrDefault(mr.group(1), mr.group(1)))));
        r = SLACK_LINK.matcher(r).replaceAll(mr -> Matcher.quoteReplacement(mr.group(2) != null ? mr.group(2) + " (" + mr.group(1) + ")" : mr.group(1)));
        r = SLACK_SPECIAL.matcher(r).replaceAll("@$1");
        r = SLACK_CHANNEL.matcher(r).replaceAll("#$1");
        return r.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    // ---------------------------------------------------------------- Slack desktop / Teams

    private static final class Builder {
        String author;
        boolean bot;
        Instant at;
        int line;
        String header;
        final StringBuilder text = new StringBuilder();
        final StringBuilder original = new StringBuilder();
    }

    private static ParsedThread parseChat(String[] lines, PasteOptions opts, ParsedThread.Format format) {
        List<ChatMessage> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> preamble = new ArrayList<>();
        ZoneId zone = opts.zone();
        LocalDate ref = referenceDate(opts, zone);
        LocalDate date = null; // set by a date header
        boolean dateFromHeader = false;
        LocalTime prevTime = null;
        Builder cur = null;
        String lastAuthor = null;
        boolean lastBot = false;
        int n = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) continue;
            LocalDate sep = dateHeader(l, ref);
            if (sep != null) {
                date = sep;
                dateFromHeader = true;
                prevTime = null;
                continue;
            }
            String name = null, time = null, rest = null, day = null;
            LocalDate explicit = null;
            boolean app = false;
            boolean other = format == ParsedThread.Format.IRC || format == ParsedThread.Format.ZOOM || format == ParsedThread.Format.WHATSAPP
                    || format == ParsedThread.Format.DISCORD || format == ParsedThread.Format.MEET;
            Matcher m;
            if (other && (m = IRC_DAY.matcher(l)).matches()) {
                LocalDate d = looseDate(m.group(1));
                if (d != null) {
                    date = d;
                    dateFromHeader = true;
                    prevTime = null;
                }
                continue;
            }
            if (other && IRC_SYSTEM.matcher(l).find()) continue;
            if (other && (m = IRC.matcher(l)).matches()) {
                explicit = isoDate(m.group(1));
                time = m.group(2);
                name = m.group(3) != null ? m.group(3) : m.group(4);
                rest = m.group(5);
            } else if (other && (m = ZOOM.matcher(l)).matches()) {
                time = m.group(1);
                name = m.group(2);
                rest = m.group(3);
            } else if (other && (m = WHATSAPP.matcher(l)).matches()) {
                day = m.group(1);
                time = m.group(2);
                name = m.group(3);
                rest = m.group(4);
            } else if (other && (m = TELEGRAM.matcher(l)).matches()) {
                name = m.group(1);
                day = m.group(2);
                time = m.group(3);
            } else if (other && (m = FORUM.matcher(l)).matches()) {
                name = m.group(1);
                explicit = looseDate(m.group(2).replaceAll("(\\d)(?:st|nd|rd|th)", "$1"));
                time = m.group(3);
            } else if (other && (m = WEECHAT.matcher(l)).matches()) {
                explicit = isoDate(m.group(1));
                time = m.group(2);
                name = m.group(3).replaceFirst("^[@+%&~]", "");
                rest = m.group(4);
            } else if (other && (m = DISCORD.matcher(l)).matches()) {
                name = m.group(1);
                app = m.group(2) != null;
                day = m.group(3);
                time = m.group(4);
            } else if (format == ParsedThread.Format.MEET && MEET_NAME.matcher(l).matches() && i + 1 < lines.length
                    && TIME_ALONE.matcher(lines[i + 1].strip()).matches()) {
                name = l;
                time = lines[i + 1].strip();
                i++;
            } else if ((m = SLACK_H1.matcher(l)).matches()) {
                name = m.group(1);
                app = m.group(2) != null;
                time = m.group(3);
            } else if ((m = TEAMS_T2.matcher(l)).matches()) {
                name = m.group(1);
                day = m.group(2);
                time = m.group(3);
            } else if ((m = SLACK_H2.matcher(l)).matches()) {
                name = m.group(1);
                app = m.group(2) != null;
                time = m.group(3);
                rest = m.group(4);
            } else if ((m = TEAMS_T1.matcher(l)).matches()) {
                if (m.group(1) != null) day = m.group(1);
                time = m.group(2);
                name = m.group(3);
                rest = m.group(4) != null ? m.group(4) : m.group(5);
            } else if ((m = TEAMS_T3.matcher(l)).matches()) {
                name = m.group(1);
                time = m.group(2);
            } else if ((m = HANDLE_HEADER.matcher(l)).matches()) {
                name = m.group(1);
                time = m.group(2);
            } else if ((m = NAME_TIME_COLON.matcher(l)).matches() || (m = NAME_PAREN_TIME.matcher(l)).matches()
                    || (m = BRACKET_NAME_TIME.matcher(l)).matches()) {
                name = m.group(1);
                time = cjkClock(m.group(2));
                rest = m.group(3);
            } else if ((m = PAREN_TIME_NAME.matcher(l)).matches() || (m = SECONDS_HANDLE.matcher(l)).matches()) {
                time = m.group(1);
                name = m.group(2);
                rest = m.group(3);
            } else if (lastAuthor != null && (m = TIME_ONLY.matcher(l)).matches()) {
                name = lastAuthor;
                app = lastBot;
                time = m.group(1);
                rest = m.group(2);
            }
            if (time != null) {
                if (zone == null)
                    throw new PasteRefused(PasteRefused.Reason.NEEDS_ZONE, "This paste has times without a time zone (first: '" + time + "' on line " + (i + 1)
                            + "). Choose the zone the times were written in.");
                LocalTime lt = parseClock(time);
                if (lt == null) {
                    time = null;
                } else {
                    LocalDate d;
                    if (explicit != null) {
                        d = explicit;
                        dateFromHeader = true;
                    } else if (day != null) {
                        d = relativeDay(day, ref);
                        dateFromHeader = true;
                    } else if (date == null) {
                        d = firstDate(lt, zone, opts, ref);
                        dateFromHeader = false;
                    } else {
                        d = date;
                        // a thread crossing midnight without a date separator
                        if (prevTime != null && prevTime.toSecondOfDay() - lt.toSecondOfDay() > MIDNIGHT_STEP_BACK) d = d.plusDays(1);
                    }
                    date = d;
                    prevTime = lt;
                    if (cur != null) flush(cur, out, format, zone, ++n);
                    cur = new Builder();
                    cur.author = name.strip();
                    cur.bot = app || Bots.isBot(name);
                    cur.at = ZonedDateTime.of(d, lt, zone).toInstant();
                    cur.line = i + 1;
                    cur.original.append(l);
                    lastAuthor = cur.author;
                    lastBot = cur.bot;
                    if (rest != null && !rest.isBlank()) addText(cur, rest);
                    continue;
                }
            }
            if (cur == null) {
                warnings.add("Line " + (i + 1) + " comes before the first message header; kept as text of no message: '" + abbreviate(l) + "'.");
                preamble.add(l.strip());
                continue;
            }
            cur.original.append('\n').append(l);
            if (REACTION.matcher(l).matches() || REPLIES.matcher(l).matches() || ATTACHMENT.matcher(l).matches()) continue;
            addText(cur, l);
        }
        if (cur != null) flush(cur, out, format, zone, ++n);
        return new ParsedThread(format, out, warnings, preamble);
    }

    private static void addText(Builder b, String l) {
        String t = EDITED.matcher(l).replaceAll("");
        if (t.isBlank()) return;
        if (b.text.length() > 0) b.text.append('\n');
        b.text.append(t);
    }

    private static void flush(Builder b, List<ChatMessage> out, ParsedThread.Format format, ZoneId zone, int n) {
        String source = format == ParsedThread.Format.TEAMS ? "teams:" + n
                : (format == ParsedThread.Format.SLACK_DESKTOP ? "slack:" : "chat:") + b.at.getEpochSecond() + "." + String.format(Locale.ROOT, "%06d", b.line);
        out.add(new ChatMessage(source, b.at, b.author, null, b.text.toString(), b.bot, zone, true, b.line,
                b.original.toString(), false));
    }

    private static LocalDate firstDate(LocalTime t, ZoneId zone, PasteOptions opts, LocalDate ref) {
        if (opts.incidentCreated() != null) {
            LocalDate base = opts.incidentCreated().atZone(zone).toLocalDate();
            LocalDate best = base;
            long bestD = Long.MAX_VALUE;
            for (int d = -1; d <= 1; d++) {
                long dist = Math.abs(ZonedDateTime.of(base.plusDays(d), t, zone).toInstant().getEpochSecond() - opts.incidentCreated().getEpochSecond());
                if (dist < bestD) {
                    bestD = dist;
                    best = base.plusDays(d);
                }
            }
            return best;
        }
        return ref;
    }

    private static LocalDate referenceDate(PasteOptions opts, ZoneId zone) {
        if (opts.referenceDate() != null) return opts.referenceDate();
        if (opts.incidentCreated() != null) return opts.incidentCreated().atZone(zone == null ? ZoneOffset.UTC : zone).toLocalDate();
        throw new PasteRefused(PasteRefused.Reason.NEEDS_DATE, "This paste has times without a date, and there is no incident date to place them on. "
                + "Add the date to the paste (for example a \"Today\" or \"November 20th\" line).");
    }

    private static LocalDate relativeDay(String day, LocalDate ref) {
        String d = day.toLowerCase(Locale.ROOT);
        if (d.equals("today")) return ref;
        if (d.equals("yesterday")) return ref.minusDays(1);
        if (d.contains("/") || d.contains(".") || d.matches("\\d{1,2}-\\d{1,2}(?:-\\d{2,4})?")) {
            String[] p = d.split("[/.-]");
            int month = Integer.parseInt(p[0]), dom = Integer.parseInt(p[1]);
            if (d.contains(".") || month > 12) { // 16.12.2015, 16/12/2015: day first
                int x = month;
                month = dom;
                dom = x;
            }
            int year = p.length > 2 ? Integer.parseInt(p[2]) : ref.getYear();
            if (year < 100) year += 2000;
            try {
                LocalDate r = LocalDate.of(year, month, dom);
                if (!d.contains(".") && month <= 12 && dom <= 12 && month != dom) { // 04/05: the reading closer to the paste's date
                    LocalDate swapped = LocalDate.of(year, dom, month);
                    if (Math.abs(swapped.toEpochDay() - ref.toEpochDay()) < Math.abs(r.toEpochDay() - ref.toEpochDay())) r = swapped;
                }
                // a day without its year is in the paste's year unless that puts it months after the paste's day (a thread
                // of late December pasted in January); days just after it are the incident's next days ("[7/6 15:00]")
                return p.length <= 2 && r.isAfter(ref.plusMonths(2)) ? r.minusYears(1) : r;
            } catch (RuntimeException e) {
                return ref;
            }
        }
        DayOfWeek dow = DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT));
        LocalDate r = ref;
        while (r.getDayOfWeek() != dow) r = r.minusDays(1);
        return r;
    }

    private static LocalDate isoDate(String s) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date in an IRC "Day changed" / "Log opened" line: "Wed Dec 16 2015", "Wed Dec 16 18:55:01 2015", "16 Dec 2015". */
    static LocalDate looseDate(String s) {
        Matcher m = LOOSE_DATE.matcher(s);
        if (!m.find()) return null;
        try {
            if (m.group(1) != null) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            String mon = m.group(4) != null ? m.group(4) : m.group(8);
            String dom = m.group(4) != null ? m.group(5) : m.group(7);
            String year = m.group(4) != null ? m.group(6) : m.group(9);
            return monthDay(mon, dom, year, LocalDate.of(Integer.parseInt(year), 12, 31));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Around a day separator: rules of dashes, equals signs or stars, and the weekday in brackets after the date, as logs
     * and exported chats draw it ("--- 2022-07-03 (日) ---", "=== 04/11/2006 (sam.) ===", "*** 2026-03-10 (Tue) ***").
     */
    private static final Pattern SEPARATOR_DECOR = Pattern.compile("^(?:[-=*─━]{2,}\\s*)|(?:\\s*[-=*─━]{2,})$|\\s*[(（][^)）]{1,12}[)）]\\s*(?=$|[-=*─━]{2,})");

    /** A date separator line, or null. */
    /**
     * The day a log row's numeric date writes before its time ("07/07/15 19:03:27 SCADA ...", "Mon 20.07.2015 13:24 ..."),
     * read like a date header; null when the text before the time is not such a date or there is no paste date to read it by.
     */
    private static LocalDate rowDate(String beforeTime, LocalDate ref) {
        return ref != null && ROW_NUMERIC_DATE.matcher(beforeTime).matches() ? dateHeader(beforeTime.strip(), ref) : null;
    }

    static LocalDate dateHeader(String l, LocalDate ref) {
        if (l.length() > 40) return null;
        if (l.length() > 4 && (l.charAt(0) == '-' || l.charAt(0) == '=' || l.charAt(0) == '*' || l.charAt(0) == '─' || l.charAt(0) == '━'))
            l = SEPARATOR_DECOR.matcher(l).replaceAll("").strip();
        Matcher m = REL_DAY.matcher(l);
        if (m.matches()) return relativeDay(m.group(1), ref);
        m = MONTH_DATE.matcher(l);
        if (m.matches()) return monthDay(m.group(1), m.group(2), m.group(3), ref);
        m = DAY_MONTH_DATE.matcher(l);
        if (m.matches()) return monthDay(m.group(2), m.group(1), m.group(3), ref);
        m = CJK_DATE.matcher(l);
        if (!m.matches()) m = ISO_DATE.matcher(l);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (RuntimeException e) {
                return null;
            }
        }
        if (DASHED_DATE.matcher(l).matches()) l = l.replace('-', '/'); // "03-04-2022": a day, month and year with dashes
        m = NUMERIC_DATE.matcher(l);
        if (m.matches() && ref != null) return nearer(numericDate(m.group(1), m.group(2), m.group(3), ref), numericDate(m.group(2), m.group(1), m.group(3), ref), ref);
        return null;
    }

    /** Month {@code mon}, day {@code dom} (numbers), in the year given or the one that puts it nearest {@code ref}. */
    private static LocalDate numericDate(String mon, String dom, String year, LocalDate ref) {
        try {
            int y = year == null ? ref.getYear() : Integer.parseInt(year) < 100 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
            LocalDate d = LocalDate.of(y, Integer.parseInt(mon), Integer.parseInt(dom));
            if (year == null) {
                if (d.isAfter(ref.plusMonths(6))) d = d.minusYears(1);
                else if (d.isBefore(ref.minusMonths(6))) d = d.plusYears(1);
            }
            return d;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate nearer(LocalDate a, LocalDate b, LocalDate ref) {
        if (a == null || b == null) return a == null ? b : a;
        return Math.abs(a.toEpochDay() - ref.toEpochDay()) <= Math.abs(b.toEpochDay() - ref.toEpochDay()) ? a : b;
    }

    private static LocalDate monthDay(String mon, String dom, String year, LocalDate ref) {
        int month = switch (mon.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; default -> 12;
        };
        try {
            MonthDay md = MonthDay.of(month, Integer.parseInt(dom));
            if (year != null) return md.atYear(Integer.parseInt(year));
            LocalDate r = md.atYear(ref.getYear());
            return r.isAfter(ref.plusDays(1)) ? r.minusYears(1) : r;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Seconds a row may step back from the row written above it before the two are read as crossing midnight. */
    private static final long MIDNIGHT_STEP_BACK = 3 * 3600;

    /**
     * Whether {@code at}, read on the same day as {@code before} (the row written just above it), falls hours behind it:
     * the rows crossed midnight ("23:57" then "00:17"), in a chat, a pasted timeline or a table's column of times.
     */
    private static boolean crossedMidnight(Instant before, Instant at) {
        return before != null && at.isBefore(before.minusSeconds(MIDNIGHT_STEP_BACK));
    }

    /** A clock written after its half of the day: "오후 12:02", "午前 9:05". */
    private static final Pattern CJK_CLOCK = Pattern.compile("^(" + CJK_HALF + ")\\s?(.*)$");

    /** A row that opens with its half of the day: "오후 3:34 박지훈: ...", "午前 9:05 ...". */
    private static final Pattern CJK_ROW = Pattern.compile("^(" + CJK_HALF + ")\\s?(\\d{1,2}:\\d{2})(?!\\d)(.*)$");

    /** "오후 3:34 박지훈: text" -> "3:34 PM 박지훈: text", as a timeline row is read; any other line as written. */
    private static String cjkRow(String l) {
        Matcher m = CJK_ROW.matcher(l);
        return m.matches() ? cjkClock(m.group(1) + " " + m.group(2)) + m.group(3) : l;
    }

    /** "오후 12:02" -> "12:02 PM"; any other clock as written. */
    private static String cjkClock(String t) {
        Matcher m = CJK_CLOCK.matcher(t);
        if (!m.matches()) return t;
        boolean pm = m.group(1).equals("오후") || m.group(1).equals("午後") || m.group(1).equals("下午");
        return m.group(2) + (pm ? " PM" : " AM");
    }

    static LocalTime parseClock(String s) {
        Matcher m = CLOCK.matcher(s.strip());
        if (!m.matches()) return null;
        int h = Integer.parseInt(m.group(1)), mi = Integer.parseInt(m.group(2));
        if (m.group(4) != null) {
            if (h < 1 || h > 12) return null;
            h = h % 12 + (m.group(4).equalsIgnoreCase("p") ? 12 : 0);
        }
        if (h > 23 || mi > 59) return null;
        return LocalTime.of(h, mi);
    }

    // ---------------------------------------------------------------- free-form timeline

    /** The time mention a timeline line starts with, or null. */
    private static TimeMention timelineStart(String l) {
        if (l.length() < 4) return null;
        boolean dayFirst = Character.isLetter(l.charAt(0));
        if (!(Character.isDigit(l.charAt(0)) || "-*•~≈".indexOf(l.charAt(0)) >= 0 || dayFirst)) return null;
        List<TimeMention> ms = TimeMentions.find(l);
        if (ms.isEmpty()) return null;
        TimeMention first = ms.get(0);
        // "07/07/15 19:03:27 SCADA ...", "Mon 20.07.2015 13:24  monitoring@ ...": a duty or mail log's numeric date before
        // the row's time is the row's day (read in parseTimeline)
        if (ROW_NUMERIC_DATE.matcher(l.substring(0, first.start())).matches()) return l.substring(first.end()).isBlank() ? null : first;
        // "Mar 1, 2026 14:05 UTC errors begin", "1 March 2026 14:30 UTC rolled back": a day written with its month's name
        // and year before the row's time is the row's day (the time carries it)
        if (first.date() != null && ROW_NAMED_DATE.matcher(l.substring(0, first.start())).matches())
            return l.substring(first.end()).isBlank() ? null : first;
        // "Jun 07 06:34 UTC  #88121 [FIRING] ...": a month and day before the row's time is the row's day
        if (dayFirst && (first.monthDay() == null || !ROW_MONTH_DAY.matcher(l.substring(0, first.start())).matches())) return null;
        String before = dayFirst ? "" : l.substring(0, first.start()).replaceAll("[-*•~≈\\s]", "");
        if (!before.isEmpty()) return null;
        String after = l.substring(first.end()).strip();
        return after.isEmpty() ? null : first;
    }

    private static ParsedThread parseTimeline(String[] lines, PasteOptions opts) {
        List<ChatMessage> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> preamble = new ArrayList<>(); // the lines above the first row: a title, the paster's note
        ZoneId pasteZone = null;
        for (String raw : lines) {
            Matcher m = ALL_TIMES.matcher(raw);
            if (raw.length() < 80 && m.find() && timelineStart(raw.strip()) == null) {
                pasteZone = Zones.parse(m.group(1));
                break;
            }
        }
        LocalDate ref = referenceDate(opts, opts.zone() == null ? ZoneOffset.UTC : opts.zone());
        LocalDate date = null;
        Instant prev = null;
        ZoneId inherited = pasteZone;
        String curText = null, curOriginal = null;
        Instant curAt = null;
        ZoneId curZone = null;
        boolean curAssumed = false;
        int curLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) continue;
            LocalDate sep = dateHeader(l, ref);
            if (sep != null) {
                date = sep;
                prev = null;
                continue;
            }
            String written = l;
            l = cjkRow(l);
            TimeMention tm = timelineStart(l);
            if (tm == null) {
                if (curText != null) {
                    curText = curText + " " + l;
                    curOriginal = curOriginal + "\n" + l;
                } else {
                    preamble.add(written);
                    if (prev == null && date == null && ref != null) {
                        // "EVE Online server status - 3 June 2014", a title above the rows that writes one day: it dates them
                        // (only a day near the paste's own, and only before the first row)
                        LocalDate titled = TimeMentions.dayWritten(l, ref);
                        if (titled != null && Math.abs(titled.toEpochDay() - ref.toEpochDay()) <= 3) date = titled;
                    }
                }
                continue;
            }
            if (curText != null) out.add(new ChatMessage("paste:" + curLine, curAt, null, null, curText, false, curZone, curAssumed, curLine, curOriginal, true));
            ZoneId z = tm.zone();
            boolean assumed = false;
            if (z == null) {
                z = inherited != null ? inherited : opts.zone();
                assumed = true;
                if (z == null)
                    throw new PasteRefused(PasteRefused.Reason.NEEDS_ZONE, "This paste has times without a time zone (first: '" + tm.original() + "' on line " + (i + 1)
                            + "). Choose the zone the times were written in.");
            } else {
                inherited = z;
            }
            Instant at;
            LocalDate rowDay;
            if (tm.instant() != null) at = tm.instant();
            else if (tm.date() != null) at = ZonedDateTime.of(tm.date(), tm.time(), z).toInstant();
            else if (tm.monthDay() != null) {
                LocalDate d = TimeMentions.nearestYear(tm.monthDay(), ref);
                at = ZonedDateTime.of(d, tm.time(), z).toInstant();
                date = d;
            } else if ((rowDay = rowDate(l.substring(0, tm.start()), ref)) != null) {
                date = rowDay;
                at = ZonedDateTime.of(date, tm.time(), z).toInstant();
            } else {
                LocalDate d = date != null ? date : firstDate(tm.time(), z, opts, ref);
                at = ZonedDateTime.of(d, tm.time(), z).toInstant();
                if (crossedMidnight(prev, at)) at = at.plusSeconds(86_400);
                date = at.atZone(z).toLocalDate();
            }
            prev = at;
            curAt = at;
            curZone = z;
            curAssumed = assumed;
            curLine = i + 1;
            curText = l.substring(tm.end()).replaceFirst("^\\s*[-–—:|,.)]*\\s*", "").strip();
            curOriginal = written;
        }
        if (curText != null) out.add(new ChatMessage("paste:" + curLine, curAt, null, null, curText, false, curZone, curAssumed, curLine, curOriginal, true));
        return new ParsedThread(ParsedThread.Format.TIMELINE, out, warnings, preamble);
    }

    // ---------------------------------------------------------------- exported tables (CSV, TSV, Markdown)

    /** A header cell: a column's name, not a value ("created_on", "Created At (UTC)", "urgency"). */
    private static final Pattern HEADER_CELL = Pattern.compile("[\\p{L}_#][\\p{L}\\p{N} _#.()/-]{0,39}");
    /** A Markdown table's rule row: "|---|:---:|". */
    private static final Pattern TABLE_RULE = Pattern.compile("^[|+]?(?:\\s*:?-{2,}:?\\s*[|+])*\\s*:?-{2,}:?\\s*[|+]?$");
    /** Columns that say how urgent a row is: an export of pages, alerts or incidents has one. */
    private static final Pattern URGENCY_COLUMN = Pattern.compile("(?i)\\b(?:urgency|priority|severity|sev|level|prio)\\b|^p$");
    /** Columns that say what state the row's subject is in ("status", "state"). */
    private static final Pattern STATE_COLUMN = Pattern.compile("(?i)\\b(?:status|state)\\b");
    /** A time column that ends something ("until_utc", "resolved_at", "Closed On"), or acknowledges it. */
    private static final Pattern END_COLUMN = Pattern.compile("(?i)(?:^|[\\s_.(-])(?:until|end|ended|ends|resolved|resolution|closed|recovered|cleared|restored|fixed|up)(?:$|[\\s_.)-])");
    /** A time column that opens the row's state: "since_utc", "Start time", "down_from". */
    private static final Pattern FROM_COLUMN = Pattern.compile("(?i)(?:^|[\\s_.(-])(?:since|start|started|starts|from|begin|began|onset)(?:$|[\\s_.)-])");
    private static final Pattern ACK_COLUMN = Pattern.compile("(?i)(?:^|[\\s_.(-])(?:ack|acked|acknowledged|acknowledgement|acknowledgment)(?:$|[\\s_.)-])");
    /** A state value that is an event at the row's time in a log of events ("triggered", "acknowledged", "DOWN"). */
    private static final Pattern EVENT_VALUE = Pattern.compile("(?i)triggered|firing|fired|alert(?:ing)?|acknowledged|ack(?:ed)?|resolved|recovered|ok|down|up|critical|warning|open(?:ed)?|escalated");

    /**
     * A table exported from a paging, alerting or monitoring tool and pasted with its header row (CSV, TSV, a
     * semicolon or Markdown table): each row becomes a stamped line at the time in its time columns, its text the row's
     * other cells, so what the header says about the row is read with it. A creation time in an export with an urgency,
     * priority or severity column is when the page or alert was raised ("triggered"); an "until"/"resolved" column's
     * time is when the row's state ended; an "acknowledged" column's is an acknowledgement. Null when the paste is no
     * such table (no header row of names, fewer than two-thirds of the rows with the header's cells, no column of times).
     */
    static ParsedThread parseTable(String[] lines, PasteOptions opts) {
        int h = 0;
        while (h < lines.length && lines[h].isBlank()) h++;
        if (h >= lines.length) return null;
        String headerLine = lines[h].strip();
        char sep = headerLine.chars().filter(c -> c == '\t').count() >= 1 ? '\t'
                : headerLine.chars().filter(c -> c == '|').count() >= 1 ? '|'
                : headerLine.chars().filter(c -> c == ';').count() >= 2 ? ';'
                : headerLine.chars().filter(c -> c == ',').count() >= 2 ? ',' : 0;
        if (sep == 0 || !TimeMentions.find(headerLine).isEmpty()) return null;
        List<String> header = cells(headerLine, sep);
        if (header.size() < (sep == '\t' || sep == '|' ? 2 : 3)) return null;
        for (String c : header) if (!HEADER_CELL.matcher(c).matches()) return null;
        int n = header.size();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        int other = 0;
        for (int i = h + 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || sep == '|' && TABLE_RULE.matcher(l).matches()) continue;
            List<String> row = cells(l, sep);
            while (row.size() > n && row.get(row.size() - 1).isEmpty()) row.remove(row.size() - 1);
            while (row.size() < n && row.size() >= n - 1) row.add(""); // a last cell left empty ("...,2022-04-01 00:00:00,")
            if (row.size() != n) {
                other++;
                continue;
            }
            rows.add(row);
            rowLines.add(i + 1);
        }
        if (rows.isEmpty() || other * 2 > rows.size()) return null;
        // the columns of times: a cell that is a time (with its date and zone, perhaps), little else
        boolean[] timeCol = new boolean[n];
        boolean anyTime = false;
        for (int j = 0; j < n; j++) {
            int times = 0, filled = 0;
            for (List<String> row : rows) {
                String c = row.get(j);
                if (c.isEmpty()) continue;
                filled++;
                if (tableTime(c) != null) times++;
            }
            timeCol[j] = filled > 0 && times * 2 >= filled && times > 0;
            anyTime |= timeCol[j];
        }
        if (!anyTime) return null;
        int urgency = -1, state = -1;
        for (int j = 0; j < n; j++) {
            if (timeCol[j]) continue;
            if (urgency < 0 && URGENCY_COLUMN.matcher(header.get(j)).find()) urgency = j;
            else if (state < 0 && STATE_COLUMN.matcher(header.get(j)).find() && shortValues(rows, j)) state = j;
        }
        boolean alertExport = urgency >= 0 || header.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).matches(".*\\b(?:alert|incident|page)s?\\b.*|.*(?:alert|incident)_.*"));
        LocalDate ref = referenceDate(opts, opts.zone() == null ? ZoneOffset.UTC : opts.zone());
        List<ChatMessage> out = new ArrayList<>();
        // a column of times without a date, in the order written, crosses midnight when a time falls hours behind the
        // row before ("23:57" then "00:17" in a dispatch export): the day each column has reached
        LocalDate[] dayOf = new LocalDate[n];
        Instant[] prevOf = new Instant[n];
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int line = rowLines.get(r);
            String original = lines[line - 1].strip();
            String stateValue = state >= 0 ? row.get(state) : "";
            boolean eventLog = EVENT_VALUE.matcher(stateValue).matches();
            StringBuilder rest = new StringBuilder();
            for (int j = 0; j < n; j++) {
                if (timeCol[j] || j == state || row.get(j).isEmpty()) continue;
                if (rest.length() > 0) rest.append(", ");
                rest.append(j == urgency ? header.get(j) + " " : "").append(row.get(j));
            }
            // a state that is no event at the row's time ("Closed" in an export of alerts) says how the row stands now: left out
            // "DOWN, since 18:30:18, until 18:34:21": a state's window, one line that says both ends
            int from = -1, until = -1;
            for (int j = 0; j < n; j++) {
                if (!timeCol[j] || row.get(j).isEmpty() || tableTime(row.get(j)) == null) continue;
                if (from < 0 && FROM_COLUMN.matcher(header.get(j)).find()) from = j;
                else if (until < 0 && END_COLUMN.matcher(header.get(j)).find()) until = j;
            }
            boolean window = from >= 0 && until >= 0 && (state < 0 || eventLog);
            int k = 0;
            for (int j = 0; j < n; j++) {
                if (!timeCol[j] || row.get(j).isEmpty() || window && j == until) continue;
                TimeMention tm = tableTime(row.get(j));
                if (tm == null) continue;
                String name = header.get(j);
                ZoneId z = tm.zone() != null ? tm.zone() : headerZone(name);
                boolean assumed = false;
                if (z == null) {
                    z = opts.zone();
                    assumed = true;
                    if (z == null)
                        throw new PasteRefused(PasteRefused.Reason.NEEDS_ZONE, "This table has times without a time zone (first: '" + tm.original()
                                + "' on line " + line + "). Choose the zone the times were written in.");
                }
                Instant at;
                if (tm.instant() != null) at = tm.instant();
                else if (tm.date() != null) at = ZonedDateTime.of(tm.date(), tm.time(), z).toInstant();
                else if (tm.monthDay() != null) at = ZonedDateTime.of(TimeMentions.nearestYear(tm.monthDay(), ref), tm.time(), z).toInstant();
                else {
                    LocalDate day = dayOf[j] != null ? dayOf[j] : ref;
                    at = ZonedDateTime.of(day, tm.time(), z).toInstant();
                    if (crossedMidnight(prevOf[j], at)) {
                        day = day.plusDays(1);
                        at = ZonedDateTime.of(day, tm.time(), z).toInstant();
                    }
                    dayOf[j] = day;
                    prevOf[j] = at;
                }
                String zoneSaid = tm.zone() == null && !assumed ? " " + Zones.label(z) : "";
                String what;
                if (window) what = (eventLog ? stateValue.toLowerCase(Locale.ROOT) + " " : "") + "from " + row.get(j) + zoneSaid + " until " + row.get(until) + zoneSaid;
                else if (END_COLUMN.matcher(name).find()) what = "resolved" + (eventLog ? " (" + stateValue + " ended)" : "");
                else if (ACK_COLUMN.matcher(name).find()) what = "acknowledged";
                else if (eventLog) what = stateValue;
                else if (alertExport) what = "triggered";
                else what = "";
                String text = what.isEmpty() ? rest.toString() : what + (rest.length() > 0 ? ": " + rest : "");
                if (text.isBlank()) continue;
                out.add(new ChatMessage("paste:" + line + (k++ == 0 ? "" : "." + k), at, null, null, text, false, z, assumed, line,
                        row.get(j) + "\n" + original, true));
            }
        }
        if (out.isEmpty()) return null;
        out.sort(java.util.Comparator.comparing(ChatMessage::at));
        return new ParsedThread(ParsedThread.Format.TIMELINE, out, List.of());
    }

    /** A column of one- or two-word values ("DOWN", "Closed", "In Progress"): a state, not a text. */
    private static boolean shortValues(List<List<String>> rows, int j) {
        for (List<String> row : rows) if (row.get(j).split("\\s+").length > 2) return false;
        return true;
    }

    /** The time a table cell holds, when the cell is (nearly) nothing but a time: "2021-12-15 00:18:41 UTC", "2016-10-03T21:19:33Z". */
    private static TimeMention tableTime(String cell) {
        List<TimeMention> ms = TimeMentions.find(cell);
        if (ms.size() != 1) return null;
        TimeMention tm = ms.get(0);
        String left = (cell.substring(0, tm.start()) + cell.substring(tm.end())).replaceAll("[\\s,;()\\[\\]]", "");
        return left.length() <= 3 ? tm : null;
    }

    /** A zone its header names: "since_utc", "Created At (UTC)", "time (CET)". */
    private static ZoneId headerZone(String name) {
        for (String w : name.split("[^\\p{L}]+")) {
            if (w.length() < 2) continue;
            String u = w.toUpperCase(Locale.ROOT);
            if (u.matches(Zones.ABBR_REGEX)) {
                ZoneId z = Zones.parse(u);
                if (z != null) return z;
            }
        }
        return null;
    }

    /** A table row's cells: a CSV's quoted cells ("a, b" in quotes, "" for a quote), Markdown's outer pipes dropped. */
    private static List<String> cells(String l, char sep) {
        String s = sep == '|' ? l.replaceAll("^\\|", "").replaceAll("\\|$", "") : l;
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && sep != '|') {
                if (quoted && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else quoted = !quoted;
            } else if (c == sep && !quoted) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else cur.append(c);
        }
        out.add(cur.toString().strip());
        return out;
    }

    // ---------------------------------------------------------------- quoted mail

    /**
     * A mail chain copied with its headers: each "From:" then "Sent:"/"Date:" with a dated time opens a message whose
     * text is its subject (without RE:/FW:) and body, so the body is read at the time the mail was sent (not as loose
     * lines with no time). Null when the paste has no From line followed by a dated Sent/Date line.
     */
    private static ParsedThread parseMail(String[] pasted, PasteOptions opts) {
        // "From: Dana Kowalczyk | Sent: Thu 7/24/2025 7:58 AM | Subject: phone bot super slow??": a mail client's list
        // view copies the headers on one line; read them as the header lines they stand for (each keeps its line number)
        List<String> expanded = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int i = 0; i < pasted.length; i++) {
            Matcher one = MAIL_ONE_LINE.matcher(pasted[i].strip());
            if (one.matches()) {
                for (String part : pasted[i].strip().split("\\s*[|│]\\s*")) {
                    expanded.add(part);
                    lineOf.add(i + 1);
                }
            } else {
                expanded.add(pasted[i]);
                lineOf.add(i + 1);
            }
        }
        String[] lines = expanded.toArray(new String[0]);
        List<ChatMessage> out = new ArrayList<>();
        LocalDate ref = referenceDate(opts, opts.zone() == null ? ZoneOffset.UTC : opts.zone());
        String from = null;
        Builder cur = null;
        ZoneId curZone = null;
        int n = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) continue;
            Matcher m;
            if ((m = MAIL_FROM.matcher(l)).matches()) {
                from = m.group(1).strip();
                continue;
            }
            if (from != null && (m = MAIL_SENT.matcher(l)).matches()) {
                Instant at = mailTime(m.group(1), opts, ref);
                if (at == null) return null;
                if (cur != null) out.add(mailMessage(cur, curZone, ++n));
                cur = new Builder();
                cur.author = from;
                cur.at = at;
                cur.line = lineOf.get(i);
                cur.original.append("From: ").append(from).append('\n').append(l);
                curZone = opts.zone();
                from = null;
                continue;
            }
            if (MAIL_OTHER_HEADER.matcher(l).matches() || cur == null) continue;
            cur.original.append('\n').append(l);
            if ((m = MAIL_SUBJECT.matcher(l)).matches()) {
                if (!m.group(1).isBlank()) addText(cur, m.group(1).strip() + ".");
                continue;
            }
            addText(cur, l);
        }
        if (cur == null) return null;
        out.add(mailMessage(cur, curZone, ++n));
        return new ParsedThread(ParsedThread.Format.MAIL, out, List.of());
    }

    private static ChatMessage mailMessage(Builder b, ZoneId zone, int n) {
        return new ChatMessage("chat:" + b.at.getEpochSecond() + "." + String.format(Locale.ROOT, "%06d", b.line), b.at, b.author, null,
                b.text.toString(), false, zone, zone != null, b.line, b.original.toString(), false);
    }

    /** The instant of a Sent/Date header's dated time, or null (no date, or no zone to read it in). */
    private static Instant mailTime(String v, PasteOptions opts, LocalDate ref) {
        List<TimeMention> ms = TimeMentions.find(v);
        if (ms.isEmpty()) return null;
        TimeMention tm = ms.get(0);
        if (tm.instant() != null) return tm.instant();
        ZoneId z = tm.zone() != null ? tm.zone() : opts.zone();
        if (z == null) return null;
        if (tm.date() != null) return ZonedDateTime.of(tm.date(), tm.time(), z).toInstant();
        if (tm.monthDay() != null && ref != null)
            return ZonedDateTime.of(TimeMentions.nearestYear(tm.monthDay(), ref), tm.time(), z).toInstant();
        // "Thu 7/24/2025 11:58 AM", "Wed 10/04/2024 9:14 AM": a slash date, month first or day first, read the way that
        // puts it nearest the paste's day
        Matcher slash = SLASH_DATE.matcher(v);
        if (slash.find() && ref != null) {
            LocalDate day = nearer(numericDate(slash.group(1), slash.group(2), slash.group(3), ref),
                    numericDate(slash.group(2), slash.group(1), slash.group(3), ref), ref);
            if (day != null) return ZonedDateTime.of(day, tm.time(), z).toInstant();
        }
        return null;
    }

    private static final Pattern SLASH_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");

    private static ParsedThread freeText(String[] lines, PasteOptions opts) {
        List<ChatMessage> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) continue;
            out.add(new ChatMessage("paste:" + (i + 1), null, null, null, l, false, opts.zone(), opts.zone() != null, i + 1, l, false));
        }
        return new ParsedThread(ParsedThread.Format.FREE_TEXT, out,
                List.of("No chat headers or timeline times were recognised; the paste was read as free text, one line at a time."));
    }

    private static String str(JsonNode n, String f) {
        if (n == null || !n.isObject()) return null;
        JsonNode v = n.get(f);
        return v == null || v.isNull() || v.isContainer() ? null : v.asString();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}

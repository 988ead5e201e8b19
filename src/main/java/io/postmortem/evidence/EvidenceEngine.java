package io.postmortem.evidence;

import io.postmortem.evidence.Signals.Tag;
import io.postmortem.evidence.adf.AdfText;
import io.postmortem.evidence.chat.ChatMessage;
import io.postmortem.evidence.chat.ParsedThread;
import io.postmortem.evidence.keytimes.KeyTimeFinder;
import io.postmortem.evidence.keytimes.LearnedChooser;
import io.postmortem.evidence.keytimes.TicketRecord;
import io.postmortem.evidence.keytimes.Utterance;
import io.postmortem.evidence.time.TimeMention;
import io.postmortem.evidence.time.TimeMentions;
import io.postmortem.evidence.time.Zones;
import io.postmortem.postmortem.EvidenceLink;
import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimes;
import io.postmortem.postmortem.Question;
import io.postmortem.postmortem.Responder;
import io.postmortem.postmortem.Suggestion;
import io.postmortem.postmortem.TimelineEntry;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an incident's evidence (issue, comments, changelog, links, pasted threads) into a draft UTC timeline, the
 * three key times, responders with roles, questionnaire suggestions and supporting evidence.
 * <p>
 * Rules, in short: a time stated in a message places its clause at that time (read in the written zone, else the
 * message's zone, and on the day closest to the posting time); recaps (posted after resolution, "recap"/"timeline:"
 * wording, or three lines or more each starting with a time) give one learned-later row per stated time; chatter is
 * dropped; the same event reported twice within {@link TimelineMerge#WINDOW} with similar words becomes one row,
 * machine timestamps (changelog, bots, ISO alert stamps) winning over human ones. Key times are candidates with
 * their quotes, chosen by a precedence ({@link io.postmortem.evidence.keytimes}); never invented, UNKNOWN when nothing
 * says them.
 * Pure: no I/O; never throws anything but {@link EvidenceException}.
 */
public final class EvidenceEngine {

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DHM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final Duration FUTURE_SLACK = Duration.ofMinutes(10);
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"')\\]|]+");
    private static final Pattern HOST = Pattern.compile("(?i)\\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.){2,}(?:internal|local|corp|lan|intra|prod|staging|svc|cluster|net|io|com|cloud|dev)\\b");
    private static final Pattern SYSTEM_TOKEN = Pattern.compile("\\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\\b");
    /** A row of a written timeline: it opens with its time, or with "At"/"By" and its time ("At 9:37 AM PST, ..."). */
    private static final Pattern TIMELINE_LINE = Pattern.compile("^\\s*(?:[-*•]\\s*)?(?i:(?:at|by)\\s+)?~?(?:\\d{4}-\\d{2}-\\d{2}[ T])?\\d{1,2}:\\d{2}");

    // roles, strongest first
    private static final String COMMANDER = "incident commander", COMMS = "comms", SCRIBE = "scribe", SME = "subject expert",
            ASSIGNEE = "assignee", REPORTER = "reporter", RESPONDER = "responder";
    private static final List<String> ROLE_ORDER = List.of(COMMANDER, COMMS, SCRIBE, SME, ASSIGNEE, REPORTER, RESPONDER);
    private static final Pattern SELF_IC = Pattern.compile("(?i)(\\bi'?m (?:the )?ic\\b|\\bi am (?:the )?(?:ic|incident commander)\\b|\\bic here\\b|\\bi'?ll (?:be|take) (?:the )?(?:ic|incident commander|command)\\b|\\btaking (?:ic|command|incident command)\\b|\\bi have (?:the )?(?:ic|command)\\b|\\bi'?m (?:the )?incident commander\\b)");
    private static final Pattern SELF_COMMS = Pattern.compile("(?i)(\\bi'?ll (?:take|handle|do|own|run) (?:the )?comms\\b|\\btaking comms\\b|\\bi'?m (?:on )?comms\\b|\\bhandling comms\\b|\\bi'?ll (?:update|post to|handle) the status ?page\\b|\\bcomms (?:lead )?here\\b)");
    private static final Pattern SELF_SCRIBE = Pattern.compile("(?i)(\\btaking notes\\b|\\bi'?ll (?:scribe|take notes|keep notes|be (?:the )?scribe)\\b|\\bscribing\\b|\\bi'?m (?:the )?scribe\\b)");
    private static final Pattern OTHER_ROLE = Pattern.compile("@(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?: \\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3})\\s*,?\\s*(?i:is|you'?re|you are|will be|can you (?:be|take|do|handle)|could you (?:be|take|do|handle)|please (?:be|take|do|handle)|as|takes?|on)\\s+(?i:the |our )?(?i:(ic|incident commander|comms|scribe|commander|notes))\\b");

    private static final Pattern LEAD_IN = Pattern.compile("(?i)(?:[-*•]|at|around|approx\\.?|about|by|~|since|from)?\\s*");
    private static final Pattern LEAD_SEP = Pattern.compile("^\\s*(?:[-–—:|,.)]\\s*)*");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern SYSTEM_SUFFIX = Pattern.compile("-(api|svc|service|db|primary|replica|prod|staging|cluster|cache|proxy|gateway|worker|queue|lb)$");
    private static final Pattern DASHBOARD = Pattern.compile("grafana|datadog|kibana|newrelic|prometheus|honeycomb|cloudwatch|splunk|dashboard|/d/|lightstep|dynatrace");
    private static final Pattern VENDOR = Pattern.compile("support\\.|/case|/cases/|zendesk|salesforce");

    private final Clock clock;
    private final LearnedChooser chooser;

    /** @param clock "now", to recognise (and ignore) events dated in the future; key times as shipped (rules, then learned) */
    public EvidenceEngine(Clock clock) {
        this(clock, LearnedChooser.shipped());
    }

    /**
     * @param clock   as {@link #EvidenceEngine(Clock)}
     * @param chooser the learned precedence applied after the rules choose key times; null leaves the rules' choice
     *                (for regenerating its weights and for benchmarks that compare with the rules; everything else in
     *                the evidence is the same either way)
     */
    public EvidenceEngine(Clock clock, LearnedChooser chooser) {
        this.clock = clock;
        this.chooser = chooser;
    }

    private enum Kind { CHANGELOG, ISSUE, COMMENT, CHAT, TIMELINE, DESCRIPTION }

    /** A candidate timeline row, before deduplication. */
    private static final class Cand {
        Instant at;
        String who = "";
        String whoId;
        String event;
        String source;
        boolean learnedLater;
        String original;
        String assumedZone;
        int priority;
        boolean stated;
        String clause;
        String statedOriginal;
        String timeAsWritten;
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        Kind kind;
        boolean bot;
        boolean resolvedTransition;
        Set<String> words;
        boolean hidden;
        int tagBits;
        /** Dedupe's id of the chat thread of a person's chat message ({@link #thread}), -1 for anything else. */
        int chatThread;
    }

    /** A piece of text evidence, before it is cut into candidates. */
    private record Obs(Instant posted, String who, String whoId, String text, String source, Kind kind, boolean bot,
                       ZoneId zone, boolean zoneAssumed, String original, String where, String timeAsWritten, int paste) {
    }

    public Evidence analyze(EvidenceInput input) {
        if (input == null) throw new EvidenceException("No evidence input.");
        try {
            return Zones.readFor(input.defaultZone(), () -> run(input));
        } catch (EvidenceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EvidenceException("The evidence could not be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }

    private Evidence run(EvidenceInput in) {
        IssueFacts issue = in.issue();
        List<String> warnings = new ArrayList<>();
        Set<String> people = new LinkedHashSet<>();
        Set<String> internalTerms = new LinkedHashSet<>();
        Map<String, EvidenceLink> links = new LinkedHashMap<>();
        Responders responders = new Responders();
        List<Cand> cands = new ArrayList<>();
        Instant now = clock.instant();

        for (String l : issue.labels()) if (l != null && !l.isBlank()) internalTerms.add(l);
        for (String c : issue.components()) if (c != null && !c.isBlank()) internalTerms.add(c);
        if (issue.assignee() != null) {
            people.add(issue.assignee().displayName());
            responders.add(issue.assignee().displayName(), issue.assignee().accountId(), ASSIGNEE, "issue:" + issue.key());
        }
        if (issue.reporter() != null) {
            people.add(issue.reporter().displayName());
            responders.add(issue.reporter().displayName(), issue.reporter().accountId(), REPORTER, "issue:" + issue.key());
        }

        // ---- changelog: machine timestamps
        Instant resolvedTransition = null;
        String resolvedTransitionSource = null;
        Instant lastResolvedTransition = null;
        List<TicketRecord> resolvedRecords = new ArrayList<>();
        List<ChangelogEntry> changelog = new ArrayList<>(in.changelog());
        changelog.sort(Comparator.comparing(ChangelogEntry::created, Comparator.nullsLast(Comparator.naturalOrder())));
        for (ChangelogEntry ce : changelog) {
            if (ce == null || ce.created() == null) continue;
            List<String> parts = new ArrayList<>();
            boolean resolvedHere = false;
            for (ChangeItem it : ce.items()) {
                switch (it.key()) {
                    case "status" -> {
                        // the changelog carries status ids only; the issue tells the category of its current status
                        if (StatusMove.of(it.from(), it.to(), in.resolvedStatusIds(), id -> id.equals(issue.statusId())
                                && "done".equals(issue.statusCategoryKey())) == StatusMove.INTO_RESOLVED) resolvedHere = true;
                        parts.add("Status " + nz(it.fromDisplay(), it.from()) + " → " + nz(it.toDisplay(), it.to()));
                    }
                    case "resolution" -> {
                        if (it.to() != null) parts.add("Resolution set to " + nz(it.toDisplay(), it.to()));
                    }
                    case "priority" -> parts.add("Priority " + nz(it.fromDisplay(), it.from()) + " → " + nz(it.toDisplay(), it.to()));
                    case "assignee" -> {
                        parts.add(it.to() == null ? "Unassigned" : "Assigned to " + nz(it.toDisplay(), it.to()));
                        if (it.toDisplay() != null) {
                            people.add(it.toDisplay());
                            responders.add(it.toDisplay(), it.to(), RESPONDER, "changelog:" + ce.id());
                        }
                    }
                    case "labels" -> parts.add("Labels: " + nz(it.toDisplay(), ""));
                    case "issuelinks", "link" -> parts.add(it.toDisplay() != null ? "Linked " + it.toDisplay() : "Link removed: " + nz(it.fromDisplay(), ""));
                    default -> {
                    }
                }
            }
            if (parts.isEmpty()) continue;
            if (ce.authorDisplayName() != null) people.add(ce.authorDisplayName());
            Cand c = new Cand();
            c.at = ce.created();
            c.who = nz(ce.authorDisplayName(), "");
            c.whoId = ce.authorAccountId();
            c.event = Signals.oneLine(String.join("; ", parts), 200);
            c.clause = c.event;
            c.source = "changelog:" + ce.id();
            c.priority = 6;
            c.kind = Kind.CHANGELOG;
            c.resolvedTransition = resolvedHere;
            c.tags = resolvedHere ? EnumSet.of(Tag.STATUS, Tag.RECOVER) : EnumSet.of(Tag.STATUS);
            cands.add(c);
            if (resolvedHere && resolvedTransition == null) {
                resolvedTransition = ce.created();
                resolvedTransitionSource = c.source;
            }
            if (resolvedHere) {
                lastResolvedTransition = ce.created();
                resolvedRecords.add(new TicketRecord(ce.created(), c.source, ce.authorDisplayName(), TicketRecord.What.RESOLVED));
            }
        }
        Instant resolutionRef = resolvedTransition != null ? resolvedTransition : issue.resolutionDate();

        // ---- the ticket itself
        if (issue.created() != null) {
            Cand c = new Cand();
            c.at = issue.created();
            c.who = issue.reporter() == null ? "" : nz(issue.reporter().displayName(), "");
            c.event = Signals.oneLine("Incident " + nz(issue.key(), "") + " created: " + nz(issue.summary(), ""), 200);
            c.clause = c.event;
            c.source = "issue:" + issue.key();
            c.priority = 6;
            c.kind = Kind.ISSUE;
            c.tags = EnumSet.noneOf(Tag.class);
            cands.add(c);
        }

        // ---- text evidence
        List<Obs> obs = new ArrayList<>();
        String description = issue.description() == null ? "" : AdfText.text(issue.description());
        if (!description.isBlank())
            obs.add(new Obs(issue.created(), issue.reporter() == null ? "" : issue.reporter().displayName(), null,
                    description, "issue:" + issue.key(), Kind.DESCRIPTION, false, in.defaultZone(), true, description,
                    "description", null, 0));
        List<JiraComment> comments = new ArrayList<>(in.comments());
        comments.sort(Comparator.comparing(JiraComment::created, Comparator.nullsLast(Comparator.naturalOrder())));
        for (JiraComment jc : comments) {
            if (jc == null) continue;
            AdfText.Result r = AdfText.convert(jc.adfBody());
            for (AdfText.Mention m : r.mentions()) if (!m.displayName().isBlank()) people.add(m.displayName());
            for (AdfText.Link l : r.links()) addLink(links, l.text().equals(l.url()) ? null : l.text(), l.url(), internalTerms);
            if (jc.authorDisplayName() != null) {
                people.add(jc.authorDisplayName());
                if (!io.postmortem.evidence.chat.Bots.isBot(jc.authorDisplayName()))
                    responders.add(jc.authorDisplayName(), jc.authorAccountId(), RESPONDER, "comment:" + jc.id());
            }
            obs.add(new Obs(jc.created(), jc.authorDisplayName(), jc.authorAccountId(), r.text(), "comment:" + jc.id(),
                    Kind.COMMENT, io.postmortem.evidence.chat.Bots.isBot(jc.authorDisplayName()), in.defaultZone(), true, r.text(),
                    "comment " + jc.id(), null, 0));
        }
        int threadNo = 0;
        List<String> pasteNotes = new ArrayList<>();
        Map<Integer, String> pasteTitles = new HashMap<>();
        // a paste read as free text (a summary or write-up pasted whole) is one text for the timeline, as a comment is: a
        // day or zone its header or an earlier line writes ("summary of 18 Oct, times PDT", "On Thursday 13 October")
        // dates and zones the times of the lines after it, which read alone had no day
        List<Obs> pasteTexts = new ArrayList<>();
        for (ParsedThread t : in.threads()) {
            threadNo++;
            if (t == null) continue;
            warnings.addAll(t.warnings());
            // a line above the first message ("(joined the channel late; scrollback before 1:15 PM not copied)") is the
            // paster's note on the paste: the key times read it (a paste that does not start at the beginning)
            pasteNotes.addAll(t.preamble());
            // the paste's title, its first line above the rows or a free text's first line ("Webhook Service Degradation -
            // Incident Report for Uploadcare"): the key times read whose document it is
            String title = !t.preamble().isEmpty() ? t.preamble().get(0)
                    : t.format() == ParsedThread.Format.FREE_TEXT && !t.messages().isEmpty() ? t.messages().get(0).text() : null;
            if (title != null) pasteTitles.put(threadNo, title);
            if (t.format() == ParsedThread.Format.FREE_TEXT && !t.messages().isEmpty()) {
                ChatMessage first = t.messages().get(0);
                StringBuilder all = new StringBuilder();
                for (ChatMessage m : t.messages()) all.append(all.length() == 0 ? "" : "\n").append(m.text());
                ZoneId z = first.zone() != null ? first.zone() : in.defaultZone();
                pasteTexts.add(new Obs(null, null, null, all.toString(), first.source(), Kind.CHAT, false, z,
                        first.zone() == null || first.zoneAssumed(), all.toString(), "paste " + threadNo, null, threadNo));
            }
            for (ChatMessage m : t.messages()) {
                if (m.author() != null && !m.author().isBlank()) {
                    people.add(m.author());
                    if (!m.bot()) responders.add(m.author(), m.authorId(), RESPONDER, m.source());
                }
                ZoneId z = m.zone() != null ? m.zone() : in.defaultZone();
                boolean assumed = m.zone() == null || m.zoneAssumed();
                obs.add(new Obs(m.at(), m.author(), m.authorId(), m.text(), m.source(),
                        m.stamped() ? Kind.TIMELINE : Kind.CHAT, m.bot(), z, assumed, m.original(),
                        "paste " + threadNo + (m.line() > 0 ? ", line " + m.line() : ", " + m.source()),
                        m.line() > 0 ? headerTime(m.original()) : null, threadNo));
            }
        }
        for (RemoteLink rl : in.remoteLinks()) {
            if (rl == null || rl.url() == null) continue;
            addLink(links, rl.title(), rl.url(), internalTerms);
        }
        for (IssueLink il : issue.issueLinks()) {
            if (il == null || il.otherKey() == null) continue;
            boolean incident = !issue.projectKey().isEmpty() && il.otherKey().startsWith(issue.projectKey() + "-");
            String label = il.otherKey() + " (" + nz(il.label(), "linked") + ")" + (il.otherSummary() == null ? "" : ": " + il.otherSummary());
            links.putIfAbsent("issue:" + il.otherKey(), new EvidenceLink(label, null, incident ? "RELATED_INCIDENT" : "TICKET"));
        }

        boolean unreadZoneWarned = false;
        List<Obs> rowObs = new ArrayList<>();
        for (Obs o : obs) if (pasteTexts.isEmpty() || !(o.kind() == Kind.CHAT && o.posted() == null)) rowObs.add(o);
        rowObs.addAll(pasteTexts);
        for (Obs o : rowObs) {
            collectTerms(o.text(), internalTerms);
            if (o.kind() != Kind.COMMENT && o.text() != null && o.text().contains("http")) { // comments' links came from the ADF above
                Matcher u = URL.matcher(o.text());
                while (u.find()) addLink(links, null, u.group(), internalTerms);
            }
            roles(o, responders);
            if (o.kind() == Kind.TIMELINE) {
                if (o.posted() == null || Signals.isNoise(o.text())) continue;
                Cand c = cand(o, o.posted(), o.text(), true, false);
                c.statedOriginal = o.original();
                c.timeAsWritten = o.timeAsWritten();
                c.priority = 3;
                cands.add(c);
                continue;
            }
            if (o.zone() == null && !TimeMentions.find(o.text()).isEmpty() && !unreadZoneWarned
                    && TimeMentions.find(o.text()).stream().anyMatch(m -> m.zone() == null && m.instant() == null)) {
                warnings.add("Times written without a zone in " + o.source() + " and others were not read: no default time zone is configured.");
                unreadZoneWarned = true;
            }
            textCandidates(o, resolutionRef, issue.created(), cands);
        }

        // ---- future dates: flagged and ignored
        List<Cand> kept = new ArrayList<>();
        for (Cand c : cands) {
            if (c.at != null && c.at.isAfter(now.plus(FUTURE_SLACK))) {
                warnings.add("Ignored an event dated in the future (" + DHM.format(c.at) + " UTC) from " + c.source + ": '" + Signals.oneLine(c.event, 60) + "'.");
                continue;
            }
            kept.add(c);
        }
        cands = kept;
        for (Cand c : cands) c.words = Signals.words(c.clause == null ? c.event : c.clause);

        KeyTimes keyTimes = keyTimes(obs, pasteNotes, pasteTitles, resolvedRecords, issue, lastResolvedTransition, now, chooser);
        List<TimelineEntry> timeline = dedupe(cands);

        Map<String, Suggestion> suggestions = suggestions(cands, keyTimes, issue, description, responders, links);
        people.removeIf(p -> p == null || p.isBlank());
        return new Evidence(timeline, keyTimes, responders.list(), suggestions, List.copyOf(links.values()),
                Set.copyOf(internalTerms), Set.copyOf(people), List.copyOf(warnings));
    }

    /** In a recap in sentences, how far before the earliest time stated so far a later time may go back over the account. */
    private static final Duration FAR_BEFORE_ACCOUNT = Duration.ofHours(6);

    // ------------------------------------------------------------------ text to candidates

    private void textCandidates(Obs o, Instant resolutionRef, Instant incidentCreated, List<Cand> out) {
        String text = o.text() == null ? "" : o.text().strip();
        if (text.isEmpty() || Signals.isNoise(text)) return;
        boolean postedAfterResolution = resolutionRef != null && o.posted() != null
                && o.posted().isAfter(resolutionRef.plus(Duration.ofMinutes(5)));
        int timedLines = 0;
        for (String line : text.split("\n")) if (TIMELINE_LINE.matcher(line).find()) timedLines++;
        boolean recap = o.kind() != Kind.DESCRIPTION
                && (timedLines >= 3 || postedAfterResolution || (mayBeRecap(text) && Signals.RECAP.matcher(text).find())
                || o.kind() == Kind.COMMENT && writtenLongAfter(text, o.posted(), o.zone(), o.zoneAssumed()));
        boolean pasteText = o.kind() == Kind.CHAT && o.posted() == null; // a free-text paste read whole: about the incident's day
        Instant anchor = pasteText ? incidentCreated : o.posted();
        // a recap written later still talks about the incident's day, unless it dates itself from its own writing ("back
        // online at 2:30pm today", "same thing tonight", "from about 6 pm yesterday"): then its day is the writing's
        if (recap && incidentCreated != null && o.posted() != null && o.posted().isAfter(incidentCreated) && !TimeMentions.datesItself(text))
            anchor = incidentCreated;
        ZoneId zone = o.zone();
        boolean zoneAssumed = o.zoneAssumed();
        ZoneId stated = TimeMentions.messageZone(text); // "(times UTC)", "Timeline (UTC):": the writer stated the zone once
        // a live comment whose times only read as "just now" in UTC ("recovered at 18:45", written 18:52 UTC, LA profile)
        if (stated == null && zoneAssumed && o.kind() == Kind.COMMENT && !recap)
            stated = TimeMentions.liveInUtc(TimeMentions.find(text), o.posted(), zone);
        if (stated != null) {
            zone = stated;
            zoneAssumed = false;
        }
        Instant prevStated = null;
        Instant accountStart = null; // the earliest time this text has stated so far
        Instant datedAnchor = null;
        boolean any = false;
        List<String> clauses = new ArrayList<>();
        for (String clause : Signals.clauses(text)) for (String part : splitContrast(clause)) clauses.addAll(splitTimed(part));
        List<List<TimeMention>> mentions = new ArrayList<>(clauses.size());
        for (String clause : clauses) mentions.add(TimeMentions.find(clause));
        Cand lastRow = null;
        StringBuilder lineSoFar = new StringBuilder(); // the untimed clauses of the current line, before its first time
        int pos = 0;
        for (int ci = 0; ci < clauses.size(); ci++) {
            String clause = clauses.get(ci);
            List<TimeMention> ms = mentions.get(ci);
            int idx = text.indexOf(clause, pos);
            if (idx >= 0) {
                if (text.substring(pos, idx).indexOf('\n') >= 0) lineSoFar.setLength(0);
                pos = idx + clause.length();
            }
            // "22:01 internal alerts; incident declared.": a clause without a time after a row's own, in the same line after
            // a semicolon, is more of that row
            if (ms.isEmpty() && lastRow != null && ci > 0 && text.contains(clauses.get(ci - 1) + "; " + clause) && !Signals.isNoise(clause))
                lastRow.event = Signals.oneLine(lastRow.event + "; " + clause, 200);
            if (!ms.isEmpty()) lastRow = null;
            // "On Monday, 20th July, the servers were not available. Players were affected from 11:22 UTC": a day written
            // alone in a write-up dates the times after it that carry none (only a day near the incident's)
            if (ms.isEmpty() && zone != null && (o.kind() == Kind.COMMENT || o.kind() == Kind.DESCRIPTION || pasteText)) {
                LocalDate day = TimeMentions.dayWritten(clause, incidentCreated == null ? null : incidentCreated.atZone(zone).toLocalDate());
                if (day != null && incidentCreated != null && Math.abs(day.toEpochDay() - incidentCreated.atZone(zone).toLocalDate().toEpochDay()) <= 3)
                    datedAnchor = day.atTime(12, 0).atZone(zone).toInstant();
            }
            TimeMention use = null;
            Instant at = null;
            for (TimeMention m : ms) {
                // a day the write-up wrote once ("On 15 December 2015 at 15:40Z") dates the times after it without one
                boolean dayless = undated(m) && datedAnchor != null && (o.kind() == Kind.COMMENT || o.kind() == Kind.DESCRIPTION || pasteText);
                // "failed at 12:26 local, 10:26 UTC": a time said to be local is in the writer's own zone, not the one the text names
                ZoneId mz = TimeMentions.saidLocal(clause, m) && o.zone() != null ? o.zone() : zone;
                Instant a = prevStated != null && recap ? TimeMentions.resolveAfter(m, prevStated, mz)
                        : TimeMentions.resolve(m, dayless ? datedAnchor : anchor, mz);
                if (a == null) continue;
                // "Impact: no departures from 9:40 to 12:15. Known to us: Sandrine's message at 9:44.", a recap in sentences:
                // a time a little before the last one goes back over the account, it does not roll to the next day (a
                // time far before the account began still does: "began 22:10 ... restored 01:30")
                if (recap && timedLines == 0 && !dayless && undated(m) && accountStart != null && a.isAfter(prevStated)) {
                    Instant back = TimeMentions.resolveAfter(m, accountStart.minus(FAR_BEFORE_ACCOUNT), mz);
                    if (back != null && back.isBefore(a) && !back.isBefore(accountStart.minus(FAR_BEFORE_ACCOUNT))) a = back;
                }
                // "spike started at approximately 7:30 UTC on the 12th": a day of the month written after the time dates it
                // (a recap that opens with its own posting time would otherwise push its rows past that time)
                Integer dom = undated(m) ? TimeMentions.ordinalDayAfter(clause, m) : null;
                if (dom != null) {
                    a = TimeMentions.onDayOfMonth(a, dom, mz == null ? ZoneOffset.UTC : mz);
                    if (incidentCreated == null || Duration.between(a, incidentCreated).abs().toDays() <= 3) datedAnchor = a;
                }
                // only a day near the incident's (not "the last similar outage, on 12 Feb at 14:00")
                // (a day without its year too: "On Sunday October 10th from 10:13 UTC to 18:16 UTC" dates the list of ends below it)
                if ((m.date() != null || m.monthDay() != null) && m.dayOffset() == 0 && (incidentCreated == null || Duration.between(a, incidentCreated).abs().toDays() <= 3))
                    datedAnchor = a;
                // "At around 15:40 UTC we saw a peak of routing changes", written at 09:30 the next morning: a time without a
                // day that would fall after the writing, in a sentence that plans nothing, is the day before's
                // (a chat message or a forum post the same: "all services became unavailable at 22:36 CET", posted at 10:55)
                if (o.posted() != null && a.isAfter(o.posted().plus(FUTURE_SLACK)) && !recap && (o.kind() == Kind.COMMENT || o.kind() == Kind.CHAT) && undated(m)
                        && !Signals.INTENT.matcher(clause).find() && !AHEAD.matcher(clause).find()
                        && !a.minus(Duration.ofDays(1)).isAfter(o.posted().plus(FUTURE_SLACK))) a = a.minus(Duration.ofDays(1));
                // a recap never reports a moment after it was written: read near the ticket's creation, "errors were back at
                // 5:36 pm PT" in a write-up of the next afternoon is the evening before's
                if (recap && o.posted() != null && a.isAfter(o.posted().plus(FUTURE_SLACK)) && undated(m) && o.kind() == Kind.COMMENT
                        && !a.minus(Duration.ofDays(1)).isAfter(o.posted().plus(FUTURE_SLACK))) a = a.minus(Duration.ofDays(1));
                if (o.posted() != null && a.isAfter(o.posted().plus(FUTURE_SLACK)) && !(recap && anchor != o.posted())) continue; // a plan, not an event
                use = m;
                at = a;
                break;
            }
            if (use == null) {
                if (ms.isEmpty()) lineSoFar.append(lineSoFar.isEmpty() ? "" : " ").append(clause);
                if (o.posted() != null && Signals.CAUSE.matcher(clause).find()) { // for the questionnaire only
                    Cand h = cand(o, o.posted(), clause, false, recap || postedAfterResolution);
                    h.hidden = true;
                    out.add(h);
                }
                continue;
            }
            String ev = stripTime(clause, use);
            // "Investigating - We're investigating issues with some of our services. Posted May 01, 2022 - 18:09 UTC": a
            // status page's entry ends with its posting stamp; the entry's words are the event, not the stamp
            if (POSTING_STAMP.matcher(clause).find() && !lineSoFar.isEmpty()) ev = lineSoFar + " " + ev;
            lineSoFar.setLength(0);
            if (Signals.isNoise(ev)) continue;
            if (ev.isBlank()) continue;
            Cand c = cand(o, at, clause, true, recap);
            lastRow = c;
            c.assumedZone = use.zone() == null && use.instant() == null && zoneAssumed ? Zones.label(zone) : null;
            c.event = Signals.oneLine(ev, 200);
            c.statedOriginal = use.original();
            c.timeAsWritten = use.original();
            c.priority = use.machine() ? 5 : 3;
            out.add(c);
            windowRows(o, clause, ms, use, at, c, recap, zone, zoneAssumed, out);
            // only a row of the written sequence moves it on: a summary sentence above the rows ("impact 09:48 - 10:16,
            // then queues drained until 11:25") would push the first row to the next day
            if (prevStated == null || timedLines == 0 || TIMELINE_LINE.matcher(clause).find()) prevStated = at;
            if (accountStart == null || at.isBefore(accountStart)) accountStart = at;
            any = true;
        }
        if (o.kind() == Kind.DESCRIPTION || o.posted() == null) return;
        if (recap && any) return;
        // the message itself, at its posting time: its first sentence without a stated time
        String first = null;
        for (int ci = 0; ci < clauses.size(); ci++) {
            String clause = clauses.get(ci);
            if (!mentions.get(ci).isEmpty() && any) {
                if (first != null) break;
                continue;
            }
            if (Signals.isNoise(clause)) continue;
            first = first == null ? clause : first + " " + clause;
            if (first.length() >= 60) break; // short first sentences ("Declared incident.") carry little alone
        }
        // "status page updated, real window 1:43 - 2:06 AM PT", said live: the times are other moments', the post is its own
        // event at the message's time
        if (first == null && o.kind() == Kind.CHAT && !recap && STATUS_SENT.matcher(text).find()) first = Signals.oneLine(text, 200);
        if (first == null) return;
        Cand c = cand(o, o.posted(), first, false, postedAfterResolution);
        c.priority = o.bot() ? 5 : 2;
        c.timeAsWritten = o.timeAsWritten(); // a chat header's time; Jira's own timestamps carry none
        c.assumedZone = c.timeAsWritten != null && o.zoneAssumed() ? Zones.label(o.zone()) : null;
        out.add(c);
    }

    /** A status page or a notice posted or updated, said by whoever did it. */
    private static final Pattern STATUS_SENT = Pattern.compile("(?i)\\bstatus ?page (?:post(?:ed)?|updated?)\\b|\\b(?:posted|sent|published|updated) (?:the |a |an |our )?(?:status ?page|status (?:post|update)|bulletin|notice)\\b"
            + "|\\bstatus (?:post|update) (?:posted|sent|out|is out)\\b");

    /** A clause that is only a status entry's posting stamp: "Posted May 01, 2022 - 18:09 UTC", "Updated Dec 9, 14:02 UTC". */
    private static final Pattern POSTING_STAMP = Pattern.compile("(?i)^\\W*(?:posted|updated|published)(?:\\s+(?:on|at))?\\s+[^\\p{L}]{0,20}(?:[a-z]{3,9}\\.?)?[^\\p{L}]{0,24}(?:utc|gmt|[a-z]{2,5})?\\W*$");

    /** How long after every time it states a comment must be written to be a recap rather than a live update. */
    private static final Duration RECAP_GAP = Duration.ofHours(8);

    /**
     * "experienced a spike in errors between 18:35 UTC and 18:50 UTC", written two days later: every time the comment
     * states (read on the writing day, or the day before when that day would put it after the writing) is hours old,
     * so it is a recap of the incident's day, not last night's news.
     */
    private static boolean writtenLongAfter(String text, Instant posted, ZoneId zone, boolean zoneAssumed) {
        if (posted == null || Signals.INTENT.matcher(text).find() || AHEAD.matcher(text).find()) return false; // a plan reports nothing
        ZoneId z = TimeMentions.messageZone(text);
        // times that only read as "just now" in UTC are a live update's, read in UTC
        if (z == null && zoneAssumed) z = TimeMentions.liveInUtc(TimeMentions.find(text), posted, zone);
        if (z == null) z = zone;
        if (z == null) return false;
        int n = 0;
        for (TimeMention m : TimeMentions.find(text)) {
            Instant at = TimeMentions.resolve(m, posted, z);
            if (at == null) continue;
            if (undated(m) && at.isAfter(posted.plus(FUTURE_SLACK))) at = at.minus(Duration.ofDays(1));
            if (at.isAfter(posted.minus(RECAP_GAP))) return false;
            n++;
        }
        return n > 0;
    }

    /** Words of a time still ahead, besides a plan's: "tonight", "tomorrow", "ETA", "scheduled", "expected". */
    private static final Pattern AHEAD = Pattern.compile("(?i)\\b(?:tonight|tomorrow|eta|scheduled|expected|expect|next|until|by|later today|this (?:afternoon|evening))\\b"
            // a condition or a timetable ahead of the message: "coach booked if nothing leaves before 12:30", "autocar réservé si
            // rien ne part avant 12h30", "our Intercités announced to depart at 12:41", "annoncé au départ à 12h41", "salida prevista"
            + "|\\b(?:if|unless|si|sinon|falls|wenn)\\b|\\b(?:due|set|announced|scheduled) to (?:depart|leave|run|arrive|open|start)\\b|\\bdepart(?:s|ing|ure)? at\\b"
            + "|\\bau départ\\b|\\bdépart (?:à|prévu)|\\bprévue?s?\\b|\\bprevist[oa]s?\\b|\\bgeplant\\b|\\babfahrt\\b");

    /** A time written without a day of its own. */
    private static boolean undated(TimeMention m) {
        return m.instant() == null && m.date() == null && m.monthDay() == null && m.weekday() == null && !m.explicitDay();
    }

    private static final Pattern RANGE_DASH = Pattern.compile(
            "(\\d{1,2}:\\d{2}(?::\\d{2})?(?:[ \\t]?[AaPp]\\.?[Mm]\\.?)?(?:[ \\t]?(?:" + Zones.ABBR_REGEX + "))?)[ \\t]*(?:-{1,2}|–|—|->|→|=>|⟶)[ \\t]*(?=~?\\d{1,2}:\\d{2})");
    /**
     * Between the two ends of a window: "09:05-09:30", "09:05 to 09:30", "from 23:10 until 00:40", "between 05:29 and 10:08",
     * "began at approximately 11:10 UTC and lasted until approximately 17:45 UTC".
     */
    private static final Pattern WINDOW_GAP = Pattern.compile("(?i)^\\s*(?:-{1,2}|–|—|->|→|=>|⟶|(?:(?:and\\s+)?(?:lasted|continued|went on|persisted)\\s+)?(?:to|until|till|through|thru)|and)"
            + "\\s*(?:(?:approximately|approx\\.?|about|around|roughly)\\s+)?$");
    /** A day written right after a window's first time, before the word that opens its end: " on Tuesday 9 August". */
    private static final String GAP_DATE = "(?:on\\s+)?(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?,?\\s+)?(?:the\\s+)?"
            + "(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s+|-)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:(?:,?\\s+|-)\\d{4})?";
    private static final Pattern GAP_DAY = Pattern.compile("(?i)^\\s*,?\\s*" + GAP_DATE + "(?=\\s)");
    /** ... and the second end's day, written right before it: "09:23 UTC – 20-Jul-2015 10:39 UTC", "21:03 to Thu 20 Dec 03:01". */
    private static final Pattern GAP_DAY_END = Pattern.compile("(?i)(?<=\\s)" + GAP_DATE + "\\s*,?\\s*$");
    /** A window closed by a verb: "and ended at", "and ending". */
    private static final Pattern VERB_END_GAP = Pattern.compile("(?i)^\\s*(?:utc|gmt|[a-z]{2,5}t)?\\s*,?\\s*and\\s+(?:it\\s+)?(?:ended|ending|ends|finished|finishing|was over)(?:\\s+at)?\\s*(?:(?:approximately|approx\\.?|about|around|roughly)\\s+)?$");
    /** ... and opened by one right before its first time: "began at", "starting". */
    private static final Pattern VERB_OPEN = Pattern.compile("(?i)\\b(?:began|started|starting|beginning)(?:\\s+at)?\\s*(?:~|about|around|approx\\.?|approximately|roughly)?\\s*$");
    /** Between one window's end and the next one's start: "09:05-09:30 and 09:44-09:48", "..., then again 10:02-10:05". */
    private static final Pattern NEXT_WINDOW_GAP = Pattern.compile("(?i)^\\s*(?:utc|gmt|[a-z]{2,5}t)?\\s*(?:,|;|and|,\\s*and|then|,\\s*then|and then|,\\s*and then)\\s*(?:again\\s+)?(?:from\\s+|between\\s+)?$");

    /**
     * The other boundaries of the impact windows written in one clause ("error rates up in two periods: 09:05-09:30
     * and 09:44-09:48 UTC"): the first time has its row already; each later start and end gets a row of its own, so the
     * end of an earlier window is on the timeline (an end is a recovery, so it is never merged with the start's row).
     */
    private void windowRows(Obs o, String written, List<TimeMention> found, TimeMention firstFound, Instant firstAt, Cand firstRow,
                                      boolean recap, ZoneId zone, boolean zoneAssumed, List<Cand> out) {
        // "09:05-09:30" is read as one time (the dash could be an offset): read the clause with its dashes as "to"
        String clause = RANGE_DASH.matcher(written).replaceAll("$1 to ");
        List<TimeMention> ms = found;
        TimeMention first = firstFound;
        if (!clause.equals(written)) {
            ms = TimeMentions.find(clause);
            first = ms.stream().filter(m -> m.original().equals(firstFound.original())).findFirst().orElse(null);
        }
        int i0 = first == null ? -1 : ms.indexOf(first);
        if (i0 < 0 || i0 + 1 >= ms.size()) return;
        // "starting at 5.03AM Pacific (1203UTC). Title: outage 12:03 to 14:20 UTC": the window may be written again later
        // in the clause, from the row's own minute
        for (int i = i0; i + 1 < ms.size(); i++) {
            if (i > i0 && !firstAt.equals(TimeMentions.resolve(ms.get(i), firstAt, zone))) continue;
            if (windowRowsFrom(o, written, clause, ms, i, firstAt, firstRow, recap, zone, zoneAssumed, out)) return;
        }
        // "14:36 UTC Update - we had noticed latency between 14:19 UTC and 14:27 UTC": a window opened later in the row
        // ("between", "from") gives its own start and end rows
        for (int k = i0 + 1; k + 1 < ms.size(); k++) {
            TimeMention mk = ms.get(k);
            String lead = clause.substring(Math.max(0, mk.start() - 28), mk.start()).toLowerCase(Locale.ROOT); // "between approximately "
            if (!WINDOW_OPEN.matcher(lead).find()) continue;
            Instant at = TimeMentions.resolve(mk, firstAt, zone);
            if (at == null || at.equals(firstAt)) continue;
            Cand c = cand(o, at, written, true, recap);
            c.assumedZone = mk.zone() == null && mk.instant() == null && zoneAssumed ? Zones.label(zone) : null;
            c.event = "Start: " + firstRow.event;
            c.statedOriginal = mk.original();
            c.timeAsWritten = mk.original();
            c.priority = mk.machine() ? 5 : 3;
            c.tags.add(Tag.ONSET);
            c.tags.remove(Tag.RECOVER);
            List<Cand> rows = new ArrayList<>();
            if (windowRowsFrom(o, written, clause, ms, k, at, firstRow, recap, zone, zoneAssumed, rows)) {
                out.add(c);
                out.addAll(rows);
                return;
            }
        }
    }

    /** What opens a window right before its first time: "between", "from". */
    private static final Pattern WINDOW_OPEN = Pattern.compile("\\b(?:between|from)\\s+(?:~|about|around|approx\\.?|approximately|roughly)?\\s*$");

    /** The window rows from {@code ms[i]} (the row's own time) on; false when none follows it. */
    private boolean windowRowsFrom(Obs o, String written, String clause, List<TimeMention> ms, int i, Instant firstAt, Cand firstRow,
                                   boolean recap, ZoneId zone, boolean zoneAssumed, List<Cand> out) {
        TimeMention first = ms.get(i);
        boolean any = false;
        String lead = clause.substring(Math.max(0, first.start() - 28), first.start()).toLowerCase(Locale.ROOT); // "between approximately "
        boolean between = lead.contains("between");
        TimeMention prev = first;
        Instant prevAt = firstAt;
        boolean prevIsEnd = false;
        for (int j = i + 1; j < ms.size(); j++) {
            TimeMention m = ms.get(j);
            if (m.start() < prev.end()) break;
            // "from about 7:30pm on Tuesday 9 August until 2:30pm Thursday 11 August": the first end's day sits in the gap
            String gap = GAP_DAY_END.matcher(GAP_DAY.matcher(clause.substring(prev.end(), m.start())).replaceFirst("")).replaceFirst("");
            boolean end;
            if (!prevIsEnd && WINDOW_GAP.matcher(gap).matches() && (!gap.strip().equalsIgnoreCase("and") || between)) end = true;
            // "began at 11:45 and ended at 15:40", "starting 7:21am CST and ending 12:11pm CST"
            else if (!prevIsEnd && VERB_END_GAP.matcher(gap).matches() && VERB_OPEN.matcher(lead).find()) end = true;
            else if (prevIsEnd && NEXT_WINDOW_GAP.matcher(gap).matches()) end = false;
            else break;
            Instant at = TimeMentions.resolveAfter(m, prevAt, zone);
            if (at == null || !at.isAfter(prevAt)) break;
            Cand c = cand(o, at, written, true, recap);
            c.assumedZone = m.zone() == null && m.instant() == null && zoneAssumed ? Zones.label(zone) : null;
            c.event = (end ? "End: " : "Start: ") + firstRow.event;
            c.statedOriginal = m.original();
            c.timeAsWritten = m.original();
            c.priority = m.machine() ? 5 : 3;
            if (end) {
                c.tags.add(Tag.RECOVER);
                c.tags.remove(Tag.ONSET);
            } else {
                c.tags.add(Tag.ONSET);
                c.tags.remove(Tag.RECOVER);
            }
            out.add(c);
            any = true;
            prev = m;
            prevAt = at;
            prevIsEnd = end;
        }
        return any;
    }

    private static final Pattern CONTRAST = Pattern.compile("(?i),?\\s+(?:but|whereas|while)\\s+");

    /** "the upgrade triggered at 06:00 UTC but impact began at 06:03 UTC": two events, when each side has its time. */
    private static List<String> splitContrast(String clause) {
        Matcher m = CONTRAST.matcher(clause);
        if (!m.find()) return List.of(clause);
        String a = clause.substring(0, m.start()), b = clause.substring(m.end());
        if (TimeMentions.find(a).isEmpty() || TimeMentions.find(b).isEmpty()) return List.of(clause);
        List<String> out = new ArrayList<>(List.of(a));
        out.addAll(splitContrast(b));
        return out;
    }

    private static final Pattern TIMED_COMMA = Pattern.compile(",\\s+(?:and\\s+)?");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{Ll}{3,}");

    /**
     * "Backlog fully processed as of 03:05 PT, final status update out at 03:12 PT": two events after a comma, each
     * with its own time and words of its own, are two rows (a final status post is an event of the timeline too).
     */
    private static List<String> splitTimed(String clause) {
        if (!twoClocks(clause)) return List.of(clause);
        Matcher m = TIMED_COMMA.matcher(clause);
        List<String> out = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            String a = clause.substring(from, m.start()), b = clause.substring(m.end());
            if (!timedEvent(a) || !timedEvent(b)) continue;
            out.add(a);
            from = m.end();
        }
        if (out.isEmpty()) return listOfTimedItems(clause);
        out.add(clause.substring(from));
        List<String> items = new ArrayList<>();
        for (String piece : out) items.addAll(listOfTimedItems(piece));
        return items;
    }

    /**
     * (phase 39) "alerts 15:09, rollback started 15:29", "then status Identified 16:00, Monitoring 16:50, Resolved 17:42": a
     * list whose every comma-separated item is words and one time of its own that opens or closes it is one row per item
     * (the rule above asks two lower-case words of each side, which a list of short items has not). Not "between 10:00,
     * 11:00" (no word), not "End for us: 07:20, 13 of 14 in and the 08:00 wave on time" (a state told around its time).
     */
    private static List<String> listOfTimedItems(String clause) {
        Matcher m = TIMED_COMMA.matcher(clause);
        List<String> out = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            out.add(clause.substring(from, m.start()));
            from = m.end();
        }
        out.add(clause.substring(from));
        if (out.size() < 2) return List.of(clause);
        for (String item : out) {
            List<TimeMention> ms = TimeMentions.find(item);
            Matcher clocks = ITEM_CLOCK.matcher(item);
            int n = 0;
            while (clocks.find()) n++;
            if (ms.size() != 1 || n != 1) return List.of(clause);
            // the item's time opens or closes it ("Monitoring 16:50", "15:09 alerts"): not "13 of 14 in and the 08:00 wave
            // on time", a state told around its time
            if (!item.substring(0, ms.get(0).start()).matches("[\\s\\W]*") && !item.substring(ms.get(0).end()).matches("[\\s\\p{Punct}]*"))
                return List.of(clause);
            String rest = item.substring(0, ms.get(0).start()) + " " + item.substring(ms.get(0).end());
            if (!ITEM_WORD.matcher(rest).find()) return List.of(clause);
        }
        return out;
    }

    private static final Pattern ITEM_CLOCK = Pattern.compile("(?<![\\d:.])\\d{1,2}:\\d{2}(?![\\d:])");
    private static final Pattern ITEM_WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{L}{3,}");

    /** At least two clock times ("09:05", "3:12 PM"), cheaply: most clauses have none or one. */
    private static boolean twoClocks(String s) {
        int n = 0;
        for (int i = 1; i + 1 < s.length(); i++)
            if (s.charAt(i) == ':' && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1)) && ++n >= 2) return true;
        return false;
    }

    /** A time and at least two lower-case words of its own. */
    private static boolean timedEvent(String s) {
        List<TimeMention> ms = TimeMentions.find(s);
        if (ms.isEmpty()) return false;
        StringBuilder rest = new StringBuilder(s);
        for (int i = ms.size() - 1; i >= 0; i--) rest.replace(ms.get(i).start(), ms.get(i).end(), " ");
        Matcher w = LOWER_WORD.matcher(rest);
        int words = 0;
        while (w.find()) if (++words >= 2) return true;
        return false;
    }

    private static boolean mayBeRecap(String text) {
        String l = text.toLowerCase(Locale.ROOT);
        return l.contains("recap") || l.contains("timeline") || l.contains("summary") || l.contains("sequence")
                || l.contains("incident") || l.contains("record") || l.contains("happened") || l.contains("coe") || l.contains("correction")
                || l.contains("findings") || l.contains("pir") || l.contains("report") || l.contains("mortem") || l.contains("isr")
                || l.contains("published") || l.contains("for the file") || l.contains("inquiry") || l.contains("enquiry") || l.contains("investigation")
                || l.contains("inquest") || l.contains("audit") || l.contains("regulator") || l.contains("hearing") || l.contains("bericht")
                || l.contains("rapport") || l.contains("informe") || l.contains("copied for") || l.contains("(final)")
                || l.contains("(as sent)") || l.contains("summary") || l.contains("review") || l.contains("retro") || l.contains("debrief")
                || l.contains("rca") || l.contains("write") || l.contains("lessons") || l.contains("closing") || l.contains("look")
                // a note or a review in French, Dutch, German, Spanish ("Retour d'expérience (mercredi).", "Evaluatie (maandag).")
                || l.contains("note") || l.contains("retour") || l.contains("retex") || l.contains("rex") || l.contains("bilan") || l.contains("revue")
                || l.contains("valuat") || l.contains("nabespreking") || l.contains("terugblik") || l.contains("nachbesprechung") || l.contains("auswertung")
                || l.contains("rückblick") || l.contains("revisión") || l.contains("análisis") || l.contains("balance");
    }

    private Cand cand(Obs o, Instant at, String clause, boolean stated, boolean learnedLater) {
        Cand c = new Cand();
        c.at = at;
        c.who = nz(o.who(), "");
        c.whoId = o.whoId();
        c.event = Signals.oneLine(clause, 200);
        c.clause = clause;
        c.source = o.source();
        c.learnedLater = learnedLater;
        c.original = o.original() == null || o.original().length() <= 2000 ? o.original() : o.original().substring(0, 2000) + "…";
        c.assumedZone = stated && o.zoneAssumed() ? Zones.label(o.zone()) : null;
        c.stated = stated;
        c.kind = o.kind();
        c.bot = o.bot();
        c.tags = Signals.tags(clause);
        if (o.bot() && !c.tags.contains(Tag.RECOVER)) c.tags.add(Tag.DETECT);
        return c;
    }

    private static String stripTime(String clause, TimeMention m) {
        String before = clause.substring(0, m.start());
        String after = clause.substring(m.end());
        if (LEAD_IN.matcher(before.strip()).matches()
                && !before.toLowerCase(Locale.ROOT).contains("since")) {
            return LEAD_SEP.matcher(after).replaceFirst("").strip();
        }
        return clause.strip();
    }

    // ------------------------------------------------------------------ dedupe

    private static List<TimelineEntry> dedupe(List<Cand> cands) {
        List<Cand> sorted = new ArrayList<>(cands);
        sorted.removeIf(c -> c.at == null || c.hidden);
        sorted.sort(Comparator.comparing((Cand c) -> c.at));
        Map<String, Integer> threadIds = new HashMap<>();
        for (Cand c : sorted) {
            c.tagBits = bits(c.tags);
            String thread = thread(c.source);
            // two people's messages in one chat thread are two messages (a bot alert and its human echo are one):
            // such a pair is never compared, and a chat export is nearly all such pairs, so they are told apart by
            // an int kept next to each time, without touching the candidates themselves
            c.chatThread = c.kind == Kind.CHAT && !c.bot && thread != null ? threadIds.computeIfAbsent(thread, t -> threadIds.size()) : -1;
        }
        Kept kept = new Kept(sorted.size());
        for (Cand c : sorted) {
            Cand match = null;
            int matchIndex = -1;
            double best = 0;
            Instant windowStart = c.at.minus(TimelineMerge.WINDOW); // k.at before it: more than the window apart
            long startSecond = windowStart.getEpochSecond();
            int startNano = windowStart.getNano();
            for (int i = kept.size - 1; i >= 0; i--) {
                if (kept.seconds[i] < startSecond || (kept.seconds[i] == startSecond && kept.nanos[i] < startNano)) break;
                if (c.chatThread >= 0 && kept.chatThreads[i] == c.chatThread) continue;
                // each test only skips k, so their order changes nothing
                Cand k = kept.cands[i];
                if (k.source.equals(c.source) && !k.clause.equals(c.clause)) continue; // two clauses of one message
                if (conflicting(k.tagBits, c.tagBits)) continue;
                if (k.kind == Kind.ISSUE || c.kind == Kind.ISSUE) continue; // the ticket's creation is its own event
                double s = Signals.similarity(k.words, c.words);
                if (s >= 0.6 && s > best) {
                    best = s;
                    match = k;
                    matchIndex = i;
                }
            }
            if (match == null) {
                kept.add(c);
            } else if (c.priority > match.priority) {
                kept.set(matchIndex, c);
                c.learnedLater = c.learnedLater && match.learnedLater;
            } else {
                match.learnedLater = match.learnedLater && c.learnedLater;
            }
        }
        List<Cand> keptList = kept.list();
        keptList.sort(Comparator.comparing((Cand c) -> c.at));
        List<TimelineEntry> out = new ArrayList<>(keptList.size());
        for (Cand c : keptList)
            out.add(new TimelineEntry(c.at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), c.who, c.event, c.source,
                    c.learnedLater, c.original, c.assumedZone, c.timeAsWritten));
        return List.copyOf(out);
    }

    /** The candidates dedupe keeps, in order, with each one's time and chat thread in arrays that are cheap to scan. */
    private static final class Kept {
        final Cand[] cands;
        final long[] seconds;
        final int[] nanos;
        final int[] chatThreads;
        int size;

        Kept(int capacity) {
            cands = new Cand[capacity];
            seconds = new long[capacity];
            nanos = new int[capacity];
            chatThreads = new int[capacity];
        }

        void add(Cand c) {
            set(size++, c);
        }

        void set(int i, Cand c) {
            cands[i] = c;
            seconds[i] = c.at.getEpochSecond();
            nanos[i] = c.at.getNano();
            chatThreads[i] = c.chatThread;
        }

        List<Cand> list() {
            return new ArrayList<>(Arrays.asList(cands).subList(0, size));
        }
    }

    /**
     * The thread a source belongs to: what comes before its first colon ({@code slack}, {@code teams}), null without
     * one. Two sources are in the same thread when both have one and they are equal.
     */
    static String thread(String source) {
        int i = source.indexOf(':');
        return i < 0 ? null : source.substring(0, i);
    }

    /** The tags as bits (1 << ordinal), so {@link #conflicting} allocates nothing: dedupe asks it millions of times. */
    static int bits(Set<Tag> tags) {
        int bits = 0;
        for (Tag t : tags) bits |= 1 << t.ordinal();
        return bits;
    }

    private static final int KEY_TAGS = (1 << Tag.ONSET.ordinal()) | (1 << Tag.RECOVER.ordinal()) | (1 << Tag.FIX.ordinal())
            | (1 << Tag.DETECT.ordinal());
    private static final int RECOVER_BIT = 1 << Tag.RECOVER.ordinal();
    private static final int INTENT_BIT = 1 << Tag.INTENT.ordinal();

    /** Two candidates about different things: recovery or not, a proposal or its execution, no key tag in common. */
    static boolean conflicting(int a, int b) {
        int ka = a & KEY_TAGS;
        int kb = b & KEY_TAGS;
        if ((ka & RECOVER_BIT) != (kb & RECOVER_BIT)) return true;
        if ((a & INTENT_BIT) != (b & INTENT_BIT)) return true; // a proposal and its execution are two events
        if (ka == 0 || kb == 0) return false;
        return (ka & kb) == 0;
    }

    // ------------------------------------------------------------------ key times

    /**
     * The three key times: every statement in the evidence becomes candidates ({@link KeyTimeFinder}) and the
     * precedence chooses ({@link io.postmortem.evidence.keytimes.Precedence}). The ticket's creation and its
     * transitions are candidates too, never chosen by themselves.
     */
    private static KeyTimes keyTimes(List<Obs> obs, List<String> pasteNotes, Map<Integer, String> pasteTitles, List<TicketRecord> resolvedRecords, IssueFacts issue,
                                     Instant lastResolved, Instant now, LearnedChooser chooser) {
        List<Utterance> utterances = new ArrayList<>(obs.size());
        for (Obs o : obs) {
            Utterance.Origin origin = switch (o.kind()) {
                case DESCRIPTION -> Utterance.Origin.DESCRIPTION;
                case COMMENT -> Utterance.Origin.COMMENT;
                case TIMELINE -> Utterance.Origin.TIMELINE_LINE;
                default -> Utterance.Origin.CHAT;
            };
            boolean line = origin == Utterance.Origin.TIMELINE_LINE;
            utterances.add(new Utterance(o.source(), o.where(), o.who(), line ? null : o.posted(), o.text(), o.zone(), o.zoneAssumed(),
                    origin, o.bot(), line ? o.posted() : null, o.timeAsWritten(), o.paste()));
        }
        List<TicketRecord> records = new ArrayList<>(resolvedRecords);
        if (issue.created() != null)
            records.add(new TicketRecord(issue.created(), "issue:" + issue.key(), issue.reporter() == null ? null : issue.reporter().displayName(),
                    TicketRecord.What.CREATED));
        Instant finalResolution = lastResolved != null ? lastResolved : issue.resolutionDate();
        return new KeyTimeFinder(utterances, records, issue.created(), finalResolution, now).pasteNotes(pasteNotes).pasteTitles(pasteTitles).find(chooser);
    }

    /** The time a chat header or a timeline line was written with ("2:48 AM", "10:47"), or null. */
    private static String headerTime(String original) {
        if (original == null || original.isBlank()) return null;
        String first = original.lines().findFirst().orElse("");
        List<TimeMention> ms = TimeMentions.find(first);
        return ms.isEmpty() ? null : ms.get(0).original();
    }

    // ------------------------------------------------------------------ suggestions

    private Map<String, Suggestion> suggestions(List<Cand> cands, KeyTimes kt, IssueFacts issue, String description,
                                                Responders responders, Map<String, EvidenceLink> links) {
        Map<String, Suggestion> out = new LinkedHashMap<>();
        List<Cand> byTime = new ArrayList<>(cands);
        byTime.removeIf(c -> c.at == null);
        byTime.sort(Comparator.comparing((Cand c) -> c.at));

        // customer effect
        String effect = description.isBlank() ? null : Signals.clauses(description).get(0);
        if (effect != null)
            out.put(Question.CUSTOMER_EFFECT.key(), new Suggestion(Signals.oneLine(effect, 200), "issue:" + issue.key(), "from the issue description"));
        else if (issue.summary() != null && !issue.summary().isBlank())
            out.put(Question.CUSTOMER_EFFECT.key(), new Suggestion(issue.summary(), "issue:" + issue.key(), "from the issue summary"));

        // times
        out.put(Question.TIMES.key(), timesSuggestion(kt));

        // detection
        Cand det = null;
        for (Cand c : byTime) if (kt.detected().source() != null && kt.detected().source().equals(c.source) && c.at.equals(kt.detected().at())) {
            det = c;
            break;
        }
        if (det != null) {
            String how = classifyDetection(det);
            out.put(Question.DETECTION.key(), new Suggestion(how + ": " + det.event, det.source, label(det)));
        } else if (kt.detected().known()) {
            out.put(Question.DETECTION.key(), new Suggestion(Answer.UNKNOWN + " (first evidence: the ticket was created at "
                    + HM.format(kt.detected().at()) + " UTC)", kt.detected().source(), "from the ticket's creation"));
        }

        // responders
        List<Responder> rs = responders.list();
        if (!rs.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Responder r : rs) sb.append(sb.length() > 0 ? "; " : "").append(r.displayName()).append(" (").append(r.role()).append(')');
            out.put(Question.RESPONDERS.key(), new Suggestion(sb.toString(), rs.get(0).source(), "from the assignee, reporter, comment and chat authors"));
        }

        // hypothesis vs cause
        Instant end = kt.resolved().at();
        Cand hyp = null, cause = null;
        for (Cand c : byTime) {
            if (c.kind == Kind.CHANGELOG || c.kind == Kind.ISSUE || c.bot) continue;
            if (hyp == null && c.tags.contains(Tag.HYPOTHESIS) && !c.tags.contains(Tag.CAUSE) && (end == null || !c.at.isAfter(end))) hyp = c;
            if (c.tags.contains(Tag.CAUSE)) cause = c;
        }
        if (hyp != null || cause != null) {
            String text = (hyp == null ? "Initial hypothesis: unknown." : "Initial hypothesis: " + hyp.event + " (" + label(hyp) + ").")
                    + (cause == null ? " Actual cause: unknown." : " Actual cause: " + cause.event + " (" + label(cause) + ").");
            Cand src = cause != null ? cause : hyp;
            out.put(Question.HYPOTHESIS_VS_CAUSE.key(), new Suggestion(text, src.source, label(src)));
        }

        // fix: the last mitigation before recovery
        Cand fix = null;
        for (Cand c : byTime) {
            if (!c.tags.contains(Tag.FIX) || c.kind == Kind.CHANGELOG || c.tags.contains(Tag.HYPOTHESIS)) continue;
            if (end != null && c.at.isAfter(end.plus(Duration.ofMinutes(5)))) continue;
            fix = c;
        }
        if (fix != null) out.put(Question.FIX.key(), new Suggestion(fix.event, fix.source, label(fix)));

        // recurrence
        List<String> related = new ArrayList<>();
        for (EvidenceLink l : links.values()) if ("RELATED_INCIDENT".equals(l.kind())) related.add(l.label());
        if (!related.isEmpty())
            out.put(Question.RECURRENCE.key(), new Suggestion("Possibly related: " + String.join("; ", related), "issue:" + issue.key(), "from the issue's links"));
        return out;
    }

    /** The "when did it start, when was it detected, when was it resolved?" prefill, from the key times. */
    public static Suggestion timesSuggestion(KeyTimes kt) {
        return new Suggestion("Started: " + render(kt.started()) + "; Detected: " + render(kt.detected())
                + "; Resolved: " + render(kt.resolved()), kt.resolved().source(), "from the timeline's key times");
    }

    private static final class Answer {
        static final String UNKNOWN = io.postmortem.postmortem.Answers.UNKNOWN;
    }

    private static String classifyDetection(Cand c) {
        String t = c.clause.toLowerCase(Locale.ROOT);
        if (c.bot || t.matches("(?s).*\\b(alert|alarm|pager|paged|page|monitor|synthetic|triggered|fired|dashboard|threshold|datadog|grafana|pagerduty|opsgenie|prometheus)\\w*.*"))
            return "Monitoring";
        if (t.matches("(?s).*\\b(vendor|third[- ]party|partner|upstream|provider|twitter|external|researcher)\\b.*")) return "External party";
        if (t.matches("(?s).*\\b(customer|user|support|ticket|client|merchant|complain)\\w*.*")) return "User report";
        if (t.matches("(?s).*\\b(noticed|happened to|by chance|accident)\\w*.*")) return "Chance";
        return "Unknown";
    }

    private static String render(KeyTime k) {
        if (!k.known()) return Answer.UNKNOWN;
        return DHM.format(k.at()) + " UTC (" + k.basis().name().toLowerCase(Locale.ROOT) + (k.source() == null ? "" : ", " + k.source()) + ")";
    }

    private static String label(Cand c) {
        String what = switch (c.kind) {
            case COMMENT -> "a comment";
            case CHAT -> c.source.startsWith("teams:") ? "a Teams message" : c.source.startsWith("chat:") ? "a chat message" : "a Slack message";
            case TIMELINE -> "a pasted timeline";
            case CHANGELOG -> "the changelog";
            case ISSUE, DESCRIPTION -> "the issue";
        };
        return "from " + what + (c.who == null || c.who.isBlank() ? "" : " by " + c.who) + ", " + HM.format(c.at) + " UTC";
    }

    // ------------------------------------------------------------------ roles, links, terms

    private static void roles(Obs o, Responders responders) {
        if (o.who() == null || o.who().isBlank() || o.bot() || o.text() == null) return;
        String t = o.text();
        String l = t.toLowerCase(Locale.ROOT);
        boolean roleWords = l.contains("ic") || l.contains("comm") || l.contains("scrib") || l.contains("notes");
        if (roleWords) roleStatements(o, t, responders);
        if (o.kind() != Kind.DESCRIPTION) {
            Set<Tag> tags = Signals.tags(t);
            if (tags.contains(Tag.FIX) && !tags.contains(Tag.HYPOTHESIS)) responders.add(o.who(), o.whoId(), SME, o.source());
        }
    }

    private static void roleStatements(Obs o, String t, Responders responders) {
        if (SELF_IC.matcher(t).find()) responders.add(o.who(), o.whoId(), COMMANDER, o.source());
        if (SELF_COMMS.matcher(t).find()) responders.add(o.who(), o.whoId(), COMMS, o.source());
        if (SELF_SCRIBE.matcher(t).find()) responders.add(o.who(), o.whoId(), SCRIBE, o.source());
        Matcher m = OTHER_ROLE.matcher(t);
        while (m.find()) {
            String role = m.group(2).toLowerCase(Locale.ROOT);
            String r = role.equals("comms") ? COMMS : role.equals("scribe") || role.equals("notes") ? SCRIBE : COMMANDER;
            responders.add(m.group(1).strip(), null, r, o.source());
        }
    }

    private static void addLink(Map<String, EvidenceLink> links, String title, String url, Set<String> terms) {
        if (url == null || url.isBlank()) return;
        String u = url.strip();
        String kind = linkKind(u);
        String label = title == null || title.isBlank() ? u : title;
        links.putIfAbsent(u, new EvidenceLink(label, u, kind));
        try {
            String host = URI.create(u).getHost();
            if (host != null) terms.add(host);
        } catch (IllegalArgumentException e) {
            // not a URI: keep the link, skip the host
        }
        terms.add(u);
    }

    static String linkKind(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.contains("slack.com") || u.contains("teams.microsoft.com") || u.contains("/archives/")) return "CHAT";
        String host = u.replaceFirst("^[a-z]+://", "").replaceFirst("[/?#].*$", "");
        if (u.contains("statuspage") || host.contains("status") || u.contains("/status")) return "STATUS_PAGE";
        if (DASHBOARD.matcher(u).find()) return "DASHBOARD";
        if (u.contains("/browse/") || u.contains("atlassian.net/jira")) return "TICKET";
        if (VENDOR.matcher(u).find()) return "VENDOR_CASE";
        return "OTHER";
    }

    private static void collectTerms(String text, Set<String> terms) {
        if (text == null || (text.indexOf('.') < 0 && text.indexOf('-') < 0)) return;
        Matcher m = URL.matcher(text);
        while (m.find()) {
            terms.add(m.group());
            try {
                String h = URI.create(m.group()).getHost();
                if (h != null) terms.add(h);
            } catch (IllegalArgumentException e) {
                // ignore
            }
        }
        m = HOST.matcher(text);
        while (m.find()) terms.add(m.group());
        m = SYSTEM_TOKEN.matcher(text);
        while (m.find()) {
            String s = m.group();
            if (HAS_DIGIT.matcher(s).find() || SYSTEM_SUFFIX.matcher(s).find())
                terms.add(s);
        }
    }

    private static String nz(String s, String dflt) {
        return s == null ? dflt : s;
    }

    /** Responders keyed by account id or name, keeping each person's strongest role. */
    private static final class Responders {
        private final Map<String, Responder> byKey = new LinkedHashMap<>();
        private final Map<String, String> nameToKey = new LinkedHashMap<>();

        void add(String name, String accountId, String role, String source) {
            if (name == null || name.isBlank()) return;
            String n = name.strip();
            String nk = n.toLowerCase(Locale.ROOT);
            String key = accountId != null ? "id:" + accountId : nameToKey.getOrDefault(nk, "name:" + nk);
            if (accountId != null && nameToKey.containsKey(nk) && !nameToKey.get(nk).equals(key)) {
                // first seen by name only (a mention, a chat author): adopt the account id
                Responder old = byKey.remove(nameToKey.get(nk));
                if (old != null) byKey.put(key, new Responder(old.displayName(), accountId, old.role(), old.source()));
            }
            nameToKey.put(nk, key);
            Responder cur = byKey.get(key);
            if (cur == null) {
                byKey.put(key, new Responder(n, accountId, role, source));
            } else if (ROLE_ORDER.indexOf(role) < ROLE_ORDER.indexOf(cur.role())) {
                byKey.put(key, new Responder(cur.displayName(), cur.accountId() != null ? cur.accountId() : accountId, role, source));
            }
        }

        List<Responder> list() {
            List<Responder> l = new ArrayList<>(byKey.values());
            l.sort(Comparator.comparingInt(r -> ROLE_ORDER.indexOf(r.role())));
            return List.copyOf(l);
        }
    }
}

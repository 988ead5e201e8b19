package io.postmortem.drafting;

import io.postmortem.evidence.ChangelogEntry;
import io.postmortem.evidence.Evidence;
import io.postmortem.evidence.EvidenceEngine;
import io.postmortem.evidence.EvidenceInput;
import io.postmortem.evidence.IssueFacts;
import io.postmortem.evidence.JiraComment;
import io.postmortem.evidence.JiraJson;
import io.postmortem.evidence.RemoteLink;
import io.postmortem.evidence.chat.ParsedThread;
import io.postmortem.evidence.chat.PasteOptions;
import io.postmortem.evidence.chat.PasteParser;
import io.postmortem.postmortem.Header;
import io.postmortem.postmortem.PostMortem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The incident fixtures as the draft builder would see them: the old corpus under src/test/resources/evidence/ and
 * the study corpus (dev and held-out halves) under evidence/study/. Each becomes the document a build makes
 * (timeline, key times, responders, question suggestions) plus what the evidence engine found (people, terms).
 */
final class NarrativeCorpus {
    static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;
    static final List<String> OLD = List.of("github-2018", "cloudflare-2019", "slack-2021", "cert-expiry-2026");

    record Incident(String id, String half, PostMortem doc, Evidence evidence, JsonNode expected) {
    }

    static List<String> study(String half) {
        return Arrays.stream(resource("study/" + half + ".txt").split("\\s+")).filter(s -> !s.isBlank()).toList();
    }

    static String resource(String name) {
        try (InputStream in = NarrativeCorpus.class.getResourceAsStream("/evidence/" + name)) {
            if (in == null) throw new IllegalStateException("missing fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param dir "" for the old corpus, "study/" for the study corpus */
    static Incident load(String dir, String id, String half) {
        JsonNode f = JSON.readTree(resource(dir + id + ".json"));
        IssueFacts issue = JiraJson.issue(f.get("issue"));
        List<JiraComment> comments = new ArrayList<>();
        for (JsonNode c : f.path("comments")) comments.add(JiraJson.comment(c));
        List<ChangelogEntry> changelog = new ArrayList<>();
        for (JsonNode h : f.path("changelog")) changelog.add(JiraJson.changelogEntry(h));
        List<RemoteLink> remote = new ArrayList<>();
        for (JsonNode r : f.path("remoteLinks")) remote.add(JiraJson.remoteLink(r));
        List<ParsedThread> threads = new ArrayList<>();
        for (JsonNode p : f.path("pastes")) {
            ZoneId zone = p.hasNonNull("zone") ? ZoneId.of(p.get("zone").asString()) : null;
            LocalDate ref = p.hasNonNull("referenceDate") ? LocalDate.parse(p.get("referenceDate").asString()) : null;
            threads.add(PasteParser.parse(resource(dir + p.get("file").asString()), new PasteOptions(zone, ref, issue.created())));
        }
        Set<String> resolved = new HashSet<>();
        for (JsonNode s : f.path("resolvedStatusIds")) resolved.add(s.asString());
        ZoneId dz = f.hasNonNull("defaultZone") ? ZoneId.of(f.get("defaultZone").asString()) : null;
        Clock clock = Clock.fixed(Instant.parse(f.get("now").asString()), ZoneOffset.UTC);
        Evidence ev = new EvidenceEngine(clock).analyze(new EvidenceInput(issue, comments, changelog, remote, threads, dz, resolved));
        PostMortem doc = PostMortem.builder().issueKey(issue.key()).issueId(issue.id())
                .header(new Header(null, issue.summary(), null, null, null, null, null, null))
                .keyTimes(ev.keyTimes()).timeline(ev.timeline()).responders(ev.responders())
                .suggestions(ev.suggestions()).supportingEvidence(ev.supportingEvidence()).build();
        return new Incident(id, half, doc, ev, f.get("expected"));
    }
}

package io.postmortem.evidence;

import io.postmortem.evidence.chat.ParsedThread;
import io.postmortem.evidence.chat.PasteOptions;
import io.postmortem.evidence.chat.PasteParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Loads an incident fixture under src/test/resources/evidence/ (real Jira v3 JSON shapes + pastes + expectations). */
final class Corpus {
    static final ObjectMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;
    static final List<String> INCIDENTS = List.of(System.getProperty("evidence.only", "github-2018,cloudflare-2019,slack-2021,cert-expiry-2026").split(","));

    record Incident(String name, EvidenceInput input, Clock clock, JsonNode expected) {
    }

    static String resource(String name) {
        return resource("", name);
    }

    /** A fixture file under {@code src/test/resources/evidence/<dir>}. */
    static String resource(String dir, String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/evidence/" + (dir.isEmpty() ? "" : dir + "/") + name)) {
            if (in == null) throw new IllegalStateException("missing fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Incident load(String id) {
        return load("", id);
    }

    /** An incident fixture {@code <id>.json} under {@code evidence/<dir>}, its pastes read from the same folder. */
    static Incident load(String dir, String id) {
        JsonNode f = JSON.readTree(resource(dir, id + ".json"));
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
            threads.add(PasteParser.parse(resource(dir, p.get("file").asString()), new PasteOptions(zone, ref, issue.created())));
        }
        Set<String> resolved = new HashSet<>();
        for (JsonNode s : f.path("resolvedStatusIds")) resolved.add(s.asString());
        ZoneId dz = f.hasNonNull("defaultZone") ? ZoneId.of(f.get("defaultZone").asString()) : null;
        Clock clock = Clock.fixed(Instant.parse(f.get("now").asString()), ZoneOffset.UTC);
        return new Incident(f.get("name").asString(),
                new EvidenceInput(issue, comments, changelog, remote, threads, dz, resolved), clock, f.get("expected"));
    }
}

package io.postmortem.demo;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.connect.auth.IgnoreJwt;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.followup.FollowUpReminders;
import io.postmortem.followup.JiraReminders;
import io.postmortem.followup.ReminderLog;
import io.postmortem.publish.PublicationRepository;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.testsupport.site.FakeAtlassianSite;
import tools.jackson.databind.JsonNode;

/**
 * The demo's "move the clock" control for the follow-through: {@code POST /demo/clock?days=N} moves the reminders'
 * clock N days ahead of the application's and runs the reminders at once, so the notices before and after the
 * action items' due dates, the unwritten-post-mortem reminder and the review reminder can be watched without waiting
 * for weeks. Only the reminders see the moved clock (the rest of the app, and its tokens, keep the real one). The
 * notifications the fake Jira received are listed on the demo's issue page.
 */
@RestController
@IgnoreJwt
@Profile("demo")
public class DemoClock {

    private final AtomicReference<Duration> moved = new AtomicReference<>(Duration.ZERO);
    private final Clock clock;
    private final FakeAtlassianSite site;
    private final FollowUpReminders reminders;

    public DemoClock(Clock clock, FakeAtlassianSite site, AtlassianSites sites, AtlassianClients clients,
            SettingsRepository settings, DraftRepository drafts, PublicationRepository publications, ReminderLog log,
            JiraReminders delivery, io.postmortem.publish.ActionItemTracker tracker) {
        this.clock = clock;
        this.site = site;
        Clock shifted = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return clock.instant().plus(moved.get());
            }
        };
        this.reminders = new FollowUpReminders(sites, clients, settings, drafts, publications, log, delivery, tracker, shifted);
    }

    @PostMapping("/demo/clock")
    public ResponseEntity<?> move(@RequestParam(defaultValue = "1") int days) {
        if (days < 0 || days > 400) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", "days: 0 to 400"));
        }
        moved.updateAndGet(d -> d.plusDays(days));
        reminders.runAll();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/demo#followup")).build();
    }

    /** The issue page's follow-through box. */
    Map<String, Object> model() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("movedDays", moved.get().toDays());
        m.put("reminderDay", LocalDate.ofInstant(clock.instant().plus(moved.get()), ZoneOffset.UTC).toString());
        List<Map<String, String>> sent = new ArrayList<>();
        for (Map.Entry<String, JsonNode> notification : site.notifications) {
            JsonNode n = notification.getValue();
            List<String> to = new ArrayList<>();
            for (JsonNode u : n.path("to").path("users")) to.add(u.path("accountId").asString());
            sent.add(Map.of("issueKey", notification.getKey(), "subject", n.path("subject").asString(),
                    "to", String.join(", ", to)));
        }
        m.put("notifications", sent);
        m.put("noNotifications", sent.isEmpty());
        return m;
    }
}

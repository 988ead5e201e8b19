package io.postmortem.panel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.postmortem.connect.auth.Caller;
import io.postmortem.postmortem.Question;
import io.postmortem.settings.SettingsRepository;

/**
 * What the panel's JavaScript starts from (the page's {@code pm-bootstrap} JSON), whichever way the panel is shown:
 * inside a Connect iframe page ({@link PanelPageController}, which adds its session token) or as Forge Custom UI (which
 * fetches it through its transport).
 */
@Component
public class PanelBootstrap {

    private final SettingsRepository settings;
    private final Clock clock;

    public PanelBootstrap(SettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param baseUrl     where the API is, as the page's script sees it ({@code ""} when the transport adds it)
     * @param hostBaseUrl the Jira site's address, for links to issues (may be null)
     */
    public Map<String, Object> bootstrap(Caller caller, String issueKey, String mode, String baseUrl, String hostBaseUrl) {
        Map<String, Object> boot = new LinkedHashMap<>();
        boot.put("issueKey", issueKey);
        boot.put("mode", mode);
        boot.put("baseUrl", baseUrl);
        boot.put("storeScope", scope(caller));
        boot.put("hostBaseUrl", hostBaseUrl);
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Question q : Question.values()) {
            questions.add(Map.of("key", q.key(), "number", q.number(), "text", q.text(), "guidance", q.guidance()));
        }
        boot.put("questions", questions);
        int dueDays = settings.forIssue(caller.clientKey(), issueKey).defaultDueDays();
        boot.put("defaultDueDays", dueDays);
        // dates come from the server's clock, not the browser's: a new action item's default due date, and "now"
        // so the page can tell a session token's expiry whatever the computer's clock says
        boot.put("defaultDue", dueDays > 0 ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(dueDays).toString()
                : null);
        boot.put("serverNow", clock.millis());
        return boot;
    }

    /** Separates the browser's saved drafts per installation and person, without naming either. */
    static String scope(Caller caller) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((caller.clientKey() + "\n" + caller.accountId()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.postmortem.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;

import org.junit.jupiter.api.Test;

import io.postmortem.publish.PublishTestBase;
import io.postmortem.settings.FollowUpSettings;
import io.postmortem.testsupport.ConnectFixtures;
import io.postmortem.testsupport.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The follow-through settings through {@code /api/settings}: defaults for old rows, saved, validated. */
class FollowUpSettingsTest extends PublishTestBase {

    static final String ADMIN = "557058:admin-0000";

    String token(String accountId) {
        return ConnectFixtures.contextJwt(CK, secret, accountId, null);
    }

    @Test
    void settingsStoredBeforeFollowUpExistedReadWithTheDefaults() {
        // a row as an older version wrote it: no followUp object
        jdbc.sql("update installation_settings set settings = ?, updated_at = ? where client_key = ?")
                .params("{\"confluenceSpaceKey\":\"PM\",\"actionItemProject\":\"OPS\",\"defaultDueDays\":30}",
                        Timestamp.from(TestClock.now()), CK).update();
        assertThat(settings.get(CK).followUp()).isEqualTo(new FollowUpSettings(true, 3, false, 5, 90));
        JsonNode s = JSON.readTree(call("GET", "/api/settings", token(ADMIN), null).body());
        assertThat(s.path("followUp").path("reminders").asBoolean()).isTrue();
        assertThat(s.path("followUp").path("daysBeforeDue").asInt()).isEqualTo(3);
        assertThat(s.path("followUp").path("unwrittenAfterBusinessDays").asInt()).isEqualTo(5);
        assertThat(s.path("followUp").path("reviewAfterDays").asInt()).isEqualTo(90);
    }

    @Test
    void anAdministratorSavesThemAndBadValuesAreFieldErrors() {
        ATLASSIAN.admins.add(ADMIN);
        ObjectNode body = (ObjectNode) JSON.valueToTree(configured());
        body.putObject("followUp").put("reminders", false).put("daysBeforeDue", 7).put("quietWeekends", true)
                .put("unwrittenAfterBusinessDays", 3); // reviewAfterDays absent: its default
        HttpResponse<String> r = call("PUT", "/api/settings", token(ADMIN), body.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(settings.get(CK).followUp()).isEqualTo(new FollowUpSettings(false, 7, true, 3, 90));

        body.putObject("followUp").put("daysBeforeDue", -1).put("unwrittenAfterBusinessDays", 0).put("reviewAfterDays", 5000);
        HttpResponse<String> bad = call("PUT", "/api/settings", token(ADMIN), body.toString());
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("details").valueStream().map(JsonNode::asString).toList())
                .anySatisfy(d -> assertThat(d).startsWith("followUp.daysBeforeDue:"))
                .anySatisfy(d -> assertThat(d).startsWith("followUp.unwrittenAfterBusinessDays:"))
                .anySatisfy(d -> assertThat(d).startsWith("followUp.reviewAfterDays:"));
        assertThat(settings.get(CK).followUp().daysBeforeDue()).isEqualTo(7); // nothing saved
        assertAllRequestsMatchTheSpecs();
    }
}

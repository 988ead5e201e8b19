package io.postmortem.webhooks;

import io.postmortem.intake.BuildRequest;
import io.postmortem.jobs.TaskDataSerializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.github.kagkarlsson.scheduler.serializer.Serializer;

class TaskDataSerializerTest {

    private final TaskDataSerializer serializer = new TaskDataSerializer(java.util.List.of(new WebhookEventCodec()));

    @Test
    void aWebhookEventComesBackAsItWasIncludingNonAsciiText() {
        String body = io.postmortem.intake.Webhooks.resolved("INC-7", "10007", "90007").put("note", "Zoë’s “quote” \u2603 <b>&amp;</b>").toString();
        WebhookEvent event = new WebhookEvent("jira-ключ-1", "wh-ö-1", body);

        byte[] stored = serializer.serialize(event);

        assertThat(new String(stored, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PMW1");
        assertThat(serializer.deserialize(WebhookEvent.class, stored)).isEqualTo(event);
        // the body is kept as its UTF-8 bytes: far smaller than Java serialization's record form
        assertThat(stored.length).isLessThan(Serializer.DEFAULT_JAVA_SERIALIZER.serialize(event).length);
    }

    @Test
    void otherJobDataStaysJavaSerialized() {
        BuildRequest build = new BuildRequest("jira-1", "INC-7", "10007", "webhook");

        byte[] stored = serializer.serialize(build);

        assertThat(stored).isEqualTo(Serializer.DEFAULT_JAVA_SERIALIZER.serialize(build));
        assertThat(serializer.deserialize(BuildRequest.class, stored)).isEqualTo(build);
    }

    @Test
    void aWebhookJobStoredBeforeThisFormatIsStillRead() {
        WebhookEvent event = new WebhookEvent("jira-1", "wh-1", "{\"issue\":{}}");
        byte[] javaSerialized = Serializer.DEFAULT_JAVA_SERIALIZER.serialize(event);

        assertThat(serializer.deserialize(WebhookEvent.class, javaSerialized)).isEqualTo(event);
    }

    @Test
    void emptyTextsSurvive() {
        WebhookEvent event = new WebhookEvent("", "", "");

        assertThat(serializer.deserialize(WebhookEvent.class, serializer.serialize(event))).isEqualTo(event);
    }

    @Test
    void truncatedDataIsRefusedNotMisread() {
        byte[] stored = serializer.serialize(new WebhookEvent("jira-1", "wh-1", "{}"));

        assertThatThrownBy(() -> serializer.deserialize(WebhookEvent.class, Arrays.copyOf(stored, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> serializer.deserialize(BuildRequest.class, stored))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BuildRequest");
    }
}

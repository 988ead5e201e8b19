package io.postmortem.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.github.kagkarlsson.scheduler.serializer.Serializer;

/**
 * How job data is stored in {@code scheduled_tasks.task_data}. A {@link WebhookEvent} (one per accepted delivery,
 * written on the request thread) is stored compactly: a 4-byte marker, the client key and the delivery id with their
 * lengths, then the body's UTF-8 bytes as received. Java serialization of the same record costs several times the
 * CPU (class descriptors, modified UTF-8) and is most of a delivery's storage cost. All other job data, and webhook
 * jobs stored before this format, use db-scheduler's Java serialization: those bytes start with Java's stream magic
 * {@code 0xACED}, never with the marker.
 */
final class TaskDataSerializer implements Serializer {

    private static final byte[] MARKER = {'P', 'M', 'W', '1'};

    private final Serializer fallback;

    TaskDataSerializer() {
        this(Serializer.DEFAULT_JAVA_SERIALIZER);
    }

    TaskDataSerializer(Serializer fallback) {
        this.fallback = fallback;
    }

    @Override
    public byte[] serialize(Object data) {
        if (!(data instanceof WebhookEvent event)) return fallback.serialize(data);
        byte[] clientKey = event.clientKey().getBytes(StandardCharsets.UTF_8);
        byte[] webhookId = event.webhookId().getBytes(StandardCharsets.UTF_8);
        byte[] body = event.body().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(MARKER.length + 8 + clientKey.length + webhookId.length + body.length)
                .put(MARKER).putInt(clientKey.length).put(clientKey).putInt(webhookId.length).put(webhookId).put(body)
                .array();
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] data) {
        if (data == null || data.length < MARKER.length || !Arrays.equals(data, 0, MARKER.length, MARKER, 0, MARKER.length)) {
            return fallback.deserialize(type, data);
        }
        if (type != WebhookEvent.class) {
            throw new IllegalArgumentException("Stored webhook event read as " + type.getName());
        }
        ByteBuffer in = ByteBuffer.wrap(data, MARKER.length, data.length - MARKER.length);
        String clientKey = text(in, in.getInt());
        String webhookId = text(in, in.getInt());
        String body = text(in, in.remaining());
        return type.cast(new WebhookEvent(clientKey, webhookId, body));
    }

    private static String text(ByteBuffer in, int length) {
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("Stored webhook event is truncated");
        }
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}

package io.postmortem.webhooks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import io.postmortem.jobs.TaskDataCodec;

/**
 * A {@link WebhookEvent} (one per accepted delivery, written on the request thread) is stored compactly: the client
 * key and the delivery id with their lengths, then the body's UTF-8 bytes as received. Java serialization of the same
 * record costs 3-5 times the CPU to write and 6-100 times to read (class descriptors, modified UTF-8;
 * TaskDataBenchmark, README).
 */
@Component
public class WebhookEventCodec implements TaskDataCodec<WebhookEvent> {

    private static final byte[] MARKER = {'P', 'M', 'W', '1'};

    @Override
    public Class<WebhookEvent> type() {
        return WebhookEvent.class;
    }

    @Override
    public byte[] marker() {
        return MARKER.clone();
    }

    @Override
    public byte[] encode(WebhookEvent event) {
        byte[] clientKey = event.clientKey().getBytes(StandardCharsets.UTF_8);
        byte[] webhookId = event.webhookId().getBytes(StandardCharsets.UTF_8);
        byte[] body = event.body().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + clientKey.length + webhookId.length + body.length)
                .putInt(clientKey.length).put(clientKey).putInt(webhookId.length).put(webhookId).put(body).array();
    }

    @Override
    public WebhookEvent decode(byte[] data, int offset, int length) {
        ByteBuffer in = ByteBuffer.wrap(data, offset, length);
        String clientKey = text(in, in.getInt());
        String webhookId = text(in, in.getInt());
        String body = text(in, in.remaining());
        return new WebhookEvent(clientKey, webhookId, body);
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

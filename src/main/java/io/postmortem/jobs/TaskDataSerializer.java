package io.postmortem.jobs;

import java.util.Arrays;
import java.util.List;

import com.github.kagkarlsson.scheduler.serializer.Serializer;

/**
 * How job data is stored in {@code scheduled_tasks.task_data}: the {@link TaskDataCodec}s the features register
 * store their kinds compactly, behind a 4-byte marker; everything else uses db-scheduler's Java serialization (whose
 * bytes start with Java's stream magic {@code 0xACED}, never with a marker), and both forms are always read. Webhook
 * deliveries, one job each written on the request thread, are the kind with a codec: 3-5 times cheaper to write and
 * 6-100 times cheaper to read than Java serialization, a small share of a delivery's cost except for large bodies
 * (TaskDataBenchmark, README).
 */
public final class TaskDataSerializer implements Serializer {

    private static final int MARKER = 4;

    private final List<TaskDataCodec<?>> codecs;
    private final Serializer fallback;

    public TaskDataSerializer(List<TaskDataCodec<?>> codecs) {
        this(codecs, Serializer.DEFAULT_JAVA_SERIALIZER);
    }

    TaskDataSerializer(List<TaskDataCodec<?>> codecs, Serializer fallback) {
        for (TaskDataCodec<?> c : codecs) {
            if (c.marker().length != MARKER) throw new IllegalArgumentException("A task data marker has four bytes");
        }
        this.codecs = List.copyOf(codecs);
        this.fallback = fallback;
    }

    @Override
    public byte[] serialize(Object data) {
        for (TaskDataCodec<?> codec : codecs) {
            if (codec.type().isInstance(data)) return encode(codec, data);
        }
        return fallback.serialize(data);
    }

    private static <T> byte[] encode(TaskDataCodec<T> codec, Object data) {
        byte[] body = codec.encode(codec.type().cast(data));
        byte[] out = Arrays.copyOf(codec.marker(), MARKER + body.length);
        System.arraycopy(body, 0, out, MARKER, body.length);
        return out;
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] data) {
        if (data != null && data.length >= MARKER) {
            for (TaskDataCodec<?> codec : codecs) {
                if (Arrays.equals(data, 0, MARKER, codec.marker(), 0, MARKER)) {
                    if (!type.isAssignableFrom(codec.type())) {
                        throw new IllegalArgumentException("Stored " + codec.type().getSimpleName() + " read as " + type.getName());
                    }
                    return type.cast(codec.decode(data, MARKER, data.length - MARKER));
                }
            }
        }
        return fallback.deserialize(type, data);
    }
}

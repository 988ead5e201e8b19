package io.postmortem.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.kagkarlsson.scheduler.serializer.Serializer;

import io.postmortem.jobs.TaskDataSerializer;

/**
 * What the compact job data of a webhook delivery is worth beside db-scheduler's Java serialization, the fallback
 * every other job kind uses: CPU per encode and per decode (the measuring thread's CPU time, so a busy machine does
 * not inflate it) and bytes stored, for a typical Jira {@code jira:issue_updated} body (about 3 KB) and a large one
 * (about 60 KB, an issue with a long description). A delivery is encoded once on the request thread and decoded once
 * by the job. Run with
 * {@code ./mvnw -B test -Dtest=TaskDataBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; figures in the README.
 */
class TaskDataBenchmark {

    private static final int WARMUP = 20_000;
    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 20_000;

    @Test
    void compactCodecBesideJavaSerialization() {
        TaskDataSerializer compact = new TaskDataSerializer(List.of(new WebhookEventCodec()));
        Serializer java = new TaskDataSerializer(List.of()); // what postmortem.jobs.compact-task-data=false stores
        String typical = io.postmortem.intake.Webhooks.resolved("INC-7", "10007", "90007")
                .put("description", "Customers see 502 from the checkout API since 09:12 UTC; Zoë’s note: “rollback?”".repeat(20))
                .toString();
        String large = io.postmortem.intake.Webhooks.resolved("INC-8", "10008", "90008")
                .put("description", "A long incident description with a stack trace line at io.example.Checkout(Checkout.java:42)\n".repeat(650))
                .toString();
        for (String body : List.of(typical, large)) {
            WebhookEvent event = new WebhookEvent("7c1d2b9e-4a3f-4e6a-9b1d-3f0e2a1c5d77", "wh-1f0e2a1c-5d77-4e6a", body);
            Figures c = measure(compact, event);
            Figures j = measure(java, event);
            System.out.printf("[task data, body %,d chars] compact codec: encode %.1f µs, decode %.1f µs, %,d bytes | "
                            + "Java serialization: encode %.1f µs, decode %.1f µs, %,d bytes | ratio encode %.1fx, decode %.1fx, size %.2fx%n",
                    body.length(), c.encodeMicros, c.decodeMicros, c.bytes, j.encodeMicros, j.decodeMicros, j.bytes,
                    j.encodeMicros / c.encodeMicros, j.decodeMicros / c.decodeMicros, (double) j.bytes / c.bytes);
            assertThat(compact.deserialize(WebhookEvent.class, compact.serialize(event))).isEqualTo(event);
            assertThat(java.deserialize(WebhookEvent.class, java.serialize(event))).isEqualTo(event);
        }
    }

    private record Figures(double encodeMicros, double decodeMicros, int bytes) {
    }

    private static Figures measure(Serializer serializer, WebhookEvent event) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        byte[] stored = serializer.serialize(event);
        long sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += serializer.serialize(event).length;
            sink += serializer.deserialize(WebhookEvent.class, stored).body().length();
        }
        double[] encode = new double[ROUNDS];
        double[] decode = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < PER_ROUND; i++) sink += serializer.serialize(event).length;
            long t1 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < PER_ROUND; i++) sink += serializer.deserialize(WebhookEvent.class, stored).body().length();
            long t2 = threads.getCurrentThreadCpuTime();
            encode[r] = (t1 - t0) / 1_000.0 / PER_ROUND;
            decode[r] = (t2 - t1) / 1_000.0 / PER_ROUND;
        }
        assertThat(sink).isPositive();
        return new Figures(median(encode), median(decode), stored.length);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

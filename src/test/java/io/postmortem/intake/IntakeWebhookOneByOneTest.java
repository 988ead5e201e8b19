package io.postmortem.intake;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link IntakeWebhookTest} again with the two pieces of acceptance machinery switched off, each delivery stored in its
 * own transaction ({@code postmortem.jobs.group-commit=false}) and every job written with db-scheduler's Java
 * serialization ({@code postmortem.jobs.compact-task-data=false}): the switches the benchmarks compare with (README,
 * Benchmarks) keep every behaviour, de-duplication of concurrent deliveries included.
 */
class IntakeWebhookOneByOneTest extends IntakeWebhookTest {

    @DynamicPropertySource
    static void oneByOne(DynamicPropertyRegistry registry) {
        registry.add("postmortem.jobs.group-commit", () -> "false");
        registry.add("postmortem.jobs.compact-task-data", () -> "false");
    }
}

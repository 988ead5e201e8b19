package io.postmortem.aidraft;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.postmortem.intake.DraftBuilt;
import io.postmortem.jobs.Jobs;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The AI draft's durable job: queued after each draft build when {@link AiDrafter#wanted} (server switch and the
 * installation's setting), so the facilitator's draft is saved first and the model's arrives when it is ready.
 * One pending job per incident; it is not retried (a failure is recorded in the draft and the next build asks
 * again).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AiDraftProperties.class)
public class AiDraftTasks {

    public static final String TASK = "ai-draft";

    private static final Logger log = LoggerFactory.getLogger(AiDraftTasks.class);

    @Bean
    OneTimeTask<AiDraftRequest> aiDraftTask(ObjectProvider<AiDrafter> drafter) {
        return Tasks.oneTime(TASK, AiDraftRequest.class)
                .onFailure((complete, operations) -> operations.stop())
                .execute((instance, context) -> drafter.getObject().run(instance.getData()));
    }

    @Bean
    AiDraftQueue aiDraftQueue(AiDrafter drafter, Jobs jobs, OneTimeTask<AiDraftRequest> aiDraftTask, Clock clock) {
        return new AiDraftQueue(drafter, jobs, aiDraftTask, clock);
    }

    /** Queues the AI draft after a build. */
    public static class AiDraftQueue {
        private final AiDrafter drafter;
        private final Jobs jobs;
        private final OneTimeTask<AiDraftRequest> task;
        private final Clock clock;

        AiDraftQueue(AiDrafter drafter, Jobs jobs, OneTimeTask<AiDraftRequest> task, Clock clock) {
            this.drafter = drafter;
            this.jobs = jobs;
            this.task = task;
            this.clock = clock;
        }

        @EventListener
        public void afterBuild(DraftBuilt built) {
            try {
                if (!drafter.wanted(built.clientKey())) return;
                AiDraftRequest r = new AiDraftRequest(built.clientKey(), built.issueKey());
                jobs.schedule(task.instance(r.instanceId(), r), clock.instant());
                jobs.nudge();
            } catch (RuntimeException e) {
                log.warn("AI draft not queued for {}: {}", built.issueKey(), e.toString());
            }
        }
    }
}

package io.postmortem.privacy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** The recurring personal data report (one instance runs it at a time). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyTasks {

    public static final String REPORT = "privacy-report";

    @Bean
    RecurringTask<Void> privacyReportTask(ObjectProvider<PersonalDataReporter> reporter, PrivacyProperties properties) {
        return Tasks.recurring(REPORT, FixedDelay.of(properties.reportInterval()))
                .execute((instance, context) -> reporter.getObject().reportAll());
    }
}

package io.postmortem.followup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The follow-through job's tunables ({@code postmortem.followup.*}); what is reminded, and when, is per installation
 * ({@code Settings.followUp}).
 *
 * @param checkInterval     how often the recurring job looks for reminders due (each is sent once whatever the
 *                          interval; shorter only makes a reminder leave earlier in its day)
 * @param pageRefreshDelay  an action item's change waits this long before the page is updated, so a burst of
 *                          changes gives one page update
 */
@ConfigurationProperties("postmortem.followup")
public record FollowUpProperties(@DefaultValue("1h") Duration checkInterval,
                                 @DefaultValue("3m") Duration pageRefreshDelay) {
}

package io.postmortem.drafts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a draft is built ({@code postmortem.jobs.*}, beside the intake's settings, where they have always been set).
 *
 * @param fetchThreads bounded pool on which the independent Jira reads of one build run concurrently
 * @param relatedLimit at most this many similar past incidents are looked up
 */
@ConfigurationProperties("postmortem.jobs")
public record DraftProperties(
        @DefaultValue("16") int fetchThreads,
        @DefaultValue("5") int relatedLimit) {
}

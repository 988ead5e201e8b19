package io.postmortem.postmortem;

import java.time.LocalDate;

/**
 * One action item: what, who, by when, and "would this prevent recurrence?".
 *
 * @param id             stable id within the draft (survives edits; used to find the item's Jira issue)
 * @param ownerAccountId the owner's Atlassian account id (a named person, never a team)
 * @param status         Open, In Progress, Done... (mirrors the Jira issue once published)
 * @param jiraKey        the created Jira issue, once published
 * @param publishError   Jira's own message when creating or updating the issue failed
 */
public record ActionItem(String id, String summary, String description, String ownerAccountId, String ownerDisplayName,
                         LocalDate due, PreventsRecurrence preventsRecurrence, String status, String jiraKey,
                         String publishError) {

    public enum PreventsRecurrence { YES, PARTIALLY, DETECTS_ONLY }

    public ActionItem {
        if (status == null || status.isBlank()) status = "Open";
    }

    /** Done, closed or resolved (Jira's usual names for finished work). */
    public boolean isDone() {
        return status.strip().matches("(?i)done|closed|resolved|complete(d)?");
    }

    /** Created in Jira, still open, and past its due date on {@code today}. */
    public boolean isOverdue(java.time.LocalDate today) {
        return jiraKey != null && !jiraKey.isBlank() && due != null && today != null && due.isBefore(today) && !isDone();
    }
}

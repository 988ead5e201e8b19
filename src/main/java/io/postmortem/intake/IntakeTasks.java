package io.postmortem.intake;

/** Names of the intake's db-scheduler tasks (rows of {@code scheduled_tasks}). */
public final class IntakeTasks {

    /** Delivers one accepted webhook to every {@link IssueEventListener}. */
    public static final String WEBHOOK = "intake-webhook";

    /** Builds (or refreshes) the draft of one incident. */
    public static final String BUILD = "intake-build-draft";

    /** Finds recently resolved incidents without a draft, per installation. */
    public static final String RECONCILE = "intake-reconcile";

    private IntakeTasks() {
    }
}

package io.postmortem.evidence;

import java.util.Set;
import java.util.function.Predicate;

/**
 * The one rule for "the incident moved into a resolved status": used by the intake's trigger (on a webhook) and by the
 * evidence engine (on the changelog), so the draft's resolved time and the build it triggers agree.
 *
 * <p>A status is resolved when it is one of the configured {@code resolvedStatusIds}, or, with none configured, when
 * its category is {@code done} (which the caller knows or asks Jira for: {@code isDone}). A move counts only when it
 * goes INTO a resolved status FROM one that is not (Resolved → Closed is not a second resolution). Names of statuses
 * are never used: they are localised and renameable.
 */
public enum StatusMove {
    /** From an unresolved (or unknown) status into a resolved one. */
    INTO_RESOLVED,
    /** Between two resolved statuses. */
    WITHIN_RESOLVED,
    /** Into a status that is not resolved. */
    NOT_RESOLVED;

    /**
     * @param isDone asked only when no status ids are configured, about {@code to} first and about {@code from} only when
     *               {@code to} is resolved (the caller's answer may cost a request to Jira)
     */
    public static StatusMove of(String from, String to, Set<String> resolvedStatusIds, Predicate<String> isDone) {
        if (!resolved(to, resolvedStatusIds, isDone)) return NOT_RESOLVED;
        return resolved(from, resolvedStatusIds, isDone) ? WITHIN_RESOLVED : INTO_RESOLVED;
    }

    private static boolean resolved(String status, Set<String> resolvedStatusIds, Predicate<String> isDone) {
        if (status == null) return false;
        return resolvedStatusIds.isEmpty() ? isDone.test(status) : resolvedStatusIds.contains(status);
    }
}

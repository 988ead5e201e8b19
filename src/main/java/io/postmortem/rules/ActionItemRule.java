package io.postmortem.rules;

import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.ActionItem.PreventsRecurrence;
import io.postmortem.postmortem.Finding;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.RootCause;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Action items, judged on the seed's criteria, each finding naming the criterion that failed and offering a rewrite
 * that fixes it: testable (a verifiable outcome or threshold: {@link Testability}), bounded scope ({@link Scope},
 * a WARNING worded as a question since phase 18), owned by one named person, not a team, a role or "we" ({@link Owners}), due, not overdue, and with a
 * "prevents recurrence?" answer that matches what the item does ({@link Recurrence}: an item marked "prevents" that
 * only adds detection is a WARNING; a missing answer gets the judged one as its suggestion).
 * A due date in the past is an ERROR only for an item not yet created in Jira; an item that already has its Jira
 * issue and is still open past its date is a WARNING ("overdue since ..."), so it never blocks publishing again.
 * A post-mortem with no action item at all is an ERROR: the seed promises action items with owners and due dates,
 * and "nothing to do" must be said explicitly as a rejected action instead. A confirmed root cause addressed only by
 * detects-only items is a WARNING. Owner problems are reported on {@code actionItems[i].ownerAccountId} (the owner
 * picker field), also when the display name names a team.
 */
public final class ActionItemRule implements Rule {
    public static final String NONE = "actions.none";
    public static final String TESTABLE = "actions.testable";
    public static final String OWNER = "actions.owner";
    public static final String OWNER_TEAM = "actions.owner-team";
    public static final String DUE = "actions.due";
    public static final String OVERDUE = "actions.overdue";
    public static final String PREVENTS = "actions.prevents-recurrence";
    public static final String DETECTS_ONLY = "actions.detects-only";
    public static final String BOUNDED = "actions.bounded";
    public static final String RECURRENCE = "actions.recurrence";

    @Override
    public List<Finding> check(PostMortem doc, RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        List<ActionItem> items = doc.actionItems();
        if (items.isEmpty()) {
            out.add(Finding.error(NONE, "actionItems", "There are no action items. Each post-mortem needs at least one "
                    + "owned, dated action; if nothing should change, record that as a rejected action with the "
                    + "reason.", Testability.suggestion(null)));
            return out;
        }
        LocalDate today = ctx.today();
        for (int i = 0; i < items.size(); i++) {
            ActionItem a = items.get(i);
            String p = "actionItems[" + i + "]";
            String label = "A" + (i + 1);
            Testability.problem(a.summary()).ifPresent(problem -> out.add(Finding.error(TESTABLE, p + ".summary",
                    label + " is not testable: " + problem + " An action must be testable: what changes, on which "
                            + "system, and how you will know it is done.", Testability.suggestion(a.summary()))));
            if (!Texts.blank(a.summary()) && Testability.testable(a.summary())) {
                // asked, not asserted (phase 18): on the sets the scope rules were never tuned on about a third of these
                // findings are still wrong (phase 20, leave-one-set-out: 0.69 precision, was 0.56; ScopeSecondOpinionTest),
                // so the finding is a question
                Scope.problem(a.summary()).ifPresent(problem -> out.add(Finding.warning(BOUNDED, p + ".summary",
                        "Is " + label + "'s scope bounded? As written, " + problem + ". If it is one finite piece of "
                                + "work, name the one system (or the set of its instances) and where the work ends.",
                        Scope.suggestion(a.summary()))));
            }
            if (Texts.blank(a.ownerAccountId())) {
                out.add(Finding.error(OWNER, p + ".ownerAccountId", label + " has no owner. Pick one named person "
                        + "(blameless does not mean no accountability).", null));
            }
            Owners.Problem owner = Texts.blank(a.ownerDisplayName()) ? null : Owners.problem(a.ownerDisplayName());
            if (owner != null && owner != Owners.Problem.NONE_GIVEN) {
                out.add(Finding.error(OWNER_TEAM, p + ".ownerAccountId", label + " is owned by \"" + a.ownerDisplayName()
                        + "\", " + Owners.describe(owner) + ". Name one individual who will drive it.", null));
            }
            if (a.due() == null) {
                out.add(Finding.error(DUE, p + ".due", label + " has no due date.",
                        today.plusDays(30).toString()));
            } else if (a.due().isBefore(today) && !a.isDone()) {
                if (Texts.blank(a.jiraKey())) {
                    out.add(Finding.error(OVERDUE, p + ".due", label + " is due " + a.due() + ", which is in the past.",
                            today.plusDays(30).toString()));
                } else {
                    // already in Jira: the date was fine when it was set; an old post-mortem must stay editable
                    out.add(Finding.warning(OVERDUE, p + ".due", label + " (" + a.jiraKey() + ") is overdue since "
                            + a.due() + ". Agree a new date with its owner in Jira, or close it if it is done.", null));
                }
            }
            PreventsRecurrence judged = Recurrence.judge(a.summary());
            if (a.preventsRecurrence() == null) {
                out.add(Finding.error(PREVENTS, p + ".preventsRecurrence", label + ": say whether this would prevent "
                        + "recurrence (Yes / Partially / Detects-only). As written it reads as "
                        + Recurrence.label(judged) + ".", judged.name()));
            } else if (a.preventsRecurrence() == PreventsRecurrence.YES && judged == PreventsRecurrence.DETECTS_ONLY) {
                out.add(Finding.warning(RECURRENCE, p + ".preventsRecurrence", label + " is marked as preventing "
                        + "recurrence, but as written it only detects it (an alert, page or probe). Add the change "
                        + "that removes the cause, or mark it Detects-only.", judged.name()));
            }
        }
        boolean confirmed = doc.rootCause().certainty() == RootCause.Certainty.CONFIRMED
                && !Texts.blank(doc.rootCause().sentence());
        boolean allDetectOnly = items.stream().allMatch(a -> a.preventsRecurrence() == PreventsRecurrence.DETECTS_ONLY);
        if (confirmed && allDetectOnly) {
            out.add(Finding.warning(DETECTS_ONLY, "actionItems", "The root cause is confirmed, but every action only "
                    + "detects a recurrence. Add at least one action that removes the cause.", null));
        }
        return out;
    }

}

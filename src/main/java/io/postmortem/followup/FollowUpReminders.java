package io.postmortem.followup;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

import io.postmortem.atlassian.AtlassianApiException;
import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.atlassian.JiraClient;
import io.postmortem.drafts.DraftRepository;
import io.postmortem.followup.JiraReminders.Channel;
import io.postmortem.followup.JiraReminders.Message;
import io.postmortem.followup.JiraReminders.Person;
import io.postmortem.followup.ReminderPlan.Due;
import io.postmortem.followup.ReminderPlan.Kind;
import io.postmortem.postmortem.ActionItem;
import io.postmortem.postmortem.PostMortem;
import io.postmortem.postmortem.Responder;
import io.postmortem.atlassian.JiraModel;
import io.postmortem.publish.ActionItemTracker;
import io.postmortem.publish.Publication;
import io.postmortem.publish.PublicationRepository;
import io.postmortem.settings.FollowUpSettings;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsRepository;

/**
 * The reminders' work, run by the recurring job ({@link FollowUpTasks}) for every Jira installation: for each
 * post-mortem, the reminder {@link ReminderPlan} says is due today (in the installation's time zone, by the
 * application's {@link Clock}) is claimed in {@link ReminderLog} and only then sent ({@link JiraReminders}).
 *
 * <ul>
 * <li>Published post-mortems: every open action item with a Jira issue and a due date (notice before, overdue
 * notice, weekly after); the review reminder on the review date.</li>
 * <li>Drafts not published: one reminder once the incident was resolved long enough ago.</li>
 * </ul>
 * The post-mortem's owner is the person who published it, else the incident's assignee.
 */
@Component
public class FollowUpReminders {

    private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);

    /** What one run sent. */
    public record Outcome(int sent, int failed) {
        Outcome plus(Outcome o) {
            return new Outcome(sent + o.sent, failed + o.failed);
        }
    }

    private final AtlassianSites sites;
    private final AtlassianClients clients;
    private final SettingsRepository settings;
    private final DraftRepository drafts;
    private final PublicationRepository publications;
    private final ReminderLog reminders;
    private final JiraReminders delivery;
    private final ActionItemTracker tracker;
    private final Clock clock;

    public FollowUpReminders(AtlassianSites sites, AtlassianClients clients, SettingsRepository settings,
            DraftRepository drafts, PublicationRepository publications, ReminderLog reminders, JiraReminders delivery,
            ActionItemTracker tracker, Clock clock) {
        this.tracker = tracker;
        this.sites = sites;
        this.clients = clients;
        this.settings = settings;
        this.drafts = drafts;
        this.publications = publications;
        this.reminders = reminders;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** Every active Jira installation; one failing site does not stop the others. */
    public Outcome runAll() {
        Outcome total = new Outcome(0, 0);
        for (String clientKey : sites.jiraTenants()) {
            try (var a = MDC.putCloseable("clientKey", clientKey)) {
                total = total.plus(run(clientKey));
            } catch (RuntimeException e) {
                log.warn("Follow-up reminders failed for an installation: {}", e.getMessage());
            }
        }
        return total;
    }

    /** One installation's reminders due now. */
    public Outcome run(String clientKey) {
        Settings s = settings.get(clientKey);
        FollowUpSettings f = s.followUp();
        if (!f.reminders()) return new Outcome(0, 0);
        ZoneId zone = zone(s);
        Run run = new Run(clientKey, f, zone, LocalDate.ofInstant(clock.instant(), zone));
        for (String key : drafts.issueKeys(clientKey)) {
            try (var a = MDC.putCloseable("issueKey", key)) {
                drafts.find(clientKey, key).ifPresent(doc -> {
                    if (doc.status() == PostMortem.Status.PUBLISHED) run.published(doc);
                    else run.unwritten(doc);
                });
            }
        }
        if (run.sent + run.failed > 0) log.info("Follow-up reminders: {} sent, {} failed (tried again next run)", run.sent, run.failed);
        return new Outcome(run.sent, run.failed);
    }

    /** The installation's zone (UTC when its zone is not valid). */
    static ZoneId zone(Settings s) {
        try {
            return ZoneId.of(s.timezone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** The post-mortem's owner: who published it, else the incident's assignee. */
    Optional<Person> owner(String clientKey, PostMortem doc) {
        Optional<String> publisher = publications.find(clientKey, doc.issueKey()).map(Publication::requestedBy)
                .filter(id -> !id.isBlank());
        if (publisher.isPresent()) return Optional.of(new Person(publisher.get(), nameOf(doc, publisher.get())));
        return role(doc, "assignee").stream().findFirst();
    }

    private static List<Person> role(PostMortem doc, String role) {
        return doc.responders().stream().filter(r -> role.equalsIgnoreCase(r.role()) && r.accountId() != null
                && !r.accountId().isBlank()).map(r -> new Person(r.accountId(), r.displayName())).toList();
    }

    private static String nameOf(PostMortem doc, String accountId) {
        return doc.responders().stream().filter(r -> accountId.equals(r.accountId())).map(Responder::displayName)
                .findFirst().orElse(null);
    }

    private final class Run {
        final String clientKey;
        final FollowUpSettings settings;
        final ZoneId zone;
        final LocalDate today;
        JiraClient jira;
        int sent;
        int failed;

        Run(String clientKey, FollowUpSettings settings, ZoneId zone, LocalDate today) {
            this.clientKey = clientKey;
            this.settings = settings;
            this.zone = zone;
            this.today = today;
        }

        JiraClient jira() {
            if (jira == null) jira = clients.jira(sites.jira(clientKey));
            return jira;
        }

        void published(PostMortem doc) {
            Optional<Person> owner = owner(clientKey, doc);
            for (ActionItem item : doc.actionItems()) {
                ReminderPlan.forItem(item, today, settings).ifPresent(due -> checked(doc, item, due, owner));
            }
            LocalDate reviewAt = doc.header() == null ? null : doc.header().nextReviewAt();
            if (doc.header() != null && doc.header().reviewedFor(reviewAt)) return; // reviewed: wait for the next date
            ReminderPlan.forReview(reviewAt, today, settings).ifPresent(due -> owner.ifPresent(o ->
                    send(doc.issueKey(), doc.issueKey(), due, List.of(o), review(doc, reviewAt))));
        }

        void unwritten(PostMortem doc) {
            if (!doc.keyTimes().resolved().known()) return;
            LocalDate resolved = LocalDate.ofInstant(doc.keyTimes().resolved().at(), zone);
            Optional<Due> due = ReminderPlan.forUnwritten(resolved, today, settings);
            if (due.isEmpty() || reminders.any(clientKey, doc.issueKey(), Kind.UNWRITTEN)) return; // chased once
            List<Person> to = new ArrayList<>(role(doc, "assignee"));
            to.addAll(role(doc, "incident commander"));
            to.addAll(role(doc, "commander"));
            if (to.isEmpty()) return;
            String link = jira().site().baseUrl().replaceAll("/+$", "") + "/browse/" + doc.issueKey();
            send(doc.issueKey(), doc.issueKey(), due.get(), to, new Message(
                    "The post-mortem of " + doc.issueKey() + " is not written yet",
                    List.of(doc.issueKey() + (blank(doc.summary()) ? "" : " (" + firstLine(doc.summary()) + ")")
                                    + " was resolved on " + resolved + ", " + ReminderPlan.businessDaysBetween(resolved, today)
                                    + " business days ago, and its post-mortem draft is not published.",
                            "The draft is ready to finish in the Post-mortem panel on the incident."),
                    "Open the post-mortem panel of " + doc.issueKey(), link));
        }

        /**
         * Before an item's reminder goes out, its issue is read from Jira (one call per reminder, not per item): an
         * item done, moved or reassigned while its webhook was lost is not reminded of what is no longer true; the
         * draft (and so the page) takes the new values, and the reminder is decided again with them.
         */
        void checked(PostMortem doc, ActionItem item, Due due, Optional<Person> owner) {
            if (reminders.recorded(clientKey, item.jiraKey(), due.kind(), due.period())) return;
            Optional<JiraModel.ItemIssue> issue;
            try {
                issue = jira().actionItemState(item.jiraKey());
            } catch (AtlassianApiException e) {
                failed++;
                log.warn("Could not read {} before reminding: {}", item.jiraKey(), e.getMessage());
                return;
            }
            if (issue.isEmpty() || issue.get().fields() == null) return; // gone, or the app may not see it
            JiraModel.ItemFields now = issue.get().fields();
            String status = now.status() == null ? item.status() : now.status().name();
            String ownerId = now.assignee() == null ? null : now.assignee().accountId();
            String ownerName = now.assignee() == null ? null : now.assignee().displayName();
            ActionItem fresh = new ActionItem(item.id(), item.summary(), item.description(), ownerId,
                    ownerId == null ? null : ownerName != null ? ownerName : item.ownerDisplayName(), now.due(),
                    item.preventsRecurrence(), status, item.jiraKey(), item.publishError());
            if (!fresh.equals(item)) tracker.follow(clientKey, item.jiraKey(), status, ownerId, ownerName, now.due());
            if (now.done()) return; // done in Jira, whatever its status is called
            Optional<Due> again = fresh.equals(item) ? Optional.of(due) : ReminderPlan.forItem(fresh, today, settings);
            if (again.isEmpty() || (!again.get().equals(due) && reminders.recorded(clientKey, item.jiraKey(),
                    again.get().kind(), again.get().period()))) {
                return;
            }
            item(doc, fresh, again.get(), owner);
        }

        void item(PostMortem doc, ActionItem item, Due due, Optional<Person> owner) {
            List<Person> to = new ArrayList<>();
            if (item.ownerAccountId() != null && !item.ownerAccountId().isBlank()) {
                to.add(new Person(item.ownerAccountId(), item.ownerDisplayName()));
            }
            if (due.kind() != Kind.DUE_SOON) owner.ifPresent(to::add);
            if (to.isEmpty()) return;
            String what = "Action item " + item.jiraKey();
            String subject = switch (due.kind()) {
                case DUE_SOON -> what + " is due " + (item.due().equals(today) ? "today" : "on " + item.due());
                case OVERDUE -> what + " is overdue (due " + item.due() + ")";
                default -> what + " is still open, " + ChronoUnit.DAYS.between(item.due(), today) + " days after its due date "
                        + item.due();
            };
            String pageUrl = doc.confluencePage() == null ? null : doc.confluencePage().url();
            send(item.jiraKey(), doc.issueKey(), due, to, new Message(subject, List.of(
                    item.summary() + (blank(item.ownerDisplayName()) ? "" : " (owner: " + item.ownerDisplayName() + ")"),
                    "From the post-mortem of " + doc.issueKey() + ". Close the issue when it is done, or change its due "
                            + "date if the plan changed."), pageUrl == null ? null : "The post-mortem", pageUrl));
        }

        Message review(PostMortem doc, LocalDate reviewAt) {
            List<String> lines = new ArrayList<>();
            List<ActionItem> open = doc.actionItems().stream().filter(a -> !ReminderPlan.isClosed(a)).toList();
            long overdue = open.stream().filter(a -> ReminderPlan.isOverdue(a, today)).count();
            lines.add("The post-mortem of " + doc.issueKey() + " is due for review (review date " + reviewAt + "). "
                    + open.size() + " action item(s) open, " + overdue + " overdue.");
            for (ActionItem a : open) {
                lines.add((a.jiraKey() == null ? "-" : a.jiraKey()) + ": " + a.summary() + "; owner "
                        + (blank(a.ownerDisplayName()) ? "unassigned" : a.ownerDisplayName()) + "; due "
                        + (a.due() == null ? "unknown" : a.due()) + (ReminderPlan.isOverdue(a, today) ? " (OVERDUE)" : "")
                        + "; " + a.status());
            }
            lines.add("After the review, record the review in the Post-mortem panel and set the next review date.");
            String pageUrl = doc.confluencePage() == null ? null : doc.confluencePage().url();
            return new Message("Time to review the post-mortem of " + doc.issueKey(), lines,
                    pageUrl == null ? null : "The post-mortem", pageUrl);
        }

        void send(String subject, String incidentKey, Due due, List<Person> to, Message message) {
            List<String> ids = to.stream().map(Person::accountId).distinct().toList();
            if (!reminders.claim(clientKey, subject, due.kind(), due.period(), incidentKey, ids)) return;
            try {
                Channel channel = delivery.send(jira(), subject, to, message);
                reminders.sent(clientKey, subject, due.kind(), due.period(), channel.name());
                sent++;
            } catch (AtlassianApiException e) {
                failed++;
                if (notDelivered(e)) {
                    reminders.release(clientKey, subject, due.kind(), due.period());
                    log.warn("Reminder {} {} for {} not delivered (tried again next run): {}", due.kind(), due.period(),
                            subject, e.getMessage());
                } else {
                    // Jira may have acted before failing (5xx, lost answer): keep the claim rather than risk a double
                    reminders.failed(clientKey, subject, due.kind(), due.period(), e.getMessage());
                    log.warn("Reminder {} {} for {} may not have been delivered (not tried again): {}", due.kind(),
                            due.period(), subject, e.getMessage());
                }
            }
        }
    }

    /** Jira certainly did nothing: rate limited, unavailable, unauthorised, the issue gone. */
    private static boolean notDelivered(AtlassianApiException e) {
        int status = e.status();
        return status == 429 || status == 503 || status == 401 || status == 404 || status == 400 || status == 403;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String firstLine(String s) {
        String line = s.strip().split("\\R", 2)[0];
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}

package io.postmortem.dynamicwebhooks;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.postmortem.atlassian.AtlassianApiException;
import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSite.Product;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.atlassian.JiraClient;
import io.postmortem.atlassian.JiraClient.WebhookSpec;
import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.installations.InstallationChanged;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.dynamicwebhooks.DynamicWebhookRepository.State;
import io.postmortem.jobs.Jobs;
import io.postmortem.settings.Settings;
import io.postmortem.settings.SettingsChanged;
import io.postmortem.settings.SettingsRepository;
import io.postmortem.webhooks.IssueUpdatedWebhookController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps each active Jira Connect installation's dynamic webhooks as its settings want them ({@link WebhookFilters}).
 * One run ({@link #syncAll}, the recurring job {@value DynamicWebhookTasks#TASK}) looks at every installation:
 *
 * <ul>
 * <li>nothing to do when what is registered is what is wanted, no refresh is due and no check was asked for;</li>
 * <li>otherwise it reads Jira's list of the app's webhooks ({@code GET /rest/api/3/webhook}); when ours are all there
 * and the filter is unchanged it deletes strays (left by an earlier install or a lost answer) and refreshes ours;</li>
 * <li>when the filter changed, or Jira no longer has one of ours (expired, deleted), it registers the wanted ones,
 * stores their ids at once, then deletes every other webhook of the app on the site (the old ones);</li>
 * <li>with the feature off it deletes what is registered and forgets it.</li>
 * </ul>
 * A failure (429 after the policy's own waits, 5xx, 401, a filter Jira refuses) is logged with the clientKey,
 * counted, and tried again after a doubling wait (with Jira's list checked then); the stored ids stay as they were.
 * An uninstalled installation's row is forgotten: the app can no longer call the site, and Jira drops an app's
 * webhooks with the app.
 */
@Service
public class DynamicWebhooks {

    private static final Logger log = LoggerFactory.getLogger(DynamicWebhooks.class);
    /** Jira lets a dynamic webhook expire this long after its registration or last refresh. */
    static final Duration JIRA_LIFETIME = Duration.ofDays(30);
    private static final DateTimeFormatter JIRA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /** What is registered for an installation, as stored in {@code dynamic_webhook.registration}. */
    record Registration(String url, List<WebhookSpec> webhooks) {
    }

    /** What one run did for an installation. */
    public enum Outcome { UP_TO_DATE, WAITING, REGISTERED, REFRESHED, CHECKED, DELETED, FORGOTTEN, FAILED }

    private final DynamicWebhookRepository repository;
    private final DynamicWebhookProperties properties;
    private final InstallationRepository installations;
    private final SettingsRepository settings;
    private final AtlassianSites sites;
    private final AtlassianClients clients;
    private final ConnectProperties connect;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final java.time.Clock clock;
    private final Jobs jobs;
    private final io.micrometer.core.instrument.MeterRegistry meters;

    public DynamicWebhooks(DynamicWebhookRepository repository, DynamicWebhookProperties properties,
            InstallationRepository installations, SettingsRepository settings, AtlassianSites sites, AtlassianClients clients,
            ConnectProperties connect, JdbcClient jdbc, JsonMapper json, java.time.Clock clock, Jobs jobs,
            org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters) {
        this.meters = meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
        // installations whose last attempt failed (each scrape asks the database: one small count)
        io.micrometer.core.instrument.Gauge.builder("postmortem.dynamic_webhooks.failing", repository, DynamicWebhookRepository::countFailing)
                .description("installations whose dynamic webhooks could not be brought up to date at the last attempt")
                .register(this.meters);
        this.repository = repository;
        this.properties = properties;
        this.installations = installations;
        this.settings = settings;
        this.sites = sites;
        this.clients = clients;
        this.connect = connect;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.jobs = jobs;
    }

    /** The URL every dynamic webhook of the app is sent to (Jira allows one per app, under the app's base URL). */
    public String deliveryUrl() {
        return connect.normalizedBaseUrl() + IssueUpdatedWebhookController.DYNAMIC_PATH;
    }

    /** One pass over every installation; one failing does not stop the others. */
    public Map<String, Outcome> syncAll() {
        Set<String> active = new LinkedHashSet<>(installations.activeClientKeys(Product.JIRA));
        Map<String, Outcome> outcomes = new java.util.TreeMap<>();
        Map<String, State> rows = repository.all().stream().collect(Collectors.toMap(State::clientKey, Function.identity()));
        for (State row : rows.values()) {
            if (!active.contains(row.clientKey())) {
                repository.forget(row.clientKey());
                outcomes.put(row.clientKey(), Outcome.FORGOTTEN);
            }
        }
        for (String clientKey : active) {
            outcomes.put(clientKey, sync(clientKey));
        }
        return outcomes;
    }

    /** Brings one installation's webhooks up to date (or records why not, for the next attempt). */
    public Outcome sync(String clientKey) {
        Outcome outcome = syncCounted(clientKey);
        if (outcome != Outcome.UP_TO_DATE && outcome != Outcome.WAITING) {
            meters.counter("postmortem.dynamic_webhooks.runs", "outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)).increment();
        }
        return outcome;
    }

    private Outcome syncCounted(String clientKey) {
        try (var m = MDC.putCloseable("clientKey", clientKey)) {
            Instant now = clock.instant();
            State state = repository.find(clientKey).orElse(null);
            if (state == null && !properties.enabled()) return Outcome.UP_TO_DATE; // never registered, nothing wanted
            if (state != null && state.nextAttemptAt() != null && state.nextAttemptAt().isAfter(now)) return Outcome.WAITING;
            try {
                return syncNow(clientKey, state == null ? repository.ensure(clientKey) : state, now);
            } catch (RuntimeException e) {
                State current = repository.ensure(clientKey);
                int attempts = current.attempts() + 1;
                Duration wait = backoff(attempts, e);
                repository.failed(clientKey, attempts, now.plus(wait), describe(e));
                log.warn("Dynamic webhooks of this installation could not be brought up to date (attempt {}, next in {}): {}",
                        attempts, wait, describe(e));
                return Outcome.FAILED;
            }
        }
    }

    private Outcome syncNow(String clientKey, State state, Instant now) {
        List<WebhookSpec> wanted = properties.enabled() ? WebhookFilters.wanted(settings.get(clientKey), itemProjects(clientKey)) : List.of();
        // the URL is part of it: a changed postmortem.base-url registers again (Jira keeps one URL per app)
        String wantedText = wanted.isEmpty() ? null : json.writeValueAsString(new Registration(deliveryUrl(), wanted));
        List<Long> ours = state.ids();
        if (wanted.isEmpty()) {
            if (!ours.isEmpty()) {
                jira(clientKey).deleteWebhooks(ours);
                log.info("Dynamic webhooks are off: deleted {} registered webhook(s)", ours.size());
            }
            repository.forget(clientKey);
            return ours.isEmpty() ? Outcome.FORGOTTEN : Outcome.DELETED;
        }
        boolean same = !ours.isEmpty() && Objects.equals(state.registration(), wantedText);
        boolean refreshDue = state.refreshedAt() == null || !state.refreshedAt().plus(properties.refreshAfter()).isAfter(now);
        if (same && !refreshDue && !state.checkDue()) return Outcome.UP_TO_DATE;

        JiraClient jira = jira(clientKey);
        Set<Long> onSite = new TreeSet<>();
        jira.dynamicWebhooks().forEach(w -> onSite.add(w.id()));
        if (same && onSite.containsAll(ours)) {
            List<Long> strays = onSite.stream().filter(id -> !ours.contains(id)).toList();
            if (!strays.isEmpty()) {
                jira.deleteWebhooks(strays);
                log.info("Deleted {} webhook(s) of the app this installation no longer knows", strays.size());
            }
            if (refreshDue) {
                Instant expires = expiry(jira.refreshWebhooks(ours), now);
                repository.refreshed(clientKey, expires);
                log.info("Refreshed {} dynamic webhook(s); they expire at {}", ours.size(), expires);
                return Outcome.REFRESHED;
            }
            repository.refreshed(clientKey, null);
            return Outcome.CHECKED;
        }
        if (same) log.warn("Jira no longer has the installation's dynamic webhooks {} (expired or deleted): registering again", ours);
        List<JiraClient.RegisteredWebhook> results = jira.registerWebhooks(deliveryUrl(), wanted);
        List<Long> created = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (JiraClient.RegisteredWebhook r : results) {
            if (r.createdWebhookId() != null) created.add(r.createdWebhookId());
            if (r.errors() != null) errors.addAll(r.errors());
        }
        if (created.size() != wanted.size()) {
            jira.deleteWebhooks(created); // all or nothing: a half registration would silently miss events
            throw new IllegalStateException("Jira refused the webhook registration: "
                    + (errors.isEmpty() ? results.size() + " result(s) for " + wanted.size() + " webhook(s)" : String.join("; ", errors)));
        }
        repository.registered(clientKey, created, wantedText, now, now.plus(JIRA_LIFETIME));
        log.info("Registered dynamic webhooks {} for {}", created, wanted.stream().map(WebhookSpec::jqlFilter).toList());
        Set<Long> old = new TreeSet<>(onSite);
        old.addAll(ours);
        old.removeAll(created);
        if (!old.isEmpty()) {
            try {
                jira.deleteWebhooks(List.copyOf(old));
                log.info("Deleted the replaced webhook(s) {}", old);
            } catch (RuntimeException e) {
                // the new ones are stored; the next run finds the old ones in Jira's list as strays
                repository.markCheckDue(clientKey);
                throw e;
            }
        }
        return Outcome.REGISTERED;
    }

    /** Project keys of the installation's published action-item issues (the part of the key before the last dash). */
    private List<String> itemProjects(String clientKey) {
        return jdbc.sql("select jira_key from action_item_issue where client_key = ?").param(clientKey).query(String.class).list()
                .stream().map(Settings::projectOf).filter(Objects::nonNull).distinct().toList();
    }

    private JiraClient jira(String clientKey) {
        return clients.jira(sites.jira(clientKey));
    }

    private Duration backoff(int attempts, RuntimeException e) {
        Duration wait = properties.retryBackoff().multipliedBy(1L << Math.min(20, attempts - 1));
        if (e instanceof AtlassianApiException a && a.retryAfter() != null && a.retryAfter().compareTo(wait) > 0) wait = a.retryAfter();
        return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
    }

    private static String describe(RuntimeException e) {
        if (e instanceof AtlassianApiException a) {
            return a.status() + " " + a.method() + " " + a.path() + ": " + a.getMessage()
                    + (a.details().isEmpty() ? "" : " " + a.details());
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Jira's expiry (epoch milliseconds, or its date text); 30 days from now when it says nothing readable. */
    static Instant expiry(JsonNode value, Instant now) {
        if (value != null && value.isNumber()) return Instant.ofEpochMilli(value.asLong());
        if (value != null && value.isString()) {
            try {
                return OffsetDateTime.parse(value.asString(), JIRA_DATE).toInstant();
            } catch (DateTimeParseException ignored) {
                // fall through
            }
        }
        return now.plus(JIRA_LIFETIME);
    }

    // ---- what asks for a run now ------------------------------------------------------------------------------

    /** A (re)install: compare with Jira's list at the next run (strays of an earlier install go) and run soon. */
    @EventListener
    public void onInstallationChanged(InstallationChanged event) {
        if (!event.installed()) {
            repository.forget(event.clientKey());
            return;
        }
        boolean connectJira = installations.findActive(event.clientKey()).filter(i -> i.product() == Product.JIRA).isPresent();
        if (!connectJira || !properties.enabled()) return;
        repository.markCheckDue(event.clientKey());
        runSoon();
    }

    /** Saved settings may name other incident types or projects: the next run (asked for now) re-registers if so. */
    @EventListener
    public void onSettingsChanged(SettingsChanged event) {
        if (!properties.enabled()) return;
        if (installations.findActive(event.clientKey()).filter(i -> i.product() == Product.JIRA).isEmpty()) return;
        repository.markCheckDue(event.clientKey());
        runSoon();
    }

    private void runSoon() {
        jobs.runRecurringNow(DynamicWebhookTasks.TASK, clock.instant());
    }
}

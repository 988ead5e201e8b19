package io.postmortem.intake;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSites;

/**
 * The account the app acts as on each installation ({@code GET /rest/api/3/myself}), cached per installation so
 * the app can ignore the events its own writes cause (issue properties, links, comments).
 */
@Component
public class AppAccounts {

    private static final Logger log = LoggerFactory.getLogger(AppAccounts.class);
    private static final int MAX_ENTRIES = 10_000;

    private final AtlassianSites sites;
    private final AtlassianClients clients;
    private final ConcurrentHashMap<String, String> accounts = new ConcurrentHashMap<>();

    public AppAccounts(AtlassianSites sites, AtlassianClients clients) {
        this.sites = sites;
        this.clients = clients;
    }

    /** The cached account id, without calling Jira (safe on a request thread). */
    public Optional<String> knownAppAccount(String clientKey) {
        return Optional.ofNullable(accounts.get(clientKey));
    }

    /**
     * The account id, asking Jira the first time. Empty when Jira cannot tell now (the caller then proceeds:
     * the app never moves an incident to Resolved itself, so at worst an own event is looked at once).
     */
    public Optional<String> appAccount(String clientKey) {
        String known = accounts.get(clientKey);
        if (known != null) return Optional.of(known);
        try {
            String id = clients.jira(sites.jira(clientKey)).myself().accountId();
            if (id != null) {
                if (accounts.size() >= MAX_ENTRIES) accounts.clear();
                accounts.put(clientKey, id);
            }
            return Optional.ofNullable(id);
        } catch (RuntimeException e) {
            log.warn("Could not read the app's own account: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** A reinstall may come with another app account (Connect to Forge does): ask Jira again next time. */
    @org.springframework.context.event.EventListener
    public void forget(io.postmortem.connect.installations.InstallationChanged changed) {
        accounts.remove(changed.clientKey());
    }
}

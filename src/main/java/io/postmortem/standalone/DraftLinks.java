package io.postmortem.standalone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.postmortem.atlassian.AtlassianClients;
import io.postmortem.atlassian.AtlassianSites;
import io.postmortem.atlassian.JiraModel.NewRemoteLink;
import io.postmortem.connect.ConnectProperties;
import io.postmortem.drafts.DraftBuilt;

/**
 * When a draft is built for an operator-configured site, the incident gets a remote link "Post-mortem draft" to the
 * draft's page in this app ({@code <base-url>/postmortems/<siteId>/<issueKey>}), so people find it from the issue
 * (there is no panel inside Jira without an app). The link's {@code globalId} names the site and the issue, so a
 * rebuild updates the same link instead of adding another. A failure is logged, never fails the build.
 */
@Component
public class DraftLinks {

    private static final Logger log = LoggerFactory.getLogger(DraftLinks.class);
    public static final String TITLE = "Post-mortem draft";

    private final AtlassianSites sites;
    private final AtlassianClients clients;
    private final ConnectProperties app;

    public DraftLinks(AtlassianSites sites, AtlassianClients clients, ConnectProperties app) {
        this.sites = sites;
        this.clients = clients;
        this.app = app;
    }

    /** The draft's page in this app. */
    public String pageUrl(String siteId, String issueKey) {
        return app.normalizedBaseUrl() + "/postmortems/" + siteId + "/" + issueKey;
    }

    public static String globalId(String tenant, String issueKey) {
        return "io.postmortem.draft:" + tenant + ":" + issueKey;
    }

    @EventListener
    public void draftBuilt(DraftBuilt built) {
        String siteId = SitesProperties.siteId(built.tenant());
        if (siteId == null) return; // Connect and Forge sites show the panel inside Jira
        try {
            clients.jira(sites.jira(built.tenant())).upsertRemoteLink(built.issueKey(), new NewRemoteLink(
                    globalId(built.tenant(), built.issueKey()), pageUrl(siteId, built.issueKey()), TITLE,
                    "The blameless post-mortem of " + built.issueKey(), "Post-mortem", null, "Post-Mortem Facilitator"));
        } catch (RuntimeException e) {
            log.warn("Could not link the draft from {}: {}", built.issueKey(), e.getMessage());
        }
    }
}

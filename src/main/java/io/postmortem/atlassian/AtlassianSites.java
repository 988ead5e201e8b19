package io.postmortem.atlassian;

import java.util.Optional;

/** Finds the sites of an installation. Implemented by the Connect layer; other ways in add their own. */
public interface AtlassianSites {

    /** The Jira site of an active installation; throws {@link UnknownSiteException} when there is none. */
    AtlassianSite jira(String clientKey);

    /** The Confluence site paired with a Jira installation (same scheme, host and port), if one is installed. */
    Optional<AtlassianSite> confluenceFor(String jiraClientKey);

    class UnknownSiteException extends RuntimeException {
        public UnknownSiteException(String message) {
            super(message);
        }
    }
}

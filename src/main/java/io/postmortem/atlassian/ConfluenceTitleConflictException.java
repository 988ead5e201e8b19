package io.postmortem.atlassian;

import java.util.List;

/**
 * Confluence refused a page title because another page in the space (possibly trashed or archived) already uses it.
 * The publisher reacts by looking the page up by title or by choosing another title (e.g. appending " (2)").
 */
public class ConfluenceTitleConflictException extends AtlassianApiException {

    private final String title;

    public ConfluenceTitleConflictException(int status, String method, String path, String title, List<String> details) {
        super(status, method, path, "Confluence already has a page titled \"" + title + "\" in this space (" + status
                + ", " + method + " " + path + "); titles are unique per space, trashed and archived pages included"
                + (details.isEmpty() ? "" : ": " + String.join("; ", details)), details);
        this.title = title;
    }

    public String title() {
        return title;
    }
}

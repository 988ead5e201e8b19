package io.postmortem.evidence;

import java.time.Instant;
import java.util.List;

/**
 * One changelog history, mapped from {@code GET /rest/api/3/issue/{key}/changelog} ({@code values[]}) or from
 * {@code expand=changelog} ({@code changelog.histories[]}). Its {@link #created} is a machine timestamp and wins over
 * times people typed in chat.
 *
 * @param id      history id; becomes the timeline source {@code changelog:<id>}
 * @param created {@code created}
 * @param items   the changed fields (never null after construction)
 */
public record ChangelogEntry(String id, String authorAccountId, String authorDisplayName, Instant created,
                             List<ChangeItem> items) {
    public ChangelogEntry {
        items = items == null ? List.of() : List.copyOf(items);
    }
}

package io.postmortem.atlassian;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Reads every item of a Jira offset-paged list ({@code startAt}/{@code maxResults}/{@code total}): the first page
 * reveals {@code total} and the real page size (the response's {@code maxResults}, which may be lower than asked),
 * then the remaining ranges are fetched in parallel on a bounded executor and stitched together in order.
 *
 * <p>Robustness: a page that returns fewer items than expected is followed up (sequentially, within its range) from
 * where it stopped; an empty page ends its range; when a later page reports a larger {@code total} (items were added
 * mid-scan) the tail is read sequentially; items are de-duplicated by id keeping the first occurrence.
 */
final class OffsetPager {

    /** One page as the pager needs it. */
    record Page<T>(int total, int maxResults, List<T> items) {
    }

    private OffsetPager() {
    }

    static <T> List<T> fetchAll(IntFunction<Page<T>> fetch, Function<T, String> id, Executor executor) {
        Page<T> first = fetch.apply(0);
        List<T> firstItems = first.items();
        int total = first.total();
        if (firstItems.isEmpty() || firstItems.size() >= total) {
            return dedupe(firstItems, id);
        }
        int pageSize = first.maxResults() > 0 ? Math.max(1, first.maxResults()) : firstItems.size();
        AtomicInteger maxTotalSeen = new AtomicInteger(total);
        List<CompletableFuture<List<T>>> ranges = new ArrayList<>();
        for (int start = firstItems.size(); start < total; start += pageSize) {
            int from = start;
            int to = Math.min(start + pageSize, total);
            ranges.add(CompletableFuture.supplyAsync(() -> fetchRange(fetch, from, to, maxTotalSeen), executor));
        }
        List<T> all = new ArrayList<>(firstItems);
        try {
            for (CompletableFuture<List<T>> range : ranges) {
                all.addAll(range.join());
            }
        } catch (CompletionException e) {
            ranges.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
        // Items added while we were reading: read the tail one page after the other until an empty page.
        int next = total;
        while (maxTotalSeen.get() > next) {
            Page<T> page = fetch.apply(next);
            if (page.items().isEmpty()) {
                break;
            }
            all.addAll(page.items());
            next += page.items().size();
            maxTotalSeen.accumulateAndGet(page.total(), Math::max);
        }
        return dedupe(all, id);
    }

    private static <T> List<T> fetchRange(IntFunction<Page<T>> fetch, int from, int to, AtomicInteger maxTotalSeen) {
        List<T> items = new ArrayList<>(to - from);
        int cursor = from;
        while (cursor < to) {
            Page<T> page = fetch.apply(cursor);
            maxTotalSeen.accumulateAndGet(page.total(), Math::max);
            if (page.items().isEmpty()) {
                break; // the list shrank mid-scan; stop on an empty page
            }
            List<T> got = page.items().subList(0, Math.min(page.items().size(), to - cursor));
            items.addAll(got);
            cursor += got.size();
        }
        return items;
    }

    private static <T> List<T> dedupe(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        int anonymous = 0;
        for (T item : items) {
            String key = id.apply(item);
            byId.putIfAbsent(key == null ? "\u0000" + anonymous++ : key, item);
        }
        return List.copyOf(byId.values());
    }
}

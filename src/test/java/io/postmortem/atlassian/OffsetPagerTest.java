package io.postmortem.atlassian;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Edge cases of offset paging that a fixed WireMock fixture does not cover. */
class OffsetPagerTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(3);
    private final List<Integer> startAts = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A server holding {@code items} that returns at most {@code cap} per page and reports {@code total}. */
    private OffsetPager.Page<String> serve(List<String> items, int startAt, int cap, int reportedTotal) {
        startAts.add(startAt);
        int end = Math.min(items.size(), startAt + cap);
        List<String> page = startAt >= end ? List.of() : items.subList(startAt, end);
        return new OffsetPager.Page<>(reportedTotal, cap, new ArrayList<>(page));
    }

    private static List<String> items(int n) {
        return IntStream.range(0, n).mapToObj(i -> "c" + i).toList();
    }

    @Test
    void aPageShorterThanItsRangeIsFollowedUp() {
        List<String> all = items(95);
        // the server says maxResults 30, but the page at 30 only returns 10 items
        List<String> got = OffsetPager.fetchAll(s -> s == 30
                ? new OffsetPager.Page<>(95, 30, new ArrayList<>(all.subList(30, 40)))
                : serve(all, s, 30, 95), x -> x, pool);

        assertThat(got).containsExactlyElementsOf(all);
        assertThat(startAts).contains(40);
    }

    @Test
    void itemsAddedMidScanAreReadFromTheTail() {
        List<String> all = items(70);
        // the first page claims 50, later pages already see 70
        List<String> got = OffsetPager.fetchAll(s -> serve(all, s, 20, s == 0 ? 50 : 70), x -> x, pool);

        assertThat(got).containsExactlyElementsOf(all);
    }

    @Test
    void aShrinkingListStopsOnAnEmptyPageAndDuplicatesAreDropped() {
        List<String> all = items(45);
        List<String> got = OffsetPager.fetchAll(s -> s == 20
                ? new OffsetPager.Page<>(60, 20, new ArrayList<>(List.of("c19", "c20"))) // shifted by one deletion
                : serve(all, s, 20, 60), x -> x, pool);

        assertThat(got).doesNotHaveDuplicates().startsWith("c0").contains("c44");
    }

    @Test
    void aFailingPageFailsTheWholeRead() {
        assertThatThrownBy(() -> OffsetPager.fetchAll(s -> {
            if (s == 40) {
                throw new AtlassianApiException(403, "GET", "/x", "denied", List.of());
            }
            return serve(items(100), s, 20, 100);
        }, x -> x, pool)).isInstanceOf(AtlassianApiException.class).hasMessage("denied");
    }
}

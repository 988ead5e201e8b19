package io.postmortem.atlassian;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** Counting concurrent requests from WireMock's serve events (no timing assertions). */
final class JiraClientPagingTestSupport {

    private JiraClientPagingTestSupport() {
    }

    /**
     * The largest number of requests being served at the same moment. Every response is held {@code delayMs} by
     * WireMock, so a request received at t is in flight during [t, t + delayMs).
     */
    static int maxInFlight(List<ServeEvent> events, int delayMs) {
        List<Long> starts = new ArrayList<>();
        events.forEach(e -> starts.add(e.getRequest().getLoggedDate().getTime()));
        starts.sort(Long::compare);
        int max = 0;
        for (int i = 0; i < starts.size(); i++) {
            int overlapping = 0;
            for (int j = i; j < starts.size() && starts.get(j) < starts.get(i) + delayMs; j++) {
                overlapping++;
            }
            max = Math.max(max, overlapping);
        }
        return max;
    }
}

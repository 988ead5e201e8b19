package io.postmortem.postmortem;

import java.util.List;

/** Section 2: who and what was affected. Duration comes from {@link KeyTimes}. */
public record Impact(List<String> services, String customerSegments, String geography, String revenueImpact,
                     String dataIntegrity) {
    public Impact {
        services = Lists.copy(services);
    }

    public static Impact empty() {
        return new Impact(List.of(), null, null, null, null);
    }
}

package io.postmortem.connect.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.junit.jupiter.api.Test;

import com.nimbusds.jwt.JWTClaimsSet;

/** The shared exp/iat leeway (30 s either way) and the qsh comparison, at their edges. */
class ClaimChecksTest {

    static final long NOW = 1_764_000_000_000L;

    static JWTClaimsSet times(Long iatMillis, Long expMillis) {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder();
        if (iatMillis != null) b.issueTime(new Date(iatMillis));
        if (expMillis != null) b.expirationTime(new Date(expMillis));
        return b.build();
    }

    @Test
    void expiryAndIssueTimeAreAcceptedWithinThirtySecondsOfSkew() {
        assertThat(ClaimChecks.timeProblem(times(NOW - 60_000, NOW + 60_000), NOW)).isEmpty();
        assertThat(ClaimChecks.timeProblem(times(NOW - 60_000, NOW - 30_000), NOW)).isEmpty();
        assertThat(ClaimChecks.timeProblem(times(NOW + 30_000, NOW + 90_000), NOW)).isEmpty();
    }

    @Test
    void beyondTheLeewayTheTokenIsExpiredOrFromTheFuture() {
        assertThat(ClaimChecks.timeProblem(times(NOW - 60_000, NOW - 30_001), NOW)).contains("JWT expired");
        assertThat(ClaimChecks.timeProblem(times(NOW + 30_001, NOW + 90_000), NOW)).contains("JWT issued in the future");
    }

    @Test
    void bothTimesAreRequired() {
        assertThat(ClaimChecks.timeProblem(times(null, NOW + 60_000), NOW)).contains("JWT must carry exp and iat");
        assertThat(ClaimChecks.timeProblem(times(NOW, null), NOW)).contains("JWT must carry exp and iat");
    }

    @Test
    void qshMustMatchExactly() {
        String qsh = QueryStringHash.compute("GET", "/panel", "issueKey=INC-1");
        assertThat(ClaimChecks.qshMatches(qsh, QueryStringHash.compute("GET", "/panel", "issueKey=INC-1"))).isTrue();
        assertThat(ClaimChecks.qshMatches(qsh, QueryStringHash.compute("GET", "/panel", "issueKey=INC-2"))).isFalse();
        assertThat(ClaimChecks.qshMatches(QueryStringHash.CONTEXT_QSH, qsh)).isFalse();
    }
}

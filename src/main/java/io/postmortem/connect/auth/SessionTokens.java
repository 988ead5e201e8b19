package io.postmortem.connect.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.nimbusds.jwt.JWTClaimsSet;

import io.postmortem.connect.ConnectProperties;
import io.postmortem.connect.installations.Installation;
import io.postmortem.connect.installations.InstallationRepository;
import io.postmortem.connect.jwt.Hs256;
import io.postmortem.connect.jwt.QueryStringHash;

/**
 * Session tokens for pages we serve into the Jira iframe (ACSB's self-authentication token): HS256 with the
 * installation's secret, {@code iss = aud = appKey}, {@code clientKey} claim, {@code sub} = accountId,
 * {@code qsh = "context-qsh"}, {@code context.jira.issue.key}, valid 15 minutes. Accepted on {@link ContextJwt}
 * endpoints, so panel JavaScript can call our API with or without Atlassian's AP object.
 */
@Service
public class SessionTokens {

    public static final Duration VALIDITY = Duration.ofMinutes(15);

    private final InstallationRepository installations;
    private final ConnectProperties properties;
    private final Clock clock;

    public SessionTokens(InstallationRepository installations, ConnectProperties properties, Clock clock) {
        this.installations = installations;
        this.properties = properties;
        this.clock = clock;
    }

    /** A token for this caller's installation, user and issue (issueKey may be null). */
    public String issue(String clientKey, String accountId, String issueKey) {
        Installation installation = installations.findActive(clientKey)
                .orElseThrow(() -> AuthenticationFailure.unauthorized("Unknown or uninstalled installation"));
        long now = clock.millis();
        Map<String, Object> context = new LinkedHashMap<>();
        if (issueKey != null) {
            context.put("jira", Map.of("issue", Map.of("key", issueKey)));
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(properties.appKey())
                .audience(properties.appKey())
                .claim("clientKey", clientKey)
                .claim("qsh", QueryStringHash.CONTEXT_QSH)
                .claim("context", context)
                .issueTime(new Date(now))
                .expirationTime(new Date(now + VALIDITY.toMillis()));
        if (accountId != null) {
            claims.subject(accountId);
        }
        return Hs256.sign(claims.build(), installation.sharedSecret());
    }

    /** Convenience: a token for the caller of the current request. */
    public String issue(Caller caller) {
        return issue(caller.clientKey(), caller.accountId(), caller.issueKey());
    }
}

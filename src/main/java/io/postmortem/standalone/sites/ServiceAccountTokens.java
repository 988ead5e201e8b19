package io.postmortem.standalone.sites;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import io.postmortem.standalone.SitesProperties;
import tools.jackson.databind.JsonNode;

/**
 * Access tokens of Cloud service accounts (OAuth 2.0 client credentials: {@code POST https://auth.atlassian.com/oauth/token}
 * with {@code grant_type=client_credentials}); each is used until a minute before its {@code expires_in} (60 minutes).
 */
final class ServiceAccountTokens {

    private record Token(String value, Instant usableUntil) {
    }

    private final RestClient http;
    private final Clock clock;
    private final ConcurrentHashMap<String, Token> tokens = new ConcurrentHashMap<>();

    ServiceAccountTokens(RestClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    String token(String siteId, SitesProperties.Site site) {
        Instant now = clock.instant();
        Token cached = tokens.get(siteId);
        if (cached != null && now.isBefore(cached.usableUntil())) return cached.value();
        synchronized (this) {
            cached = tokens.get(siteId);
            if (cached != null && now.isBefore(cached.usableUntil())) return cached.value();
            var form = new LinkedMultiValueMap<String, String>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", site.oauthClientId());
            form.add("client_secret", site.oauthClientSecret());
            JsonNode answer = http.post().uri(site.oauthTokenUrl()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON).body(form).retrieve().body(JsonNode.class);
            String value = answer == null ? null : answer.path("access_token").asString(null);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("The service account's token endpoint sent no access_token");
            }
            long seconds = answer.path("expires_in").asLong(3600);
            Token token = new Token(value, now.plus(Duration.ofSeconds(Math.max(0, seconds - 60))));
            tokens.put(siteId, token);
            return token.value();
        }
    }
}

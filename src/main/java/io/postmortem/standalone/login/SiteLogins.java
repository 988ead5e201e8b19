package io.postmortem.standalone.login;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import io.postmortem.standalone.SitesProperties;
import io.postmortem.standalone.SitesProperties.Site;

/**
 * One OAuth 2.0 client registration per configured site that has {@code login-client-id}, registration id = site id:
 * <ul>
 * <li>Cloud: Atlassian 3LO ({@code <login-auth-url>/authorize} with {@code audience=api.atlassian.com}, token at
 * {@code /oauth/token}), the user from {@code <api-gateway-url>/me} ({@code account_id}), scopes {@code read:me
 * read:jira-work read:jira-user};</li>
 * <li>Data Center: Jira as OAuth 2.0 provider ({@code <jira>/rest/oauth2/latest/authorize} and {@code /token}, scope
 * {@code READ}), the user from {@code <jira>/rest/api/2/myself} ({@code name}).</li>
 * </ul>
 */
public final class SiteLogins implements ClientRegistrationRepository, Iterable<ClientRegistration> {

    private final Map<String, ClientRegistration> registrations = new LinkedHashMap<>();

    public SiteLogins(SitesProperties sites) {
        sites.sites().forEach((id, site) -> {
            if (site.login()) registrations.put(id, registration(id, site));
        });
    }

    static ClientRegistration registration(String id, Site site) {
        String jira = site.jiraBaseUrl().toString().replaceAll("/+$", "");
        ClientRegistration.Builder b = ClientRegistration.withRegistrationId(id)
                .clientId(site.loginClientId()).clientSecret(site.loginClientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientName(jira);
        if (site.dataCenter()) {
            return b.authorizationUri(jira + "/rest/oauth2/latest/authorize").tokenUri(jira + "/rest/oauth2/latest/token")
                    .userInfoUri(jira + "/rest/api/2/myself").userNameAttributeName("name").scope("READ").build();
        }
        String auth = site.loginAuthUrl().toString().replaceAll("/+$", "");
        String gateway = site.apiGatewayUrl().toString().replaceAll("/+$", "");
        return b.authorizationUri(auth + "/authorize").tokenUri(auth + "/oauth/token").userInfoUri(gateway + "/me")
                .userNameAttributeName("account_id").scope("read:me", "read:jira-work", "read:jira-user").build();
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return registrationId == null ? null : registrations.get(registrationId);
    }

    public boolean isEmpty() {
        return registrations.isEmpty();
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        return registrations.values().iterator();
    }
}

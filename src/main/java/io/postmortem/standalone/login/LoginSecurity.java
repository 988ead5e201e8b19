package io.postmortem.standalone.login;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

import io.postmortem.standalone.SitesProperties;

/**
 * Spring Security only where people sign in to an operator-configured site: {@code /postmortems/**} (the page),
 * {@code /oauth2/**} (the redirect to the site's authorization server) and {@code /login/**} (its way back). Boot's
 * own filter registration on every path is switched off ({@code spring.autoconfigure.exclude} in
 * application.properties); the Connect, Forge, webhook and API paths never pass through Spring Security, so their
 * authentication ({@code InboundAuthenticators}) and error answers are unchanged.
 *
 * <p>A visitor who is not signed in is sent to {@code /oauth2/authorization/<siteId>} of the page's site. Cloud's
 * authorization request carries {@code audience=api.atlassian.com} and {@code prompt=consent}, as 3LO requires.
 */
@Configuration(proxyBeanMethods = false)
public class LoginSecurity {

    @Bean
    SiteLogins siteLogins(SitesProperties sites) {
        return new SiteLogins(sites);
    }

    @Bean
    SecurityFilterChain loginFilterChain(HttpSecurity http, SiteLogins logins, SitesProperties sites) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(logins,
                "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(request -> request.attributes(attributes -> {
            Object id = attributes.get(OAuth2ParameterNames.REGISTRATION_ID);
            if (id instanceof String siteId && sites.site(siteId).map(s -> !s.dataCenter()).orElse(false)) {
                request.additionalParameters(p -> {
                    p.put("audience", "api.atlassian.com");
                    p.put("prompt", "consent");
                });
            }
        }));
        http.securityMatcher("/postmortems/**", "/oauth2/**", "/login/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .oauth2Login(o -> o.clientRegistrationRepository(logins)
                        .authorizationEndpoint(e -> e.authorizationRequestResolver(resolver)))
                .exceptionHandling(e -> e.authenticationEntryPoint(toSiteLogin()))
                .csrf(c -> c.ignoringRequestMatchers("/postmortems/**"));
        return http.build();
    }

    /** Runs the login chain on its paths only (Boot would register it on every path). */
    @Bean
    DelegatingFilterProxyRegistrationBean loginFilterRegistration() {
        DelegatingFilterProxyRegistrationBean registration = new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
        registration.addUrlPatterns("/postmortems/*", "/oauth2/*", "/login/*");
        registration.setOrder(-100);
        return registration;
    }

    /** {@code /postmortems/<siteId>/...} without a sign-in: to that site's authorization server. */
    private static AuthenticationEntryPoint toSiteLogin() {
        return (HttpServletRequest request, HttpServletResponse response, org.springframework.security.core.AuthenticationException e) -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String[] parts = path.split("/");
            if (parts.length >= 3 && "postmortems".equals(parts[1]) && parts[2].matches("[a-z0-9][a-z0-9-]{0,39}")) {
                response.sendRedirect(request.getContextPath() + "/oauth2/authorization/" + parts[2]);
                return;
            }
            sendJson(response, 401, "Sign in through a post-mortem page: /postmortems/<site>/<issue key>");
        };
    }

    static void sendJson(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"details\":[]}");
    }
}

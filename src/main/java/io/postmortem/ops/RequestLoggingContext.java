package io.postmortem.ops;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Puts the incident's issue key into the logging context (MDC {@code issueKey}) for the whole request, from the
 * path ({@code /api/postmortems/{issueKey}/…}) or the {@code issueKey} query parameter, and counts the webhooks
 * Jira delivers ({@code postmortem_http_webhooks_total} by outcome, refusals included). The installation ({@code clientKey})
 * is added once the JWT is verified, by {@link CallerLoggingInterceptor}. Values are checked against a strict
 * pattern so a crafted URL cannot forge log lines; tokens and secrets are never put here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestLoggingContext extends OncePerRequestFilter {

    public static final String CLIENT_KEY = "clientKey";
    public static final String ISSUE_KEY = "issueKey";

    static final Pattern ISSUE = Pattern.compile("[A-Z][A-Z0-9_]{0,30}-[0-9]{1,12}");
    private static final Pattern API_PATH = Pattern.compile("/api/postmortems/([^/]+)(/.*)?");

    private final MeterRegistry meters;

    public RequestLoggingContext(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String issueKey = issueKey(request);
        if (issueKey != null) {
            MDC.put(ISSUE_KEY, issueKey);
        }
        boolean webhook = "POST".equals(request.getMethod()) && request.getRequestURI().contains("/connect/webhooks/");
        try {
            chain.doFilter(request, response);
        } finally {
            if (webhook) {
                int status = response.getStatus();
                String outcome = status < 300 ? "accepted" : status == 401 || status == 403 ? "refused" : status < 500 ? "rejected" : "error";
                meters.counter("postmortem.http.webhooks", "outcome", outcome).increment();
            }
            MDC.remove(ISSUE_KEY);
            MDC.remove(CLIENT_KEY);
        }
    }

    static String issueKey(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher m = API_PATH.matcher(path);
        String candidate = m.matches() ? m.group(1) : queryParameter(request.getQueryString(), ISSUE_KEY);
        return candidate != null && ISSUE.matcher(candidate).matches() ? candidate : null;
    }

    /** From the raw query string only: reading request parameters could consume a form body meant for the handler. */
    private static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }
}

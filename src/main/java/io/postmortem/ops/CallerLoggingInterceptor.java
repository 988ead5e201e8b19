package io.postmortem.ops;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.servlet.HandlerInterceptor;

import io.postmortem.connect.auth.Caller;
import io.postmortem.connect.auth.JwtAuthInterceptor;

/**
 * After the JWT interceptor accepted a call, puts its installation ({@code clientKey}) and, for a context token,
 * its issue into the logging context. Removal happens in {@link RequestLoggingContext} when the request ends.
 */
class CallerLoggingInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(CallerLoggingInterceptor.class);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(JwtAuthInterceptor.CALLER_ATTRIBUTE) instanceof Caller caller) {
            if (caller.clientKey() != null && caller.clientKey().length() <= 255) {
                MDC.put(RequestLoggingContext.CLIENT_KEY, loggable(caller.clientKey()));
            }
            if (caller.issueKey() != null && RequestLoggingContext.ISSUE.matcher(caller.issueKey()).matches()) {
                MDC.put(RequestLoggingContext.ISSUE_KEY, caller.issueKey());
            }
            log.debug("{} {} by an installation{}", request.getMethod(), request.getRequestURI(),
                    caller.contextToken() ? " (context token)" : "");
        }
        return true;
    }

    /** The client key with every character outside {@code A-Za-z0-9:._-} replaced by {@code _} (no regex: once per request). */
    static String loggable(String clientKey) {
        char[] chars = null;
        for (int i = 0; i < clientKey.length(); i++) {
            char c = clientKey.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == ':' || c == '.' || c == '_' || c == '-';
            if (!allowed) {
                if (chars == null) chars = clientKey.toCharArray();
                chars[i] = '_';
            }
        }
        return chars == null ? clientKey : new String(chars);
    }
}

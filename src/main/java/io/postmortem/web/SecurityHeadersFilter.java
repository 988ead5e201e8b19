package io.postmortem.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every answer carries, set in one place before anything else runs, so refusals and errors carry them
 * too: {@code X-Content-Type-Options: nosniff} on everything, and {@code Cache-Control: no-store} on {@code /api/**}
 * (post-mortems, settings and people's names must not stay in browser or proxy caches). Each HTML page sets its own
 * {@code Content-Security-Policy} next to its template (panel, configure page, home), since each loads different
 * things. Requests Tomcat refuses before any filter get the same two headers from {@link JsonErrorReportValve}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SecurityHeadersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (isApi(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** On the decoded, normalised servlet path (as the handler mapping sees it). */
    static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals("/api") || path.startsWith("/api/");
    }
}

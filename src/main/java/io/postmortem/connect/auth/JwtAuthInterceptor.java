package io.postmortem.connect.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * JWT is required by default on every controller handler of the application; {@link IgnoreJwt} opts out,
 * {@link ContextJwt} also accepts context and session tokens. Static resources and Spring's own handlers
 * (actuator, the /error controller) are public. A refusal is thrown as {@link AuthenticationFailure} and
 * rendered as JSON by the global error handler.
 */
public class JwtAuthInterceptor implements HandlerInterceptor {

    /** Request attribute holding the {@link Caller} of an authenticated request. */
    public static final String CALLER_ATTRIBUTE = Caller.class.getName();

    /** What a handler asks of its callers, decided once per handler from its annotations. */
    private enum Check { NONE, REQUEST_JWT, REQUEST_OR_CONTEXT_JWT }

    private record Handler(Class<?> beanType, java.lang.reflect.Method method) {
    }

    private final InboundAuthenticator authenticator;
    private final Map<Handler, Check> checks = new ConcurrentHashMap<>();

    public JwtAuthInterceptor(InboundAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true; // static resources and other non-controller handlers
        }
        Check check = checks.computeIfAbsent(new Handler(method.getBeanType(), method.getMethod()), h -> check(method));
        if (check == Check.NONE) {
            return true;
        }
        Caller caller = authenticator.authenticate(request, check == Check.REQUEST_OR_CONTEXT_JWT);
        request.setAttribute(CALLER_ATTRIBUTE, caller);
        return true;
    }

    private static Check check(HandlerMethod method) {
        if (method.getBeanType().getName().startsWith("org.springframework.")) {
            return Check.NONE; // actuator endpoints, Boot's error controller
        }
        if (has(method, IgnoreJwt.class)) {
            return Check.NONE;
        }
        return has(method, ContextJwt.class) ? Check.REQUEST_OR_CONTEXT_JWT : Check.REQUEST_JWT;
    }

    private static boolean has(HandlerMethod method, Class<? extends java.lang.annotation.Annotation> annotation) {
        return method.hasMethodAnnotation(annotation)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), annotation);
    }
}

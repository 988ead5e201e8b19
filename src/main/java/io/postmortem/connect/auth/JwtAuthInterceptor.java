package io.postmortem.connect.auth;

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

    private final InboundAuthenticator authenticator;

    public JwtAuthInterceptor(InboundAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true; // static resources and other non-controller handlers
        }
        Class<?> beanType = method.getBeanType();
        if (beanType.getName().startsWith("org.springframework.")) {
            return true; // actuator endpoints, Boot's error controller
        }
        if (has(method, IgnoreJwt.class)) {
            return true;
        }
        Caller caller = authenticator.authenticate(request, has(method, ContextJwt.class));
        request.setAttribute(CALLER_ATTRIBUTE, caller);
        return true;
    }

    private static boolean has(HandlerMethod method, Class<? extends java.lang.annotation.Annotation> annotation) {
        return method.hasMethodAnnotation(annotation)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), annotation);
    }
}

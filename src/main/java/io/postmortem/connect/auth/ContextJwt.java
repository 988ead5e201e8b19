package io.postmortem.connect.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a controller method (or every method of a controller class) accept, besides request-bound tokens,
 * context tokens ({@code qsh = "context-qsh"}, from {@code AP.context.getToken()}) and the app's own session
 * tokens ({@link SessionTokens}). The caller is then marked {@link Caller#contextToken()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ContextJwt {
}

package io.postmortem.connect.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opts a controller method (or every method of a controller class) out of the JWT check that applies to
 * every handler by default. For public endpoints only: descriptors, health, pages that verify their own way.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface IgnoreJwt {
}

package io.postmortem.ops;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link CallerLoggingInterceptor} after the JWT interceptor (which has the default order 0). */
@Configuration(proxyBeanMethods = false)
public class OpsWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CallerLoggingInterceptor()).addPathPatterns("/**").order(Ordered.LOWEST_PRECEDENCE);
    }
}

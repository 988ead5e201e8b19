package io.postmortem.connect.descriptor;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Descriptor module URLs name static files as {@code /static/...} (e.g. the glance icon {@code /static/icon.svg});
 * serve {@code classpath:/static/} there too, besides Boot's default mapping at the root.
 */
@Configuration(proxyBeanMethods = false)
public class StaticPathConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/static/**").addResourceLocations("classpath:/static/");
    }
}

package io.postmortem.web;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link JsonErrorReportValve} in place of Tomcat's HTML error report on the host, for the application's server
 * and the management server alike. Spring Boot adds its own {@link ErrorReportValve} (reports and server info off)
 * while the context is prepared, and Tomcat adds its default when the host starts unless one of its configured class
 * is present; so the replacement happens just before the context starts, when the host's valves are all there and
 * the host's pipeline has not started yet.
 */
@Configuration(proxyBeanMethods = false)
public class TomcatErrorConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReport() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
            context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    replaceErrorReport(context.getParent());
                }
            });
        });
    }

    static void replaceErrorReport(Container host) {
        if (host == null) return;
        boolean present = false;
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof JsonErrorReportValve) {
                present = true;
            } else if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        if (!present) {
            host.getPipeline().addValve(new JsonErrorReportValve());
        }
    }
}

package io.postmortem.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Where Actuator listens unless configured otherwise: its own port, {@code management.server.port} = {@value #PORT},
 * on the loopback interface, {@code management.server.address} = {@code 127.0.0.1}; the application's port serves
 * only a bare {@code /actuator/health} ({@link PublicHealthController}). Added as the environment's last (weakest)
 * property source, so any property, variable or argument overrides it. When the application's own port is chosen at
 * random ({@code server.port=0}: tests, benchmarks, several instances on one machine), so is the management port,
 * so two such starts never collide on {@value #PORT}.
 */
public class ManagementServerDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "postmortem-management-defaults";
    static final int PORT = 8081;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        Integer serverPort = environment.getProperty("server.port", Integer.class, 8080);
        defaults.put("management.server.port", serverPort != null && serverPort == 0 ? 0 : PORT);
        defaults.put("management.server.address", "127.0.0.1");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
    }

    @Override
    public int getOrder() {
        // after config data (application.properties, profiles) and before the demo's port choice, which turns
        // server.port=0 into a fixed free port
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}

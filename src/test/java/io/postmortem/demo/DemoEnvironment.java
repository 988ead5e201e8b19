package io.postmortem.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Demo profile only: fixes the ports before the context starts, because two values must be known when the
 * Connect properties are bound and cannot change afterwards:
 * <ul>
 * <li>{@code postmortem.base-url} is the {@code aud} of signed installs and must name the port the app really
 * listens on. With {@code server.port=0} (tests' RANDOM_PORT) a free port is chosen here and used for both;
 * when the base URL is left at its default ({@code http://localhost:8080}) it follows {@code server.port}.</li>
 * <li>{@code postmortem.connect.install-keys-url} points at the fake site, whose port
 * ({@code postmortem.demo.site-port}, 0 = random) is likewise chosen here.</li>
 * </ul>
 * A port chosen this way is free a moment before it is bound; on a busy machine another process could take it
 * in between, in which case the start fails loudly rather than running with a wrong {@code aud}.
 */
public class DemoEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "postmortem-demo-ports";
    static final String DEFAULT_BASE_URL = "http://localhost:8080";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
            return;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        int serverPort = environment.getProperty("server.port", Integer.class, 8080);
        if (serverPort == 0) {
            serverPort = freePort();
            values.put("server.port", serverPort);
        }
        String baseUrl = environment.getProperty("postmortem.base-url", DEFAULT_BASE_URL);
        if (stripSlash(baseUrl).equals(DEFAULT_BASE_URL) && serverPort != 8080) {
            values.put("postmortem.base-url", "http://localhost:" + serverPort);
        }
        int sitePort = environment.getProperty("postmortem.demo.site-port", Integer.class, 0);
        if (sitePort == 0) {
            sitePort = freePort();
        }
        values.put("postmortem.demo.site-port", sitePort);
        values.put("postmortem.connect.install-keys-url", "http://127.0.0.1:" + sitePort + "/install-keys");
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, values));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after config data, so application-demo.properties and profiles are known
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the demo", e);
        }
    }

    private static String stripSlash(String s) {
        String r = s.trim();
        while (r.endsWith("/")) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }
}

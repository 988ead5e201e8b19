package io.postmortem.atlassian;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.postmortem.testsupport.ConfluenceJson;
import io.postmortem.testsupport.TestAtlassianSites;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The beans other features inject: one policy counting on the application's MeterRegistry, one client factory. */
class AtlassianClientsConfigurationTest {

    @Test
    void clientsFromTheContextCountCallsWithTheTemplatedEndpoint() {
        WireMockServer wm = new WireMockServer(options().dynamicPort());
        wm.start();
        try {
            wm.stubFor(get(urlPathEqualTo("/wiki/api/v2/spaces"))
                    .willReturn(okJson(ConfluenceJson.spaces("98306", "PM", "98450").toString())));
            new ApplicationContextRunner()
                    .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                    .withBean(java.time.Clock.class, io.postmortem.testsupport.TestClock::clock)
                    .withBean(tools.jackson.databind.json.JsonMapper.class, () -> io.postmortem.testsupport.TestJson.MAPPER)
                    .withUserConfiguration(AtlassianClientsConfiguration.class)
                    .run(context -> {
                        AtlassianClients clients = context.getBean(AtlassianClients.class);
                        MeterRegistry meters = context.getBean(MeterRegistry.class);

                        var space = clients.confluence(TestAtlassianSites.confluence(wm, "site-a")).spaceByKey("PM");

                        assertThat(space).isPresent();
                        assertThat(meters.counter("atlassian.calls", "product", "confluence", "endpoint",
                                "/wiki/api/v2/spaces", "method", "GET", "status", "200").count()).isEqualTo(1);
                        assertThat(clients.jira(TestAtlassianSites.jira(wm, "site-a"))).isNotNull();
                    });
        } finally {
            wm.stop();
        }
    }
}

package io.postmortem.testsupport;

import java.net.http.HttpClient;
import java.time.Duration;

/** The one HTTP client tests call the app (and fakes) with: a short connect timeout, nothing else special. */
public final class TestHttp {

    public static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestHttp() {
    }
}

package io.postmortem.panel;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.test.context.TestPropertySource;

import io.postmortem.testsupport.ConnectHttpTestBase;

/**
 * The running app for the panel's tests: the Connect test base with its own in-memory database and so its own
 * cached Spring context. Sharing the Connect tests' context broke once the suite switched contexts in between:
 * Spring pauses an idle cached context (stops its lifecycle beans) and the intake scheduler cannot be started again
 * (db-scheduler refuses a restart), so the resumed context failed. A context of our own is created when the panel's
 * classes start and used only by them.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:panel-http;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
abstract class PanelHttpTestBase extends ConnectHttpTestBase {

    /** POSTs a paste (a thread as text/plain, an export as application/json) with {@code Authorization: JWT token}. */
    protected HttpResponse<String> paste(String path, String token, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(appUrl() + path))
                .header("Authorization", "JWT " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

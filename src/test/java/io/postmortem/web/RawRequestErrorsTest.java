package io.postmortem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.postmortem.testsupport.ConnectHttpTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests that Tomcat itself refuses before Spring sees them (encoded slashes, NUL, bad escapes, characters not
 * allowed in a request target), sent byte for byte over a socket because an HTTP client would fix or refuse them:
 * the answer is the app's JSON error, never Tomcat's HTML page, on /api/** and everywhere else.
 */
class RawRequestErrorsTest extends ConnectHttpTestBase {

    private static final JsonMapper JSON = io.postmortem.testsupport.TestJson.MAPPER;

    /** A raw answer: status code, lower-cased header block, body. */
    record Raw(int status, String headers, String body) {
    }

    private Raw raw(String requestLine) throws IOException {
        return rawRequest(requestLine + "\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
    }

    private Raw rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) body = dechunk(body);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Raw(status, head.toLowerCase(Locale.ROOT), body);
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < chunked.length()) {
            int eol = chunked.indexOf("\r\n", i);
            if (eol < 0) break;
            int size = Integer.parseInt(chunked.substring(i, eol).trim(), 16);
            if (size == 0) break;
            out.append(chunked, eol + 2, eol + 2 + size);
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }

    private static void assertJsonError(Raw r, int status) {
        assertThat(r.status()).as(r.headers() + "\n\n" + r.body()).isEqualTo(status);
        assertThat(r.headers()).contains("content-type: application/json");
        assertThat(r.body()).doesNotContain("<html").doesNotContain("<!doctype").doesNotContain("Exception")
                .doesNotContain("Tomcat").doesNotContain("\tat ");
        JsonNode error = JSON.readTree(r.body());
        assertThat(error.get("error").asString()).isNotBlank();
        assertThat(error.get("details").isArray()).isTrue();
    }

    @Test
    void anEncodedSlashInAnApiPathIsAJson400() throws IOException {
        Raw r = raw("GET /api/postmortems/INC-1%2fexport.md HTTP/1.1");
        assertJsonError(r, 400);
        assertThat(raw("GET /api/postmortems/INC-1%2Fpublish HTTP/1.1").body()).contains("\"error\"");
    }

    @Test
    void anEncodedNulInAnApiPathIsAJson400() throws IOException {
        assertJsonError(raw("GET /api/postmortems/INC-1%00 HTTP/1.1"), 400);
    }

    @Test
    void otherEncodedOdditiesAreJsonToo() throws IOException {
        assertJsonError(raw("GET /api/postmortems/INC-1%5c..%5csettings HTTP/1.1"), 400); // encoded backslash
        assertJsonError(raw("GET /api/postmortems/%zz HTTP/1.1"), 400);                   // not an escape
        assertJsonError(raw("GET /api/postmortems/INC-1%c0%af HTTP/1.1"), 400);           // overlong UTF-8 slash
        // encoded dots are decoded and normalised by Tomcat, but the path never reaches /admin/configure
        Raw dots = raw("GET /api/postmortems/%2e%2e/%2e%2e/admin/configure HTTP/1.1");
        assertJsonError(dots, dots.status() == 404 ? 404 : 400);
        assertJsonError(raw("GET /api/postmortems/{INC-1} HTTP/1.1"), 400);               // raw braces
        assertJsonError(raw("GET /api/postmortems/INC-1|x HTTP/1.1"), 400);
    }

    @Test
    void theRestOfTheAppAnswersJsonErrorsAsWell() throws IOException {
        assertJsonError(raw("GET /panel%2f..%2fadmin HTTP/1.1"), 400);
        assertJsonError(raw("GET /%00 HTTP/1.1"), 400);
        assertJsonError(raw("GET /admin/configure%00 HTTP/1.1"), 400);
    }

    @Test
    void anOrdinaryUnknownApiPathStaysAJson404() throws IOException {
        assertJsonError(raw("GET /api/nothing/here HTTP/1.1"), 404);
    }
}

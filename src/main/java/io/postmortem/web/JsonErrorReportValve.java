package io.postmortem.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word on an error no servlet answered: Tomcat refuses some requests before the application sees them
 * (an encoded {@code /} or NUL in the path, a bad %-escape, a character that must be escaped in the request target),
 * and its own {@link ErrorReportValve} answers those with an HTML page. This one answers the app's JSON
 * {@code {"error": "...", "details": [...]}} instead, on every path, without echoing the request and without
 * Tomcat's message (which may carry the rejected input). Errors that reached the application are answered by
 * {@link JsonErrorController} and {@link ApiErrorHandler}; this valve writes only when nothing was written.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    static final String BAD_REQUEST_DETAIL = "The request target is not valid: an encoded slash (%2F) or NUL (%00), an "
            + "encoded backslash, a malformed %-escape, or a character that must be %-encoded. Nothing was done.";

    public JsonErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String error = known != null ? known.getReasonPhrase() : "HTTP " + status;
        List<String> details = status == 400 ? List.of(BAD_REQUEST_DETAIL) : List.of();
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json(new ApiError(error, details)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more to say
        }
    }

    /**
     * The error as JSON. Written here rather than with the app's mapper: Tomcat creates this valve, and what it writes
     * is a reason phrase and fixed sentences.
     */
    static String json(ApiError error) {
        StringBuilder out = new StringBuilder("{\"error\":");
        string(out, error.error());
        out.append(",\"details\":[");
        for (int i = 0; i < error.details().size(); i++) {
            if (i > 0) out.append(',');
            string(out, error.details().get(i));
        }
        return out.append("]}").toString();
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            else out.append(c);
        }
        out.append('"');
    }
}

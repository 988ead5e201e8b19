package io.postmortem.forge.remote;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request a Custom UI asked for, inside the Forge call that carried it: its method, body, {@code Content-Type}
 * and {@code Accept} replace the carrier's; every other header (the Forge invocation token among them) stays, so the
 * dispatched request is authenticated exactly as a direct call would be.
 */
final class TunnelledRequest extends HttpServletRequestWrapper {

    private final String method;
    private final byte[] body;
    private final Map<String, String> overrides = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    TunnelledRequest(HttpServletRequest request, String method, byte[] body, String contentType, String accept) {
        super(request);
        this.method = method;
        this.body = body;
        overrides.put("Accept", accept);
        overrides.put("Content-Type", body.length == 0 ? null : contentType);
        overrides.put("Content-Length", body.length == 0 ? null : Integer.toString(body.length));
        overrides.put("Transfer-Encoding", null);
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public String getContentType() {
        return overrides.get("Content-Type");
    }

    @Override
    public int getContentLength() {
        return body.length == 0 ? -1 : body.length;
    }

    @Override
    public long getContentLengthLong() {
        return getContentLength();
    }

    @Override
    public String getCharacterEncoding() {
        return StandardCharsets.UTF_8.name();
    }

    @Override
    public String getHeader(String name) {
        return overrides.containsKey(name) ? overrides.get(name) : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (overrides.containsKey(name)) {
            String value = overrides.get(name);
            return Collections.enumeration(value == null ? List.of() : List.of(value));
        }
        return super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = new ArrayList<>();
        for (Enumeration<String> e = super.getHeaderNames(); e != null && e.hasMoreElements(); ) {
            String name = e.nextElement();
            if (!overrides.containsKey(name)) names.add(name);
        }
        overrides.forEach((name, value) -> {
            if (value != null) names.add(name);
        });
        return Collections.enumeration(names);
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }
}

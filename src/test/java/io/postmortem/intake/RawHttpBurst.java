package io.postmortem.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load generator of {@link WebhookAckBenchmark}: a deliberately small HTTP/1.1 client, one persistent keep-alive
 * socket and one sender thread per concurrent delivery, each request serialized to bytes before the burst. A
 * general-purpose client (the JDK's {@code HttpClient}) spends about as much CPU per request as the server does, and
 * here it shares the machine's two cores with the server under test; this one costs a write and a read per request,
 * so what the benchmark measures is the server. It understands just enough of a response for this benchmark: the
 * status line, {@code Content-Length}, chunked bodies and {@code Connection: close}. Tomcat closes a keep-alive
 * connection after 100 requests, and here all 200 reach their 100th request in the same burst: their sockets are
 * reopened after that burst has ended, so 200 reconnections do not run inside the time of the requests still in flight.
 */
final class RawHttpBurst implements AutoCloseable {

    /** One request as it goes on the wire. */
    record Request(byte[] bytes) {

        static Request post(String host, int port, String path, Map<String, String> headers, String body) {
            byte[] payload = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(':').append(port).append("\r\n");
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put("Content-Length", Integer.toString(payload.length));
            all.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("\r\n");
            byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] out = new byte[h.length + payload.length];
            System.arraycopy(h, 0, out, 0, h.length);
            System.arraycopy(payload, 0, out, h.length, payload.length);
            return new Request(out);
        }
    }

    private final String host;
    private final int port;
    private final Socket[] sockets;
    private final InputStream[] ins;
    private final OutputStream[] outs;
    private final ExecutorService senders;
    private final boolean[] closed;

    RawHttpBurst(String host, int port, int concurrency) throws IOException {
        this.host = host;
        this.port = port;
        this.sockets = new Socket[concurrency];
        this.ins = new InputStream[concurrency];
        this.outs = new OutputStream[concurrency];
        this.closed = new boolean[concurrency];
        for (int i = 0; i < concurrency; i++) open(i);
        this.senders = Executors.newFixedThreadPool(concurrency);
    }

    private void open(int i) throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.connect(new InetSocketAddress(host, port), 5000);
        s.setSoTimeout(30_000);
        sockets[i] = s;
        ins[i] = new BufferedInputStream(s.getInputStream(), 8192);
        outs[i] = s.getOutputStream();
    }

    /**
     * Sends request i on connection i, all released together, and returns each one's latency in microseconds, from
     * the write to the last byte of the answer. Fails on any status other than {@code expectedStatus}.
     */
    List<Long> burst(List<Request> requests, int expectedStatus) throws Exception {
        if (requests.size() != sockets.length) throw new IllegalArgumentException("one request per connection");
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            int c = i;
            byte[] bytes = requests.get(i).bytes();
            results.add(senders.submit(() -> {
                ready.countDown();
                go.await();
                long start = System.nanoTime();
                outs[c].write(bytes);
                outs[c].flush();
                Response response = read(ins[c]);
                long micros = (System.nanoTime() - start) / 1000;
                if (response.close()) {
                    sockets[c].close();
                    closed[c] = true; // reopened after the burst, not while the other requests are still timed
                }
                if (response.status() != expectedStatus) {
                    throw new IllegalStateException("HTTP " + response.status() + ": " + response.body());
                }
                return micros;
            }));
        }
        ready.await();
        go.countDown();
        List<Long> out = new ArrayList<>(requests.size());
        for (Future<Long> f : results) out.add(f.get());
        for (int c = 0; c < closed.length; c++) {
            if (closed[c]) {
                open(c);
                closed[c] = false;
            }
        }
        return out;
    }

    private record Response(int status, boolean close, String body) {
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) throw new IOException("not an HTTP answer: " + statusLine);
        int status = Integer.parseInt(parts[1]);
        long length = 0;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon < 0) continue;
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        StringBuilder body = new StringBuilder();
        if (chunked) {
            for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
                body.append(new String(in.readNBytes((int) size), StandardCharsets.UTF_8));
                line(in); // the CRLF after the chunk
            }
            while (!line(in).isEmpty()) { } // trailers
        } else if (length > 0) {
            body.append(new String(in.readNBytes((int) length), StandardCharsets.UTF_8));
        }
        return new Response(status, close, body.toString());
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') break;
            if (b != '\r') sb.append((char) b);
        }
        if (b == -1 && sb.isEmpty()) throw new IOException("connection closed by the server");
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        senders.shutdownNow();
        for (Socket s : sockets) {
            if (s != null) s.close();
        }
    }
}

package org.ponte.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ponte.server.ServerFixture.enc;
import static org.ponte.server.ServerFixture.url;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.core.Setting;

/**
 * Hostile clients against the public server: pathological queries up to and past the
 * concurrency cap while ordinary queries keep answering, hostile SPARQL (huge, deeply nested,
 * federated, LOAD and INSERT through the query endpoint) and hostile HTTP (huge headers, broken
 * percent-encoding, path traversal, TRACE/PUT/DELETE). Every answer is quick, a client error or
 * a refusal, and never carries a stack trace. Only loopback is ever contacted: federated
 * queries point at a counting endpoint of this test on 127.0.0.1, which must never be called.
 */
class HostileClientsTest {
    private static final String CROSS = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }";

    @TempDir
    static Path tmp;
    static PonteServer server;
    static HttpServer bait;
    static final AtomicInteger baitCalls = new AtomicInteger();
    static int requests;

    @BeforeAll
    static void start() throws Exception {
        PonteConfig cfg = ServerFixture.config(tmp, Map.of(Setting.QUERY_TIMEOUT_MS, "6000"));
        ServerFixture.publish(cfg, tmp);
        server = PonteServer.create(cfg).maxConcurrentQueries(4).build().start();
        // An endpoint a federated query or a LOAD would call: it counts, and answers like SPARQL.
        bait = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        bait.createContext("/", ex -> {
            baitCalls.incrementAndGet();
            byte[] body = "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[]}}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        bait.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (bait != null) bait.stop(0);
        System.out.println("HostileClientsTest: " + requests + " hostile requests");
    }

    // A client of its own: connections the hostile requests leave behind must not be reused by
    // the other test classes' shared client (ports are reused between servers).
    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .connectTimeout(java.time.Duration.ofSeconds(5)).build();

    private static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).timeout(java.time.Duration.ofSeconds(60)).GET();
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String url, String contentType, String body, String user, String password)
            throws IOException, InterruptedException {
        var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).timeout(java.time.Duration.ofSeconds(60))
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody() : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String baitUrl(String path) {
        return "http://127.0.0.1:" + bait.getAddress().getPort() + path;
    }

    /** Sends raw bytes (no client-side normalisation) and returns the status line and body. */
    private static String[] raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String[] raw(byte[] request) throws IOException {
        requests++;
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(2_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (java.net.SocketException e) {
                // the server refused the request before it was all sent: read its answer, if any
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            byte[] b = new byte[8192];
            try {
                for (int n; (n = in.read(b)) > 0; ) {
                    buf.write(b, 0, n);
                    if (buf.size() > 4_000_000) break;
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // the server kept or reset the connection: what arrived is the answer
            }
            String resp = buf.toString(StandardCharsets.ISO_8859_1);
            String status = resp.isEmpty() ? "" : resp.substring(0, Math.max(0, resp.indexOf("\r\n")));
            int body = resp.indexOf("\r\n\r\n");
            return new String[] {status, body < 0 ? "" : resp.substring(body + 4)};
        }
    }

    private static int status(String[] r) {
        String[] parts = r[0].split(" ");
        return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
    }

    private static HttpResponse<String> query(String q) throws Exception {
        requests++;
        return get(url(server, "/ponte/sparql?query=" + enc(q)), "application/sparql-results+json");
    }

    private static void assertClean(String what, int status, String body) {
        assertTrue(status != 200 || !body.contains("root:"), what + ": a file leaked");
        assertFalse(status >= 500 && status != 503 && status != 501, what + ": server error " + status + "\n" + body);
        assertFalse(body.matches("(?s).*\\bat [a-z]+\\.[a-zA-Z.$]+\\(.*"), what + ": stack trace in body:\n" + body);
        assertFalse(body.contains("Exception") || body.contains("StackOverflowError"), what + ": exception in body:\n" + body);
    }

    private static void assertStillServing() throws Exception {
        HttpResponse<String> ok = query("ASK { ?s ?p ?o }");
        assertEquals(200, ok.statusCode(), ok.body());
    }

    @Test
    void ordinaryQueriesAnswerWhilePathologicalOnesFillTheCap() throws Exception {
        // More pathological queries than the cap of 4: each either runs into its limit or is refused.
        int slow = 6;
        List<Thread> threads = new ArrayList<>();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < slow; i++) {
            Thread t = new Thread(() -> {
                try {
                    HttpResponse<String> r = query(CROSS);
                    assertClean("pathological query", r.statusCode(), r.body());
                    statuses.add(r.statusCode());
                } catch (Exception e) {
                    statuses.add(-1);
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(3500); // past the point where a query counts as long-running (3 s)
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = query("SELECT ?s { ?s a <https://w3id.org/ponte/ontology#Organisation> } LIMIT 5");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, r.statusCode(), "ordinary query " + i + " while pathological ones run: " + r.body());
            times.add(ms);
        }
        for (Thread t : threads) t.join(60_000);
        times.sort(null);
        System.out.println("HostileClientsTest: ordinary query latencies under load (ms) " + times);
        assertTrue(times.get(times.size() / 2) < 2000, "median ordinary latency " + times);
        assertEquals(slow, statuses.size());
        for (int s : statuses) assertEquals(503, s, "pathological queries are stopped: " + statuses);
        assertStillServing();
    }

    @Test
    void federatedQueriesNeverLeaveTheServer() throws Exception {
        int before = baitCalls.get();
        for (String q : List.of(
                "SELECT * { SERVICE <" + baitUrl("/sparql") + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + baitUrl("/sparql") + "> { ?s ?p ?o } }",
                "SELECT * { BIND(<" + baitUrl("/x") + "> AS ?u) SERVICE ?u { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"x\")) SERVICE <" + baitUrl("/sparql") + "> { ?s ?p ?o } }")) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = query(q);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertClean("SERVICE", r.statusCode(), r.body());
            assertTrue(ms < 5000, "SERVICE answered after " + ms + " ms");
        }
        assertEquals(before, baitCalls.get(), "a federated query reached an HTTP endpoint");
    }

    @Test
    void loadAndUpdatesThroughTheQueryEndpointAreRefused() throws Exception {
        int before = baitCalls.get();
        String form = "application/x-www-form-urlencoded";
        for (String u : List.of("LOAD <" + baitUrl("/data.ttl") + ">", "LOAD <" + baitUrl("/d.ttl") + "> INTO GRAPH <http://x/g>",
                "INSERT DATA { <http://x/s> <http://x/p> 1 }", "CLEAR ALL", "DROP ALL", "CREATE GRAPH <http://x/g>")) {
            requests += 3;
            HttpResponse<String> a = send("POST", url(server, "/ponte/sparql"), form, "update=" + enc(u), null, null);
            assertTrue(a.statusCode() >= 400 && a.statusCode() < 500, u + " as update=: " + a.statusCode());
            assertClean(u, a.statusCode(), a.body());
            HttpResponse<String> b = send("POST", url(server, "/ponte/query"), "application/sparql-update", u, null, null);
            assertTrue(b.statusCode() >= 400 && b.statusCode() < 500, u + " as a body: " + b.statusCode());
            HttpResponse<String> c = get(url(server, "/ponte/sparql?query=" + enc(u)), null);
            assertEquals(400, c.statusCode(), u + " as query=");
            assertClean(u, c.statusCode(), c.body());
        }
        assertEquals(before, baitCalls.get(), "LOAD reached an HTTP endpoint");
        HttpResponse<String> ask = query("ASK { GRAPH ?g { <http://x/s> ?p ?o } }");
        assertTrue(ask.body().contains("false"), "nothing was written: " + ask.body());
    }

    @Test
    void hugeAndDeeplyNestedQueries() throws Exception {
        String deepGroups = "SELECT * WHERE " + "{ ".repeat(20_000) + "?s ?p ?o" + " }".repeat(20_000);
        String deepExpr = "SELECT * { ?s ?p ?o FILTER(" + "(".repeat(20_000) + "1" + ")".repeat(20_000) + ") }";
        String deepPath = "SELECT * { ?s " + "(".repeat(10_000) + "<urn:p>" + ")*".repeat(10_000) + " ?o }";
        String manyUnions = "SELECT * { " + String.join(" UNION ", java.util.Collections.nCopies(5000, "{ ?s ?p ?o }")) + " }";
        String longLiteral = "SELECT * { ?s ?p \"" + "x".repeat(3_000_000) + "\" }";
        StringBuilder values = new StringBuilder("SELECT * { VALUES ?x {");
        for (int i = 0; i < 100_000; i++) values.append(" ").append(i);
        values.append(" } ?s ?p ?x }");
        for (String q : List.of(deepGroups, deepExpr, deepPath, manyUnions, longLiteral, values.toString())) {
            requests++;
            HttpResponse<String> r = send("POST", url(server, "/ponte/sparql"), "application/sparql-query", q, null, null);
            assertClean("query of " + q.length() + " characters", r.statusCode(), r.body());
            if (q == longLiteral) assertEquals(413, r.statusCode(), "a query longer than the limit is refused before parsing");
            // And as a form, which Jetty limits in size.
            requests++;
            HttpResponse<String> f = send("POST", url(server, "/ponte/sparql"), "application/x-www-form-urlencoded", "query=" + enc(q), null, null);
            assertClean("form query of " + q.length() + " characters", f.statusCode(), f.body());
        }
        // Too long for a URL.
        String[] r = raw("GET /ponte/sparql?query=" + enc(manyUnions) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(status(r) == 414 || status(r) == 431 || status(r) == 400, r[0]);
        assertStillServing();
    }

    @Test
    void hostileHttp() throws Exception {
        // Fuseki allows large headers (long GET queries); past its limit the request is refused.
        String big = "x".repeat(4_000_000);
        String[] header = raw("GET /ponte/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\nX-Big: " + big + "\r\nConnection: close\r\n\r\n");
        assertTrue(status(header) == 431 || status(header) == 400 || status(header) == 413 || status(header) == -1, "huge header: " + header[0]);
        StringBuilder many = new StringBuilder("GET /$/ping HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; i < 300_000; i++) many.append("X-H").append(i).append(": v\r\n");
        String[] manyHeaders = raw(many.append("Connection: close\r\n\r\n").toString());
        assertTrue(status(manyHeaders) == 431 || status(manyHeaders) == 400 || status(manyHeaders) == -1, "many headers: " + manyHeaders[0]);

        for (String target : List.of("/ponte/sparql?query=%zz", "/ponte/sparql?query=%", "/ponte/sparql?query=%E0%A4%A", "/ponte/sparql?query=%C0%AF",
                "/ponte/get?graph=%ZZ", "/%", "/ui/%2", "/ponte/sparql?query=ASK%00%7B%7D")) {
            String[] r = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(status(r) >= 400 && status(r) < 500, target + ": " + r[0]);
            assertClean(target, status(r), r[1]);
        }
        for (String target : List.of("/..%2f..%2f..%2fetc%2fpasswd", "/ui/..%2f..%2f..%2fetc%2fpasswd", "/ui/../../../etc/passwd",
                "/ui/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/ui/..%5c..%5cetc%5cpasswd", "/ponte/..%2f..%2fpom.xml",
                "/ui/....//....//etc/passwd", "/ui/%252e%252e%252fpom.xml", "//etc/passwd", "/ui/index.html%00.txt")) {
            String[] r = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(status(r) != 200 || !(r[1].contains("root:") || r[1].contains("<project")), target + " served a file: " + r[0]);
            assertClean(target, status(r), r[1]);
        }
        for (String method : List.of("TRACE", "PUT", "DELETE", "PATCH", "PROPFIND", "CONNECT", "FOO")) {
            for (String path : List.of("/ponte/sparql", "/ponte/query", "/ponte/get?default", "/ui/", "/$/ping", "/$/server", "/")) {
                String[] r = raw(method + " " + (method.equals("CONNECT") ? "localhost:1" : path) + " HTTP/1.1\r\nHost: localhost\r\nX-Secret: s3cr3t\r\n"
                        + "Content-Type: text/turtle\r\nContent-Length: 28\r\nConnection: close\r\n\r\n<urn:s> <urn:p> <urn:o> .\n\n\n");
                int st = status(r);
                assertTrue(st == 400 || st == 401 || st == 403 || st == 404 || st == 405 || st == 501 || st == -1,
                        method + " " + path + ": " + r[0]);
                assertClean(method + " " + path, st, r[1]);
                assertFalse(method.equals("TRACE") && r[1].contains("s3cr3t"), "TRACE echoes the request");
            }
        }
        // Garbage instead of HTTP, and a body longer than announced.
        String[] junk = raw(new byte[] {0x16, 0x03, 0x01, 0x00, 0x05, 0x01, 0x00, 0x00, 0x01, 0x00, '\r', '\n', '\r', '\n'});
        assertTrue(status(junk) == 400 || status(junk) == -1, "TLS hello on plain HTTP: " + junk[0]);
        String[] smuggle = raw("POST /ponte/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Type: application/sparql-query\r\nConnection: close\r\n\r\n0\r\n\r\nGET /ponte/update HTTP/1.1\r\n\r\n");
        assertTrue(status(smuggle) == 400 || status(smuggle) == -1 || status(smuggle) == 200, "smuggling: " + smuggle[0]);
        assertClean("smuggling", status(smuggle), smuggle[1]);
        assertStillServing();
    }
}

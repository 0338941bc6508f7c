package org.ponte.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No request path or parameter is a way into the store: paths with quotes, angle brackets,
 * braces, NUL, dot segments and SPARQL fragments get 400 or 404 (never 500, never a stack
 * trace), search text is never query syntax, and the store is the same afterwards.
 */
class SafetyTest {
    static final List<String> PATHS = List.of(
            "/id/organisation/ismu%22", "/id/organisation/ismu'", "/id/organisation/ismu%3E", "/id/organisation/ismu%3E%20%7B%7D",
            "/id/organisation/%7B%3Fs%20%3Fp%20%3Fo%7D", "/id/organisation/ismu%00", "/id/organisation/..%2F..%2Fetc%2Fpasswd",
            "/id/organisation/../../etc/passwd", "/id/organisation/%2e%2e/%2e%2e/pom.xml", "/doc/organisation/ismu%3E%20.ttl",
            "/doc/organisation/x%3E%20%3Fp%20%3Fo%20%7D%3B%20DROP%20ALL%20%23", "/doc/organisation/ismu%0Aa", "/doc/%22/%22",
            "/doc/organisation/ismu%20%7D%20INSERT%20DATA%20%7B%20%3Ca%3E%20%3Cb%3E%20%3Cc%3E%20%7D", "/doc/organisation/%C3%A9",
            "/doc/organisation/Le%20R%C3%A9seau", "/id/" + "a".repeat(300) + "/b", "/list/%3Cscript%3E", "/ontology/%3E%7B",
            "/ontology/x%22y", "/dumps/%00", "/queries/%7B.rq", "/id/organisation/ismu\\x");

    static Corpus c;

    @BeforeAll
    static void corpus() throws IOException {
        c = Corpus.get();
    }

    static long quads() {
        return SparqlClient.count(c, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "n");
    }

    @Test
    void hostilePathsAre400Or404AndTheStoreIsUntouched() throws Exception {
        long before = quads();
        for (String path : PATHS) {
            for (String accept : List.of("text/html", "text/turtle")) {
                int status = rawStatus(path, accept);
                assertTrue(status == 400 || status == 404, path + " " + accept + " -> " + status);
            }
        }
        assertEquals(before, quads());
    }

    @Test
    void errorBodiesCarryNoStackTraces() throws Exception {
        for (String path : List.of("/id/organisation/ismu%3E", "/doc/organisation/no-such", "/doc/organisation/ismu?format=%3Cx%3E")) {
            HttpResponse<String> r = Corpus.getString(c.url(path), "Accept", "text/html");
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path);
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains("<x>"), path + ": " + r.body());
        }
    }

    @Test
    void searchTextIsNeverSyntax() throws Exception {
        long before = quads();
        for (String q : List.of("\" } ; DROP ALL ; #", "*:*", "foo) OR (bar", "ismu\" 1000 \"lang:it", "\\", "{}[]^~?",
                "a:b", "\u0000", "<script>", "' OR '1'='1", "x".repeat(199))) {
            HttpResponse<String> r = Corpus.getString(c.url("/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)),
                    "Accept", "text/html");
            assertEquals(200, r.statusCode(), q);
            assertFalse(r.body().contains("<script>"), q);
        }
        assertEquals(400, Corpus.getString(c.url("/search?q=" + "x".repeat(300)), "Accept", "text/html").statusCode());
        assertEquals(before, quads());
    }

    @Test
    void malformedHeadersAreHarmless() throws Exception {
        for (String accept : List.of("\"\"", ";;;", "text/turtle;q=NaN", "*/x", "a/b/c", ",,,", "text/turtle;q=" + "9".repeat(400)))
            assertTrue(List.of(200, 406).contains(Corpus.get(c.url("/doc/organisation/ismu"), "Accept", accept).statusCode()), accept);
        assertEquals(200, Corpus.get(c.url("/doc/organisation/ismu"), "Accept", "text/html", "If-None-Match", "\"x").statusCode());
        assertEquals(200, Corpus.get(c.url("/dumps/ponte.ttl"), "If-Modified-Since", "yesterday").statusCode());
    }

    /** The status of a request sent byte for byte (no client-side normalisation of the path). */
    static int rawStatus(String path, String accept) throws IOException {
        try (Socket s = new Socket("127.0.0.1", c.server.port())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) != -1 && b != '\n') line.append((char) b);
            String[] parts = line.toString().split(" ");
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(body.contains("Exception") || body.contains("\tat org."), path + ": " + body);
            return Integer.parseInt(parts[1]);
        }
    }
}

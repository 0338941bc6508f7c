package org.ponte.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ponte.server.ServerFixture.enc;
import static org.ponte.server.ServerFixture.get;
import static org.ponte.server.ServerFixture.url;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase0;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.core.Setting;

/** Time limit, watchdog and result cap, on a server with a 1 s limit and a cap of 5. */
class QueryLimitsTest {
    private static final long TIMEOUT_MS = 1000;
    /** Bound for "stopped near the timeout": generous, for a loaded 2-core CI machine. */
    private static final long BOUND_MS = 15_000;

    @TempDir
    static Path tmp;
    static PonteServer server;

    /**
     * A filter function that ignores ARQ's cancellation, as the query shapes of apache/jena#3535
     * do: it spins for 60 s unless its thread is interrupted.
     */
    public static final class Spin extends FunctionBase0 {
        @Override
        public NodeValue exec() {
            long end = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < end && !Thread.currentThread().isInterrupted()) Thread.onSpinWait();
            return NodeValue.TRUE;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        FunctionRegistry.get().put("urn:ponte:test:spin", Spin.class);
        PonteConfig cfg = ServerFixture.config(tmp, Map.of(Setting.QUERY_TIMEOUT_MS, Long.toString(TIMEOUT_MS),
                Setting.RESULT_LIMIT, "5"));
        ServerFixture.publish(cfg, tmp);
        server = PonteServer.create(cfg).watchdogGrace(300, 1500).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        FunctionRegistry.get().remove("urn:ponte:test:spin");
    }

    private static long timed(String query, int expectStatus) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = get(url(server, "/ponte/sparql?query=" + enc(query)), "application/sparql-results+json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(expectStatus, r.statusCode(), r.body());
        PublicEndpointsTest.assertNoStackTrace(r.body());
        assertTrue(ms < BOUND_MS, "stopped after " + ms + " ms");
        return ms;
    }

    @Test
    void crossProductIsStopped() throws Exception {
        // 50^6 rows counted inside a single step of the aggregation.
        long ms = timed("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }", 503);
        assertTrue(ms >= TIMEOUT_MS - 100, "ran " + ms + " ms");
    }

    @Test
    void unboundedPathIsStopped() throws Exception {
        // Three unbounded paths over every node, joined: billions of rows.
        timed("SELECT (COUNT(*) AS ?n) { ?x (<urn:p>|!<urn:p>)* ?y . ?a (<urn:p>|!<urn:p>)* ?b . ?c (!<urn:q>)* ?d }", 503);
    }

    @Test
    void queryIgnoringCancellationIsInterrupted() throws Exception {
        long ms = timed("SELECT * { ?s ?p ?o FILTER(<urn:ponte:test:spin>()) }", 503);
        assertTrue(ms >= TIMEOUT_MS, "ran " + ms + " ms");
    }

    @Test
    void requestTimeoutCanOnlyLower() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = get(url(server, "/ponte/sparql?timeout=600&query=" + enc(q)), null);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode());
        assertTrue(ms < BOUND_MS, "a higher ?timeout is ignored: " + ms + " ms");
        t0 = System.nanoTime();
        r = get(url(server, "/ponte/sparql?timeout=0.2&query=" + enc(q)), null);
        assertEquals(503, r.statusCode());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < BOUND_MS);
        assertEquals(400, get(url(server, "/ponte/sparql?timeout=soon&query=" + enc("ASK {}")), null).statusCode());
    }

    @Test
    void resultCapTruncatesSelectAndConstruct() throws Exception {
        HttpResponse<String> sel = get(url(server, "/ponte/sparql?query=" + enc("SELECT * { ?s ?p ?o }")), "text/csv");
        assertEquals(200, sel.statusCode());
        assertEquals(1 + 5, sel.body().strip().split("\r\n").length, sel.body());

        HttpResponse<String> con = get(url(server, "/ponte/sparql?query=" + enc("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")),
                "application/n-triples");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(con.body(), Lang.NTRIPLES).parse(m);
        assertEquals(5, m.size());

        HttpResponse<String> desc = get(url(server, "/ponte/sparql?query=" + enc("DESCRIBE ?s WHERE { ?s ?p ?o }")),
                "application/n-triples");
        Model d = ModelFactory.createDefaultModel();
        RDFParser.fromString(desc.body(), Lang.NTRIPLES).parse(d);
        assertEquals(5, d.size());

        // An aggregate over more rows than the cap is not changed by it: the query text is not rewritten.
        HttpResponse<String> count = get(url(server, "/ponte/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")), "text/csv");
        assertTrue(Integer.parseInt(count.body().strip().split("\r\n")[1].strip()) > 5);
    }

    @Test
    void serverKeepsAnsweringAfterTimeouts() throws Exception {
        timed("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }", 503);
        assertEquals(200, get(url(server, "/ponte/sparql?query=" + enc("ASK { ?s ?p ?o }")), null).statusCode());
    }
}

package org.ponte.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ponte.server.ServerFixture.enc;
import static org.ponte.server.ServerFixture.send;
import static org.ponte.server.ServerFixture.url;

import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.Setting;
import org.ponte.loader.Generation;

/** Credentials, the admin endpoints, switching generations, and start-up failures. */
class AdminAndReloadTest {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String INSERT = "update=" + enc(
            "INSERT DATA { GRAPH <https://w3id.org/ponte/id/document/x> { <https://w3id.org/ponte/id/organisation/x> "
                    + "<http://www.w3.org/2000/01/rdf-schema#label> \"Associazione X\"@it } }");

    @TempDir
    Path tmp;

    private static boolean ask(PonteServer s, String q) {
        try (QueryExec qe = QueryExecHTTP.service(url(s, "/ponte/sparql")).query(q).build()) {
            return qe.ask();
        }
    }

    @Test
    void adminWithPasswordFromTheEnvironment() throws Exception {
        PonteConfig cfg = ServerFixture.config(tmp, Map.of(Setting.ADMIN_PASSWORD, "s3cret"));
        ServerFixture.publish(cfg, tmp);
        PonteServer server = PonteServer.create(cfg).build().start();
        try {
            // Public reads need no login.
            assertTrue(ask(server, "ASK { ?s ?p ?o }"));
            assertEquals(401, send("POST", url(server, "/ponte/update"), FORM, INSERT, null, null).statusCode());
            assertEquals(401, send("POST", url(server, "/ponte/update"), FORM, INSERT, "admin", "wrong").statusCode());
            assertEquals(401, send("POST", url(server, "/ponte/update"), FORM, INSERT, "mallory", "s3cret").statusCode());
            assertEquals(401, send("PUT", url(server, "/ponte/data?graph=" + enc("http://x/g")), "text/turtle",
                    "<http://x/s> <http://x/p> 1 .", null, null).statusCode());
            assertFalse(ask(server, "ASK { <https://w3id.org/ponte/id/organisation/x> ?p ?o }"));

            HttpResponse<String> ok = send("POST", url(server, "/ponte/update"), FORM, INSERT, "admin", "s3cret");
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, "update: " + ok.statusCode());
            assertTrue(ask(server, "ASK { <https://w3id.org/ponte/id/organisation/x> ?p ?o }"));

            HttpResponse<String> put = send("PUT", url(server, "/ponte/data?graph=" + enc("http://x/g")), "text/turtle",
                    "<http://x/s> <http://x/p> 1 .", "admin", "s3cret");
            assertTrue(put.statusCode() == 200 || put.statusCode() == 201 || put.statusCode() == 204, "GSP PUT: " + put.statusCode());
            assertTrue(ask(server, "ASK { GRAPH <http://x/g> { <http://x/s> <http://x/p> 1 } }"));

            // The public endpoints stay read-only for an admin too.
            int viaGet = send("PUT", url(server, "/ponte/get?graph=" + enc("http://x/g")), "text/turtle",
                    "<http://x/s> <http://x/p> 2 .", "admin", "s3cret").statusCode();
            assertTrue(viaGet == 405 || viaGet == 404, "PUT on /ponte/get: " + viaGet);
            // The UI route never reaches the write endpoints.
            assertEquals(404, send("POST", url(server, "/ui/ponte/update"), FORM, INSERT, "admin", "s3cret").statusCode());

            // Replace one named graph; the text index follows.
            String body = """
                    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                    <https://w3id.org/ponte/id/organisation/fondazione-ismu> rdfs:label "Fondazione Iniziative e Studi sulla Multietnicità"@it .
                    """;
            String replace = url(server, "/ponte/replace?graph=" + enc(ServerFixture.G2));
            assertEquals(401, send("PUT", replace, "text/turtle", body, null, null).statusCode());
            HttpResponse<String> r = send("PUT", replace, "text/turtle", body, "admin", "s3cret");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"added\" : 1") || r.body().contains("\"added\":1"), r.body());
            String text = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
            assertTrue(ask(server, text + "ASK { ?s text:query (rdfs:label 'multietnicita') }"));
            assertFalse(ask(server, text + "ASK { ?s text:query (rdfs:label 'commission') }"), "old G2 entries left the index");
            assertFalse(ask(server, "ASK { GRAPH <" + ServerFixture.G2 + "> { ?s <https://w3id.org/ponte/ontology#fundedBy> ?o } }"));

            HttpResponse<String> badBody = send("PUT", replace, "text/turtle", "this is not turtle", "admin", "s3cret");
            assertEquals(400, badBody.statusCode());
            PublicEndpointsTest.assertNoStackTrace(badBody.body());
            assertEquals(415, send("PUT", replace, "application/json", "{}", "admin", "s3cret").statusCode());

            HttpResponse<String> reload = send("POST", url(server, "/ponte/reload"), null, null, "admin", "s3cret");
            assertEquals(200, reload.statusCode());
            assertTrue(reload.body().contains("false"), "same generation: nothing to switch: " + reload.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void refusedAdminRequestsLeaveTheConnectionUsable() throws Exception {
        PonteConfig cfg = ServerFixture.config(tmp, Map.of(Setting.ADMIN_PASSWORD, "s3cret"));
        ServerFixture.publish(cfg, tmp);
        PonteServer server = PonteServer.create(cfg).build().start();
        try {
            // A script re-publishing over one keep-alive connection: a refused body must not make
            // the next request on that connection fail with no response at all.
            String replace = url(server, "/ponte/replace?graph=" + enc(ServerFixture.G2));
            String bad = "this is not turtle " + "x".repeat(256 * 1024);
            for (int i = 0; i < 20; i++) {
                assertEquals(400, send("PUT", replace, "text/turtle", bad, "admin", "s3cret").statusCode());
                // Not covered: a 401 from Jetty's security handler comes before any filter, and
                // after one on a large body Jetty may close the connection: the next request needs
                // a new one (Java's HttpClient does not retry a PUT or POST by itself).
                assertEquals(415, send("PUT", replace, "application/json", "{\"x\": \"" + "y".repeat(256 * 1024) + "\"}",
                        "admin", "s3cret").statusCode());
                assertEquals(200, send("POST", url(server, "/ponte/reload"), null, null, "admin", "s3cret").statusCode());
                // Refusals by Fuseki itself and by Ponte's routing, not only by the admin actions.
                int viaGet = send("PUT", url(server, "/ponte/get?graph=" + enc("http://x/g")), "text/turtle", bad, "admin", "s3cret").statusCode();
                assertTrue(viaGet == 405 || viaGet == 404, "PUT on /ponte/get: " + viaGet);
                assertEquals(404, send("POST", url(server, "/ui/ponte/update"), FORM, "update=" + "x".repeat(256 * 1024), "admin", "s3cret").statusCode());
                assertEquals(200, send("POST", url(server, "/ponte/reload"), null, null, "admin", "s3cret").statusCode());
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void adminWithPasswordFile() throws Exception {
        Path pw = tmp.resolve("passwd");
        Files.writeString(pw, "# Ponte admins\nalice: wonderland\n");
        PonteConfig cfg = ServerFixture.config(tmp, Map.of(Setting.ADMIN_PASSWORD_FILE, pw.toString()));
        ServerFixture.publish(cfg, tmp);
        PonteServer server = PonteServer.create(cfg).build().start();
        try {
            assertEquals(401, send("POST", url(server, "/ponte/update"), FORM, INSERT, "admin", "wonderland").statusCode());
            int ok = send("POST", url(server, "/ponte/update"), FORM, INSERT, "alice", "wonderland").statusCode();
            assertTrue(ok == 200 || ok == 204);
        } finally {
            server.stop();
        }
    }

    @Test
    void reloadSwitchesWhileClientsQuery() throws Exception {
        PonteConfig cfg = ServerFixture.config(tmp, Map.of());
        Generation first = ServerFixture.publish(cfg, tmp).generation();
        PonteServer server = PonteServer.create(cfg).build().start();
        // Answers identify a generation: the second adds a graph with five more triples.
        String count = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
        AtomicBoolean run = new AtomicBoolean(true);
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger answers = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        try {
            long before;
            try (QueryExec qe = QueryExecHTTP.service(url(server, "/ponte/sparql")).query(count).build()) {
                before = ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
            }
            for (int i = 0; i < 2; i++) {
                Thread t = new Thread(() -> {
                    while (run.get()) {
                        try (QueryExec qe = QueryExecHTTP.service(url(server, "/ponte/sparql")).query(count).build()) {
                            seen.add(((Number) qe.select().next().get("n").getLiteralValue()).longValue());
                            answers.incrementAndGet();
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                });
                t.start();
                clients.add(t);
            }
            // A linked-data servlet's view: one generation per request.
            DatasetGraph pinnedBefore = server.dataset().get();

            Path extra = tmp.resolve("extra.nq");
            String g4 = ServerFixture.BASE + "document/004-extra";
            StringBuilder nq = new StringBuilder();
            for (int i = 0; i < 5; i++)
                nq.append("<").append(ServerFixture.BASE).append("organisation/extra-").append(i)
                  .append("> <http://www.w3.org/2000/01/rdf-schema#label> \"Extra ").append(i).append("\"@en <").append(g4).append("> .\n");
            Files.writeString(extra, nq);
            while (answers.get() < 20) Thread.sleep(10);
            Generation second = ServerFixture.publish(cfg, tmp, extra).generation();
            assertTrue(server.reload());
            assertEquals(second, server.generation());
            int at = answers.get();
            while (answers.get() < at + 20) Thread.sleep(10);
            run.set(false);
            for (Thread t : clients) t.join(30_000);

            assertEquals(null, failure.get(), "a client failed during the switch");
            assertEquals(Set.of(before, before + 5), seen, "every answer is wholly old or wholly new");
            try (QueryExec qe = QueryExecHTTP.service(url(server, "/ponte/sparql")).query(count).build()) {
                assertEquals(before + 5, ((Number) qe.select().next().get("n").getLiteralValue()).longValue());
            }
            assertTrue(server.awaitRetired(30_000), "the old generation was closed");
            assertTrue(Txn.calculateRead(server.dataset().get(), () -> server.dataset().get().containsGraph(
                    org.apache.jena.graph.NodeFactory.createURI(g4))));
            assertFalse(server.reload(), "already current");
            assertTrue(pinnedBefore != server.dataset().get());
            assertEquals(first.number() + 1, second.number());
        } finally {
            run.set(false);
            for (Thread t : clients) t.join(30_000);
            server.stop();
        }
    }

    @Test
    void portInUseIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            PonteConfig cfg = ServerFixture.config(tmp, Map.of(Setting.PORT, Integer.toString(port)));
            ServerFixture.publish(cfg, tmp);
            PonteServer server = PonteServer.create(cfg).build();
            PonteException e = assertThrows(PonteException.class, server::start);
            assertEquals("port " + port + " is in use; choose another with --port", e.getMessage());
            // Nothing is left open: the store can be opened again.
            PonteServer again = PonteServer.create(cfg.withPort(0)).build().start();
            again.stop();
        }
    }

    @Test
    void concurrentQueriesAreCapped() throws Exception {
        PonteConfig cfg = ServerFixture.config(tmp, Map.of(Setting.QUERY_TIMEOUT_MS, "3000"));
        ServerFixture.publish(cfg, tmp);
        PonteServer server = PonteServer.create(cfg).maxConcurrentQueries(1).queryQueueWait(200).build().start();
        try {
            String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }";
            AtomicInteger slowStatus = new AtomicInteger();
            Thread t = new Thread(() -> {
                try {
                    slowStatus.set(ServerFixture.get(url(server, "/ponte/sparql?query=" + enc(slow)), null).statusCode());
                } catch (Exception e) {
                    slowStatus.set(-1);
                }
            });
            t.start();
            Thread.sleep(700);
            HttpResponse<String> busy = ServerFixture.get(url(server, "/ponte/sparql?query=" + enc("ASK {}")), null);
            assertEquals(503, busy.statusCode());
            assertTrue(busy.body().contains("Too many queries"), busy.body());
            t.join(30_000);
            assertEquals(503, slowStatus.get(), "the slow query timed out");
            assertEquals(200, ServerFixture.get(url(server, "/ponte/sparql?query=" + enc("ASK {}")), null).statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void nothingPublishedIsAClearError() {
        PonteConfig cfg = ServerFixture.config(tmp, Map.of());
        PonteException e = assertThrows(PonteException.class, () -> PonteServer.create(cfg).build());
        assertTrue(e.getMessage().contains("publish"), e.getMessage());
    }

    @Test
    void extensionHooks() throws Exception {
        PonteConfig cfg = ServerFixture.config(tmp, Map.of());
        ServerFixture.publish(cfg, tmp);
        PonteServer.Builder b = PonteServer.create(cfg);
        var live = b.dataset();
        b.addServlet("/id/*", new jakarta.servlet.http.HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
                    throws java.io.IOException {
                DatasetGraph dsg = live.get();
                long n = Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes()));
                resp.setContentType("text/plain");
                resp.getWriter().print(n + " graphs in " + live.generation().name());
            }
        });
        b.addServlet("", new jakarta.servlet.http.HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
                    throws java.io.IOException {
                resp.setContentType("text/html");
                resp.getWriter().print("<h1>Ponte</h1>");
            }
        });
        PonteServer server = b.build().start();
        try {
            HttpResponse<String> r = ServerFixture.get(url(server, "/id/organisation/x"), null);
            assertEquals(200, r.statusCode());
            assertEquals("4 graphs in gen-000001", r.body());
            HttpResponse<String> home = ServerFixture.get(url(server, "/"), "text/html");
            assertEquals(200, home.statusCode());
            assertEquals("<h1>Ponte</h1>", home.body());
            assertEquals(200, ServerFixture.get(url(server, "/ui/"), null).statusCode(), "the UI is still there");
        } finally {
            server.stop();
        }
    }
}

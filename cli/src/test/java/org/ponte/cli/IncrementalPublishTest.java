package org.ponte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.core.ProblemLog;
import org.ponte.core.Setting;
import org.ponte.server.PonteServer;

/**
 * {@code ./ponte publish} while a server runs: only the changed document is re-mapped, its graph
 * replaced and a deleted document's graph emptied, by the server itself
 * ({@link RepublishServlet}); and by the command line when the server has no such route.
 */
class IncrementalPublishTest {
    @TempDir
    Path tmp;

    private static Path home() {
        String h = System.getProperty("ponte.home");
        return h != null ? Path.of(h) : Path.of("..").toAbsolutePath().normalize();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aChangedDocumentIsRepublishedByTheRunningServer() throws Exception {
        Setup s = publish();
        PonteServer server = ServerRunner.start(s.cfg, new ProblemLog(100, false));
        try {
            check(s, server, "in the server:");
        } finally {
            server.stop();
        }
    }

    @Test
    void aServerWithoutTheRouteLeavesTheWorkToTheCommandLine() throws Exception {
        Setup s = publish();
        // Ponte's server without the command line's route: the client maps and sends the graphs.
        PonteServer server = PonteServer.create(s.cfg).problems(new ProblemLog(100, false)).build().start();
        try {
            check(s, server, "removed in ");
        } finally {
            server.stop();
        }
    }

    private record Setup(PonteConfig cfg, Path props, Path docs, Path changed, Path deleted) {}

    private Setup publish() throws Exception {
        Path home = home();
        Path docs = Files.createDirectories(tmp.resolve("documents"));
        List<Path> corpus;
        try (var st = Files.list(home.resolve("data/documents"))) {
            corpus = st.filter(Files::isRegularFile).sorted().limit(3).toList();
        }
        for (Path p : corpus) Files.copy(p, docs.resolve(p.getFileName()));
        Path props = tmp.resolve("ponte.properties");
        Files.writeString(props, "documents=" + docs + "\nwork=" + tmp.resolve("run") + "\ndist=" + tmp.resolve("dist")
                + "\nhost=127.0.0.1\nport=" + freePort() + "\n", StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, Ponte.run("publish", "--home", home.toString(), "--config", props.toString(), "--no-serve", "--full",
                "--no-dumps", "--threads", "2"));
        PonteConfig cfg = AdminCredentials.ensure(PonteConfig.builder().set(Setting.HOME, home.toString()).file(props));
        return new Setup(cfg, props, docs, docs.resolve(corpus.get(0).getFileName()), docs.resolve(corpus.get(1).getFileName()));
    }

    private void check(Setup s, PonteServer server, String expectedInMessage) throws Exception {
        String url = "http://127.0.0.1:" + server.port() + "/ponte/sparql";
        String changedGraph = s.cfg.iris().document(s.changed.getFileName().toString());
        String deletedGraph = s.cfg.iris().document(s.deleted.getFileName().toString());
        long before = count(url, changedGraph);
        assertTrue(before > 0);
        assertTrue(count(url, deletedGraph) > 0);

        // Nothing changed: nothing is replaced.
        String out = publishIncrementally(s);
        assertTrue(out.contains("0 document(s) changed, 0 graph(s) replaced, 0 removed"), out);

        Files.writeString(s.changed, "The project ZETAQUA is funded by the Fondazione Cariplo.\n", StandardCharsets.UTF_8);
        Files.delete(s.deleted);
        out = publishIncrementally(s);
        assertTrue(out.contains("1 document(s) changed, 1 graph(s) replaced, 1 removed"), out);
        assertTrue(out.contains(expectedInMessage), out);
        long after = count(url, changedGraph);
        assertTrue(after > 0 && after < before, before + " quads before, " + after + " after");
        assertEquals(0, count(url, deletedGraph), () -> dump(url, deletedGraph));
        try (QueryExec qe = QueryExecHTTP.service(url).query("""
                ASK { GRAPH <%s> { ?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(STR(?o), "ZETAQUA")) } }""".formatted(changedGraph)).build()) {
            assertTrue(qe.ask(), "the new content is served");
        }
        List<String> manifest = Files.readAllLines(s.cfg.work().resolve("manifest.tsv"));
        assertEquals(3, manifest.size(), manifest.toString()); // header and the two documents left
        if (expectedInMessage.startsWith("in the server")) {
            // The server re-exports the dumps after it changed the store: what a harvester downloads
            // is what SPARQL answers (the new text in, the deleted document's graph out).
            Path nq = s.cfg.dist().resolve("ponte.nq.gz");
            String dump = "";
            String inDeleted = "<" + deletedGraph + "> .";
            for (int i = 0; i < 240 && !(dump.contains("ZETAQUA") && !deletedContent(dump, inDeleted)); i++) {
                Thread.sleep(500);
                if (Files.exists(nq)) dump = gunzip(nq);
            }
            assertTrue(dump.contains("ZETAQUA"), "the dump holds the re-published document");
            assertTrue(!deletedContent(dump, inDeleted), "the dump no longer holds the deleted document's content");
        }
    }

    /** Whether the dump still holds a quad of the deleted document's graph. */
    private static boolean deletedContent(String nquads, String inGraph) {
        return nquads.lines().anyMatch(l -> l.endsWith(inGraph));
    }

    private static String gunzip(Path p) {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return ""; // being replaced: read again
        }
    }

    private String publishIncrementally(Setup s) {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Ponte.run("publish", "--home", home().toString(), "--config", s.props.toString());
        } finally {
            System.setErr(err);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, code, out);
        return out;
    }

    private static String dump(String url, String graph) {
        StringBuilder b = new StringBuilder();
        try (QueryExec qe = QueryExecHTTP.service(url).query("SELECT * { GRAPH <" + graph + "> { ?s ?p ?o } } LIMIT 40").build()) {
            qe.select().forEachRemaining(r -> b.append(r).append('\n'));
        }
        return b.toString();
    }

    private static long count(String url, String graph) {
        try (QueryExec qe = QueryExecHTTP.service(url).query("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }")
                .build()) {
            return qe.select().next().get("n").getLiteralValue() instanceof Number n ? n.longValue() : -1;
        }
    }
}

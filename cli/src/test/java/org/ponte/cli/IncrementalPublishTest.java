package org.ponte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    /**
     * A document that fails the shapes is remembered with its hash: publishes that find it
     * unchanged report it as skipped without mapping it again; new rules, or a change to it, map
     * it again; a published document that starts failing loses its graph, as a full publish
     * would leave it out. Also runs the command line's path that reaches the server before
     * picocli ({@link PublishCommand#publishThroughRunningServer}).
     */
    @Test
    void aBrokenDocumentIsReportedEveryTimeButMappedOnlyWhenItOrTheRulesChange() throws Exception {
        Path home = CliTestSupport.home();
        Path docs = Files.createDirectories(tmp.resolve("documents"));
        List<Path> corpus;
        try (var st = Files.list(home.resolve("data/documents"))) {
            corpus = st.filter(Files::isRegularFile).sorted().limit(3).toList();
        }
        for (Path p : corpus) Files.copy(p, docs.resolve(p.getFileName()));
        Path bad = docs.resolve(corpus.get(2).getFileName());
        Path good = docs.resolve(corpus.get(0).getFileName());
        Path ontology = Files.createDirectories(tmp.resolve("ontology"));
        Files.copy(home.resolve("ontology/ponte.ttl"), ontology.resolve("ponte.ttl"));
        Files.copy(home.resolve("ontology/shapes.ttl"), ontology.resolve("shapes.ttl"));
        Path props = tmp.resolve("ponte.properties");
        Files.writeString(props, "documents=" + docs + "\nwork=" + tmp.resolve("run") + "\ndist=" + tmp.resolve("dist")
                + "\nontology=" + ontology + "\nhost=127.0.0.1\nport=" + CliTestSupport.freePort() + "\n", StandardCharsets.UTF_8);
        PonteConfig cfg = AdminCredentials.ensure(PonteConfig.builder().set(Setting.HOME, home.toString()).file(props));
        String badGraph = cfg.iris().document(bad.getFileName().toString());
        String goodGraph = cfg.iris().document(good.getFileName().toString());
        failDocument(ontology, badGraph);
        assertEquals(ExitCodes.SKIPPED, Ponte.run("publish", "--home", home.toString(), "--config", props.toString(), "--no-serve",
                "--full", "--no-dumps", "--threads", "2"));
        Setup s = new Setup(cfg, props, docs, good, null);

        PonteServer server = ServerRunner.start(cfg, new ProblemLog(100, false));
        try {
            String url = "http://127.0.0.1:" + server.port() + "/ponte/sparql";
            String skippedLine = "skipped " + bad.getFileName() + ":fails the SHACL shapes";
            for (int i = 0; i < 2; i++) {
                String out = republish(s, ExitCodes.SKIPPED, i == 1);
                assertTrue(out.contains("0 document(s) changed, 0 graph(s) replaced, 0 removed"), out);
                assertTrue(out.contains(skippedLine), out);
                assertTrue(out.contains("1 skipped as before"), out);
            }

            // Other rules (the shapes file changed): the skipped document is tried again.
            Files.writeString(ontology.resolve("shapes.ttl"), "\n# edited\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            String out = republish(s, ExitCodes.SKIPPED, true);
            assertTrue(out.contains("1 document(s) changed, 0 graph(s) replaced, 0 removed"), out);
            assertTrue(out.contains(skippedLine), out);
            assertTrue(republish(s, ExitCodes.SKIPPED, false).contains("0 document(s) changed"));

            // A published document that fails once it changed: its graph goes, it is listed as skipped.
            assertTrue(count(url, goodGraph) > 0);
            failDocument(ontology, goodGraph);
            out = republish(s, ExitCodes.SKIPPED, false);
            assertTrue(out.contains("1 document(s) changed, 0 graph(s) replaced, 0 removed"), "only the skipped one is retried: " + out);
            assertTrue(count(url, goodGraph) > 0, "an unchanged published document is not re-mapped under new rules");
            Files.writeString(good, "\nThe project ZETAQUA is funded by the Fondazione Cariplo.\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            out = republish(s, ExitCodes.SKIPPED, true);
            assertTrue(out.contains("1 document(s) changed, 0 graph(s) replaced, 1 removed"), out);
            assertTrue(out.contains("skipped " + good.getFileName() + ":fails the SHACL shapes"), out);
            assertEquals(0, count(url, goodGraph), () -> dump(url, goodGraph));
            List<String> report = Files.readAllLines(cfg.work().resolve("publish-report.tsv"));
            assertEquals(3, report.size(), "header and both skipped documents: " + report);
        } finally {
            server.stop();
        }
    }

    /**
     * Adds a shape that only the document with this graph fails: its graph node (described in its
     * own graph only) may not say what it was derived from, which every mapped graph says.
     */
    private static void failDocument(Path ontology, String graph) throws IOException {
        Files.writeString(ontology.resolve("shapes.ttl"), """

                [] a <http://www.w3.org/ns/shacl#NodeShape> ;
                    <http://www.w3.org/ns/shacl#targetNode> <%s> ;
                    <http://www.w3.org/ns/shacl#property> [ <http://www.w3.org/ns/shacl#path> <http://www.w3.org/ns/prov#wasDerivedFrom> ;
                                                            <http://www.w3.org/ns/shacl#maxCount> 0 ] .
                """.formatted(graph), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** An incremental publish through picocli, or through the path before it ({@code quick}). */
    private String republish(Setup s, int expectedCode, boolean quick) {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        Integer code;
        String[] args = {"publish", "--home", CliTestSupport.home().toString(), "--config", s.props.toString()};
        try {
            code = quick ? PublishCommand.publishThroughRunningServer(args) : Integer.valueOf(Ponte.run(args));
        } finally {
            System.setErr(err);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(expectedCode, code, out);
        assertTrue(out.contains("in the server:"), out);
        return out;
    }

    private record Setup(PonteConfig cfg, Path props, Path docs, Path changed, Path deleted) {}

    private Setup publish() throws Exception {
        Path home = CliTestSupport.home();
        Path docs = Files.createDirectories(tmp.resolve("documents"));
        List<Path> corpus;
        try (var st = Files.list(home.resolve("data/documents"))) {
            corpus = st.filter(Files::isRegularFile).sorted().limit(3).toList();
        }
        for (Path p : corpus) Files.copy(p, docs.resolve(p.getFileName()));
        Path props = tmp.resolve("ponte.properties");
        Files.writeString(props, "documents=" + docs + "\nwork=" + tmp.resolve("run") + "\ndist=" + tmp.resolve("dist")
                + "\nhost=127.0.0.1\nport=" + CliTestSupport.freePort() + "\n", StandardCharsets.UTF_8);
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
        // Everything of the deleted document is gone, its annotations' ponte:confidence
        // (xsd:decimal, which TDB2 stores by value) included.
        assertEquals(0, count(url, deletedGraph), () -> dump(url, deletedGraph));
        try (QueryExec qe = QueryExecHTTP.service(url).query("""
                ASK { GRAPH <%s> { ?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(STR(?o), "ZETAQUA")) } }""".formatted(changedGraph)).build()) {
            assertTrue(qe.ask(), "the new content is served");
        }
        Manifest manifest = Manifest.read(s.cfg.work().resolve("manifest.tsv"));
        assertEquals(2, manifest.size(), manifest.entries().toString()); // the two documents left
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

    /** Quads of the deleted document's graph. */
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
            code = Ponte.run("publish", "--home", CliTestSupport.home().toString(), "--config", s.props.toString());
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

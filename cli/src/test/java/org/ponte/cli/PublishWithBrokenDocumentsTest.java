package org.ponte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.core.Setting;
import org.ponte.loader.Generation;
import org.ponte.loader.GenerationDatasets;
import org.ponte.loader.StoreLayout;
import org.ponte.server.PonteServer;

/**
 * {@code ./ponte publish} on a corpus of the five documents plus broken ones: exit code 3,
 * every broken file listed with its reason in {@code run/publish-report.tsv}, the five good
 * graphs in the store, and a server on that store that answers queries about them.
 */
class PublishWithBrokenDocumentsTest {
    @TempDir
    Path tmp;

    @Test
    void brokenDocumentsAreReportedAndTheGoodOnesPublishedAndServed() throws Exception {
        Path home = CliTestSupport.home();
        Path docs = Files.createDirectories(tmp.resolve("documents"));
        List<Path> corpus;
        try (var s = Files.list(home.resolve("data/documents"))) {
            corpus = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(5, corpus.size());
        for (Path p : corpus) Files.copy(p, docs.resolve(p.getFileName()));

        Map<String, String> broken = new TreeMap<>(); // file -> a word its reason must contain
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        broken.put("empty.txt", "empty file");
        Files.write(docs.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        broken.put("logo.png", "PNG");
        byte[] random = new byte[20_000];
        new Random(7).nextBytes(random);
        Files.write(docs.resolve("random.txt"), random);
        broken.put("random.txt", "not a text document");
        byte[] controls = new byte[4000];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (1 + i % 8);
        Files.write(docs.resolve("controls.txt"), controls);
        broken.put("controls.txt", "not a text document");
        Files.writeString(docs.resolve("scripts-only.html"), "<html><head><script>alert(1)</script></head><body><nav>Home</nav></body></html>");
        broken.put("scripts-only.html", "without visible text");
        Files.writeString(docs.resolve("big.txt"), "Fondazione ISMU. ".repeat(20_000));
        broken.put("big.txt", "too large");
        // A name that gives the graph IRI of a corpus document: refused, not merged into its graph.
        String first = corpus.get(0).getFileName().toString();
        Files.writeString(docs.resolve(first + "."), "The project ALFA is funded by the Fondazione Cariplo.\n");
        broken.put(first + ".", "already the graph of " + first);

        int port = CliTestSupport.freePort();
        Path props = tmp.resolve("ponte.properties");
        Files.writeString(props, "documents=" + docs + "\nwork=" + tmp.resolve("run") + "\ndist=" + tmp.resolve("dist")
                + "\nhost=127.0.0.1\nport=" + port + "\n", StandardCharsets.UTF_8);
        int code = Ponte.run("publish", "--home", home.toString(), "--config", props.toString(), "--no-serve", "--full",
                "--max-document-bytes", "100000", "--threads", "2");
        assertEquals(ExitCodes.SKIPPED, code);

        // The report: a header, then exactly the broken files, each with its reason.
        List<String> lines = Files.readAllLines(tmp.resolve("run/publish-report.tsv"), StandardCharsets.UTF_8);
        assertEquals("document\treason", lines.get(0));
        Map<String, String> reported = new TreeMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split("\t", 2);
            assertEquals(2, f.length, l);
            reported.put(f[0], f[1]);
        }
        assertEquals(broken.keySet(), reported.keySet());
        broken.forEach((file, word) -> assertTrue(reported.get(file).contains(word), file + ": " + reported.get(file)));

        // The store: the five documents' graphs, the reference graph and the ontology.
        PonteConfig cfg = PonteConfig.builder().set(Setting.HOME, home.toString()).file(props).build();
        Set<String> expected = new HashSet<>();
        for (Path p : corpus) expected.add(cfg.iris().document(p.getFileName().toString()));
        Generation gen = StoreLayout.at(cfg.storeRoot()).requireCurrent();
        var tdb = DatabaseMgr.connectDatasetGraph(gen.tdb2().toString());
        Set<String> graphs = new HashSet<>();
        try {
            Txn.executeRead(tdb, () -> tdb.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI())));
        } finally {
            GenerationDatasets.close(tdb);
        }
        Set<String> documentGraphs = new HashSet<>(graphs);
        documentGraphs.remove(cfg.iris().referenceGraph());
        documentGraphs.remove(cfg.iris().ontologyGraph());
        assertEquals(expected, documentGraphs);

        // Served: the graphs answer queries.
        PonteServer server = ServerRunner.start(cfg.withPort(0), new org.ponte.core.ProblemLog(100, false));
        try {
            String url = "http://127.0.0.1:" + server.port() + "/ponte/sparql";
            Set<String> served = new HashSet<>();
            try (QueryExec qe = QueryExecHTTP.service(url).query("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }").build()) {
                qe.select().forEachRemaining(b -> served.add(b.get("g").getURI()));
            }
            assertTrue(served.containsAll(expected), served.toString());
            try (QueryExec qe = QueryExecHTTP.service(url).query("""
                    PREFIX ponte: <https://w3id.org/ponte/ontology#>
                    ASK { ?p ponte:acronym "EU-MIA" ; ponte:coordinatedBy <https://w3id.org/ponte/id/organisation/itc-ilo> }""").build()) {
                assertTrue(qe.ask(), "a fact of a good document is served");
            }
        } finally {
            server.stop();
        }
    }
}

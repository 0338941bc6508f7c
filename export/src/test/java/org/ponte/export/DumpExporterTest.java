package org.ponte.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.ProblemLog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DumpExporterTest {
    @TempDir
    Path home;

    @Test
    void everyDumpParsesWithRioAndMatchesTheStore() throws IOException {
        DatasetGraph dsg = Fixtures.tdb();
        PonteConfig config = Fixtures.config(home);
        ProblemLog problems = new ProblemLog(100, false);
        ExportResult r = DumpExporter.create(config).problems(problems).export(dsg);
        Path dist = config.dist();
        assertEquals(dist, r.dist());
        assertEquals(List.of(), problems.problems());
        assertRoundTrips(dsg, dist);
        // Pretty Turtle groups by subject and nests the budget's blank node.
        String ttl = Files.readString(dist.resolve("ponte.ttl"));
        assertTrue(java.util.regex.Pattern.compile("(?m)^(PREFIX|@prefix) ponte:\\s+<https://w3id.org/ponte/ontology#>").matcher(ttl).find(), ttl);
        assertTrue(java.util.regex.Pattern.compile("ponte:budget\\s+\\[\\s*(rdf:type|a)\\s+schema:MonetaryAmount").matcher(ttl).find(), ttl);
    }

    @Test
    void streamingFormsAreValidAndIsomorphic() throws IOException {
        for (DatasetGraph dsg : List.of(Fixtures.tdb(), Fixtures.memory())) {
            Path dist = home.resolve("dist-" + dsg.getClass().getSimpleName());
            DumpExporter.create(Fixtures.config(home)).prettyLimit(0).export(dsg, dist);
            assertRoundTrips(dsg, dist);
            String ttl = Files.readString(dist.resolve("ponte.ttl"));
            assertTrue(ttl.startsWith("PREFIX ") || ttl.startsWith("@prefix "), "prefixes first");
            assertFalse(ttl.contains("[ "), "blocks form has no nested blank nodes");
        }
    }

    @Test
    void prettyFormsFromAPlainDatasetAlsoRoundTrip() throws IOException {
        DatasetGraph dsg = Fixtures.memory();
        Path dist = home.resolve("dist");
        DumpExporter.create(Fixtures.config(home)).export(dsg, dist);
        assertRoundTrips(dsg, dist);
    }

    @Test
    void checksumsMatchTheFiles() throws Exception {
        DatasetGraph dsg = Fixtures.tdb();
        PonteConfig config = Fixtures.config(home);
        ExportResult r = DumpExporter.create(config).export(dsg);
        Path dist = config.dist();
        List<String> lines = Files.readAllLines(dist.resolve("SHA256SUMS"));
        try (Stream<Path> files = Files.list(dist)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("SHA256SUMS")).sorted().toList();
            assertEquals(names, lines.stream().map(l -> l.substring(66)).toList(), "every file but SHA256SUMS, sorted");
        }
        for (String line : lines) {
            assertTrue(line.matches("[0-9a-f]{64}  \\S+"), line);
            assertEquals(line.substring(0, 64), DumpManifest.sha256(dist.resolve(line.substring(66))), line);
        }
        DumpManifest read = DumpManifest.read(dist).orElseThrow();
        assertEquals(r.manifest().files(), read.files());
        assertEquals(List.of(), read.verify(dist));
        assertEquals(List.of("ponte.nq.gz", "ponte.nt.gz", "ponte.ttl", "ponte.jsonld"),
                read.dumps().stream().map(DumpFile::name).toList());
        // The system tool agrees, when there is one.
        if (Files.isExecutable(Path.of("/usr/bin/sha256sum"))) {
            Process p = new ProcessBuilder("/usr/bin/sha256sum", "-c", "--strict", "SHA256SUMS")
                    .directory(dist.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
        }
    }

    @Test
    void aFailedExportKeepsThePreviousDist() throws IOException {
        DatasetGraph dsg = Fixtures.tdb();
        PonteConfig config = Fixtures.config(home);
        DumpExporter.create(config).export(dsg);
        Path dist = config.dist();
        Map<String, String> before = snapshot(dist);

        ProblemLog problems = new ProblemLog(100, false);
        DumpExporter failing = DumpExporter.create(config).problems(problems).afterFile(name -> {
            if (name.equals("ponte.ttl")) throw new IllegalStateException("disk full (simulated)");
        });
        PonteException e = assertThrows(PonteException.class, () -> failing.export(dsg));
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertTrue(problems.hadErrors());
        assertEquals(before, snapshot(dist), "previous dist untouched");
        try (Stream<Path> siblings = Files.list(dist.getParent())) {
            assertEquals(List.of("dist"), siblings.map(p -> p.getFileName().toString()).filter(n -> n.contains("dist")).toList(),
                    "no temporary directory left behind");
        }
        // And a later export succeeds and replaces it.
        DumpExporter.create(config).export(dsg);
        assertEquals(List.of(), DumpManifest.read(dist).orElseThrow().verify(dist));
    }

    @Test
    void aFailureAtTheLastStepAlsoKeepsThePreviousDist() throws IOException {
        DatasetGraph dsg = Fixtures.tdb();
        PonteConfig config = Fixtures.config(home);
        DumpExporter.create(config).export(dsg);
        Map<String, String> before = snapshot(config.dist());
        DumpExporter failing = DumpExporter.create(config).afterFile(name -> {
            if (name.equals("SHA256SUMS")) throw new IllegalStateException("crash before the swap");
        });
        assertThrows(PonteException.class, () -> failing.export(dsg));
        assertEquals(before, snapshot(config.dist()));
    }

    @Test
    void aCrashBetweenTheRenamesIsRepairedByTheNextExport() throws IOException {
        DatasetGraph dsg = Fixtures.tdb();
        PonteConfig config = Fixtures.config(home);
        DumpExporter.create(config).export(dsg);
        Path dist = config.dist();
        Map<String, String> before = snapshot(dist);
        // What a crash leaves: the old dist renamed aside, a complete or partial new one.
        Files.move(dist, dist.resolveSibling(".dist.old-20250101T000000000"));
        Files.createDirectories(dist.resolveSibling(".dist.new-123"));
        Files.writeString(dist.resolveSibling(".dist.new-123").resolve("ponte.ttl"), "partial");
        // Even if the next export fails, the last good dist is back.
        DumpExporter failing = DumpExporter.create(config).afterFile(name -> {
            throw new IllegalStateException("fails at once");
        });
        assertThrows(PonteException.class, () -> failing.export(dsg));
        assertEquals(before, snapshot(dist));
        try (Stream<Path> siblings = Files.list(dist.getParent())) {
            assertEquals(List.of("dist"), siblings.map(p -> p.getFileName().toString()).filter(n -> n.contains("dist")).toList());
        }
    }

    /** Every dump parses with Rio and holds exactly the store's data. */
    static void assertRoundTrips(DatasetGraph dsg, Path dist) throws IOException {
        Model union = Fixtures.unionAsRdf4j(dsg);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dist.resolve("ponte.nq.gz")))) {
            Fixtures.assertSameDataset(Fixtures.datasetAsRdf4j(dsg), Fixtures.parse(in, RDFFormat.NQUADS));
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dist.resolve("ponte.nt.gz")))) {
            Model nt = Fixtures.parse(in, RDFFormat.NTRIPLES);
            assertEquals(union.size(), nt.size(), "N-Triples holds each distinct triple once");
            Fixtures.assertIsomorphic(union, nt, "ponte.nt.gz");
        }
        try (InputStream in = Files.newInputStream(dist.resolve("ponte.ttl"))) {
            Fixtures.assertIsomorphic(union, Fixtures.parse(in, RDFFormat.TURTLE), "ponte.ttl");
        }
        try (InputStream in = Files.newInputStream(dist.resolve("ponte.jsonld"))) {
            Fixtures.assertIsomorphic(union, Fixtures.parse(in, RDFFormat.JSONLD), "ponte.jsonld");
        }
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) m.put(p.getFileName().toString(), DumpManifest.sha256(p) + " " + Files.getLastModifiedTime(p));
        }
        return m;
    }
}

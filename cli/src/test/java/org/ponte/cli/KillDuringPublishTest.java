package org.ponte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ponte.core.PonteConfig;
import org.ponte.core.Slugs;
import org.ponte.export.DumpExporter;
import org.ponte.loader.FusekiConfigFile;
import org.ponte.loader.Generation;
import org.ponte.loader.GenerationDatasets;
import org.ponte.loader.StoreLayout;
import org.ponte.loader.TextIndexBuilder;

/**
 * SIGKILL at random moments of publishing, many times: a child JVM ({@link CrashChild}) builds
 * a new store generation, replaces graphs in the live one (TDB2 commit, Lucene commit, dirty
 * marker) or exports the dumps, and is killed with {@link Process#destroyForcibly()} after a
 * random delay (seeded: {@code -Dponte.crash.seed}). After each kill this process opens the
 * store as the server would and checks that {@code CURRENT} names a complete generation that
 * opens, whose TDB2 and text index agree, and which holds exactly the previous content or the
 * new one, never a mix; and that {@code dist/} is the previous complete export or the new one.
 *
 * <p>18 kills by default (about two minutes); 120 with {@code -Dponte.long=true}.
 */
class KillDuringPublishTest {
    private static final Node ONTOLOGY_GRAPH = NodeFactory.createURI("https://w3id.org/ponte/ontology");

    @TempDir
    Path tmp;

    private Path home, work, dist;
    private final Map<String, Long> durations = new HashMap<>();
    private int children;
    private long startedAt;
    private int[] lastSeen;

    /** Starts the child; returns it once it printed STARTED. */
    private Process start(String... args) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", cp, CrashChild.class.getName(), home.toString(), work.toString(), dist.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("child-" + (++children) + ".log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        startedAt = System.nanoTime();
        if (!"STARTED".equals(line)) {
            p.destroyForcibly();
            fail("child did not start (" + line + "); see " + tmp.resolve("child-" + children + ".log") + ":\n"
                    + Files.readString(tmp.resolve("child-" + children + ".log")));
        }
        return p;
    }

    /** Runs a child to its end and remembers how long its work took. */
    private void run(String... args) throws Exception {
        Process p = start(args);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child hung");
        assertEquals(0, p.exitValue(), "child failed: " + Files.readString(tmp.resolve("child-" + children + ".log")));
        // From STARTED to exit: the work a kill may interrupt.
        durations.merge(args[0], (System.nanoTime() - startedAt) / 1_000_000, Math::max);
    }

    /** Starts a child and kills it after a random part of its usual duration. */
    private long runAndKill(Random rnd, String... args) throws Exception {
        long delay = (long) (rnd.nextDouble() * durations.get(args[0]) * 1.1);
        Process p = start(args);
        Thread.sleep(delay);
        p.destroyForcibly();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        return delay;
    }

    @Test
    void killedPublishingLeavesThePreviousCompleteVersion() throws Exception {
        home = CliTestSupport.home();
        work = tmp.resolve("run");
        dist = tmp.resolve("dist");
        PonteConfig cfg = CrashChild.config(home, work, dist);
        StoreLayout layout = StoreLayout.at(cfg.storeRoot());
        FusekiConfigFile conf = FusekiConfigFile.read(cfg.fusekiConfig());
        boolean longRun = Boolean.getBoolean("ponte.long");
        int kills = Integer.getInteger("ponte.crash.kills", longRun ? 120 : 18);
        long seed = Long.getLong("ponte.crash.seed", 20_240_601L);
        Random rnd = new Random(seed);

        // Version 1 published and exported in full; every mode timed once.
        run("build", "1");
        int[] versions = new int[CrashChild.GRAPHS];
        java.util.Arrays.fill(versions, 1);
        checkStore(layout, conf, versions, null, "after the first build");
        run("export");
        String sums = checkDist(layout, null, "after the first export");
        run("replace", "2");
        for (int g = 0; g < 3; g++) versions[g] = 2;
        checkStore(layout, conf, versions, null, "after the first replace");
        int nextVersion = 3;

        Map<String, Integer> byMode = new HashMap<>();
        int newer = 0;
        for (int k = 0; k < kills; k++) {
            // Builds, replacements and exports in turn; the moment of the kill is random.
            String mode = List.of("build", "replace", "export", "build", "replace").get(k % 5);
            byMode.merge(mode, 1, Integer::sum);
            String what = "kill " + (k + 1) + " of " + kills + " (" + mode + ", seed " + seed + ")";
            int v = nextVersion++;
            Generation before = layout.requireCurrent();
            long delay = mode.equals("export") ? runAndKill(rnd, mode) : runAndKill(rnd, mode, Integer.toString(v));
            what += " after " + delay + " ms";
            switch (mode) {
                case "build" -> {
                    int[] candidate = new int[CrashChild.GRAPHS];
                    java.util.Arrays.fill(candidate, v);
                    boolean switched = checkStore(layout, conf, versions, candidate, what);
                    if (switched) {
                        versions = candidate;
                        newer++;
                        assertTrue(layout.requireCurrent().number() > before.number(), what);
                    } else {
                        assertEquals(before, layout.requireCurrent(), what + ": CURRENT moved but the content is old");
                    }
                }
                case "replace" -> {
                    int[] candidate = versions.clone();
                    for (int g = 0; g < 3; g++) candidate[g] = v;
                    if (checkStore(layout, conf, versions, candidate, what)) newer++;
                    versions = lastSeen;
                    assertEquals(before, layout.requireCurrent(), what + ": replacing graphs never switches generations");
                }
                default -> {
                    String after = checkDist(layout, sums, what);
                    if (!after.equals(sums)) newer++;
                    sums = after;
                }
            }
        }
        // The store is still usable: a full build and export go through and clear every leftover.
        int v = nextVersion;
        run("build", Integer.toString(v));
        int[] all = new int[CrashChild.GRAPHS];
        java.util.Arrays.fill(all, v);
        checkStore(layout, conf, all, null, "after the final build");
        assertTrue(layout.generations().size() <= 2, "only the current and the previous generation are left: " + layout.generations());
        run("export");
        checkDist(layout, null, "after the final export");
        try (var siblings = Files.list(dist.getParent())) {
            List<String> leftovers = siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".dist.")).toList();
            assertTrue(leftovers.isEmpty(), "export leftovers: " + leftovers);
        }
        System.out.printf("KillDuringPublishTest: %d kills %s (seed %d), %d after the new version was complete; durations %s ms%n",
                kills, byMode, seed, newer, durations);
    }

    /**
     * Opens the current generation as the server does (repairing a dirty index first) and
     * checks it: TDB2 and the text index agree, and each data graph holds exactly its version
     * in {@code old}, or, when {@code candidate} is given, in {@code candidate}.
     *
     * @return whether any graph holds its candidate version
     */
    private boolean checkStore(StoreLayout layout, FusekiConfigFile conf, int[] old, int[] candidate, String what) {
        int[] seen = versionsInStore(layout, conf, old, candidate, what);
        lastSeen = seen;
        boolean anyNew = false;
        for (int g = 0; g < seen.length; g++) if (candidate != null && seen[g] == candidate[g] && candidate[g] != old[g]) anyNew = true;
        if (candidate != null && candidate[CrashChild.GRAPHS - 1] != old[CrashChild.GRAPHS - 1]) {
            // A new generation: all graphs old or all new, never a mix.
            for (int g = 0; g < seen.length; g++)
                assertEquals(anyNew ? candidate[g] : old[g], seen[g], what + ": graph " + g + " is of another version than the rest");
        } else if (candidate != null) {
            // Graph replacement goes graph by graph, in order: new ones come first.
            boolean oldSeen = false;
            for (int g = 0; g < 3; g++) {
                if (seen[g] == old[g] && old[g] != candidate[g]) oldSeen = true;
                else if (oldSeen) fail(what + ": graph " + g + " replaced but an earlier one not");
            }
        }
        return anyNew;
    }

    private int[] versionsInStore(StoreLayout layout, FusekiConfigFile conf, int[] old, int[] candidate, String what) {
        Generation gen = layout.current().orElseThrow(() -> new AssertionError(what + ": no CURRENT"));
        assertTrue(gen.isComplete(), what + ": CURRENT names an incomplete generation");
        TextIndexBuilder.repairIfDirty(layout, conf, gen);
        assertFalse(gen.isIndexDirty(), what);
        DatasetGraph dsg = conf.openDataset(gen);
        try {
            TextIndexLucene index = (TextIndexLucene) GenerationDatasets.textDataset(dsg).getTextIndex();
            TextIndexBuilder.IndexCount c = TextIndexBuilder.count(GenerationDatasets.tdb2(dsg), index);
            assertTrue(c.agrees(), what + ": TDB2 and the text index disagree: " + c);
            return Txn.calculateRead(dsg, () -> {
                Set<Node> graphs = new HashSet<>();
                dsg.listGraphNodes().forEachRemaining(graphs::add);
                assertTrue(graphs.contains(ONTOLOGY_GRAPH), what + ": the ontology graph is missing");
                int[] seen = new int[CrashChild.GRAPHS];
                for (int g = 0; g < CrashChild.GRAPHS; g++) {
                    Node gn = NodeFactory.createURI(CrashChild.graph(g));
                    graphs.remove(gn);
                    Set<Quad> actual = new HashSet<>();
                    dsg.find(gn, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(actual::add);
                    if (actual.equals(new HashSet<>(CrashChild.graphContent(g, old[g])))) seen[g] = old[g];
                    else if (candidate != null && actual.equals(new HashSet<>(CrashChild.graphContent(g, candidate[g])))) seen[g] = candidate[g];
                    else fail(what + ": graph " + g + " of " + gen + " holds " + actual.size() + " quads that are neither version "
                            + old[g] + (candidate == null ? "" : " nor " + candidate[g]));
                }
                graphs.remove(ONTOLOGY_GRAPH);
                assertTrue(graphs.isEmpty(), what + ": unexpected graphs " + graphs);
                return seen;
            });
        } finally {
            GenerationDatasets.close(dsg);
        }
    }

    private static boolean hasBlank(Quad q) {
        return q.getSubject().isBlank() || q.getObject().isBlank();
    }

    /**
     * Restores dist/ as a server start does, then checks it is a complete export of the current
     * store: every file in SHA256SUMS present with its checksum, and the N-Quads dump equal to
     * the store. When {@code previous} is given, dist/ may also still be exactly that export.
     *
     * @return the SHA256SUMS text of dist/
     */
    private String checkDist(StoreLayout layout, String previous, String what) throws IOException {
        DumpExporter.recover(dist);
        assertTrue(Files.isDirectory(dist), what + ": dist/ is missing");
        Path sumsFile = dist.resolve("SHA256SUMS");
        assertTrue(Files.isRegularFile(sumsFile), what + ": dist/ has no SHA256SUMS, so it is not a complete export");
        String sums = Files.readString(sumsFile);
        int files = 0;
        for (String line : sums.split("\n")) {
            if (line.isBlank()) continue;
            String hash = line.substring(0, 64), name = line.substring(64).replaceFirst("^ [ *]", "");
            Path f = dist.resolve(name);
            assertTrue(Files.isRegularFile(f), what + ": dist/" + name + " is listed but missing");
            assertEquals(hash, Slugs.sha256Hex(Files.readAllBytes(f)), what + ": dist/" + name + " does not match its checksum");
            files++;
        }
        assertTrue(files >= 5, what + ": only " + files + " files in SHA256SUMS");
        if (previous != null && previous.equals(sums)) return sums;
        // A new export: its N-Quads are the store's quads.
        Set<Quad> dumped = new HashSet<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dist.resolve("ponte.nq.gz")))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    dumped.add(q);
                }
            });
        }
        Generation gen = layout.requireCurrent();
        DatasetGraph tdb = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(gen.tdb2().toString());
        try {
            Set<Quad> stored = Txn.calculateRead(tdb, () -> {
                Set<Quad> s = new HashSet<>();
                tdb.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!q.isDefaultGraph()) s.add(q);
                });
                return s;
            });
            assertEquals(stored.size(), dumped.size(), what + ": the N-Quads dump does not hold the store");
            // Blank nodes (OWL lists in the ontology) get new labels in a dump: compare the rest exactly.
            stored.removeIf(KillDuringPublishTest::hasBlank);
            dumped.removeIf(KillDuringPublishTest::hasBlank);
            Set<Quad> lost = new HashSet<>(stored), gained = new HashSet<>(dumped);
            lost.removeAll(dumped);
            gained.removeAll(stored);
            assertTrue(lost.isEmpty() && gained.isEmpty(), what + ": the dump differs from the store, e.g. "
                    + lost.stream().limit(3).toList() + " vs " + gained.stream().limit(3).toList());
        } finally {
            GenerationDatasets.close(tdb);
        }
        return sums;
    }
}

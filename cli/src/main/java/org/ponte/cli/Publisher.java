package org.ponte.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.ProblemLog;
import org.ponte.export.DumpExporter;
import org.ponte.export.ExportResult;
import org.ponte.loader.Generation;
import org.ponte.loader.GenerationDatasets;
import org.ponte.loader.StoreBuilder;
import org.ponte.mapper.CorpusMapper;
import org.ponte.mapper.DocumentMapper;
import org.ponte.mapper.MapReport;
import org.ponte.mapper.MappedDocument;
import org.ponte.mapper.resolve.AliasIndex;

/**
 * The publish pipeline. In full: names across documents (first pass), map → validate → load a
 * new store generation (second pass, streamed into TDB2's bulk loader) with the reference graph,
 * switch to it, export the dumps. Incrementally, when a Ponte server is already serving the
 * store: re-map only the documents whose content changed and replace their named graphs in the
 * running server.
 */
final class Publisher {
    private final PonteConfig cfg;
    private final ProblemLog problems;
    private final List<MapReport.Skipped> refused = new ArrayList<>();

    Publisher(PonteConfig cfg, ProblemLog problems) {
        this.cfg = cfg;
        this.problems = problems;
    }

    Path manifestFile() { return cfg.work().resolve("manifest.tsv"); }

    Path aliasesFile() { return cfg.work().resolve("aliases.tsv"); }

    Path reportFile() { return cfg.work().resolve("publish-report.tsv"); }

    /** What a full publish did. */
    record Result(MapReport map, StoreBuilder.BuildResult build, ExportResult export) {}

    /**
     * Builds a new store generation from every listed document and writes the manifest: each
     * document with the size and time its listing read (before the mapper read it), the hash of
     * what was mapped, and for a skipped one the rules' fingerprint and the reason.
     */
    Result full(Listing listing, boolean dumps) throws IOException {
        List<Path> files = listing.paths();
        // Before the mapper reads the rules: a rule edited during the build changes it.
        String rules = MapperRules.id(MapperRules.fingerprint(cfg));
        DocumentMapper mapper = DocumentMapper.create(cfg, problems);
        CorpusMapper corpus = new CorpusMapper(mapper, cfg.threads());
        AliasIndex aliases;
        try (Progress p = new Progress("names", files.size(), "docs")) {
            aliases = corpus.aliases(files, AliasIndex.load(aliasesFile()), f -> p.step(1));
        }
        Files.createDirectories(cfg.work());
        aliases.save(aliasesFile());
        Instant now = Instant.now();
        MapReport[] report = new MapReport[1];
        Manifest manifest = new Manifest();
        Map<String, CorpusMapper.DocumentFile> byName = new java.util.HashMap<>();
        for (CorpusMapper.DocumentFile f : listing.files()) byName.putIfAbsent(f.path().getFileName().toString(), f);
        StoreBuilder.BuildResult build;
        try (Progress p = new Progress("map and load", files.size(), "docs")) {
            build = StoreBuilder.create(cfg).problems(problems).feeder(stream -> {
                report[0] = corpus.map(files, stream, now, problems, d -> {
                    p.step(1);
                    CorpusMapper.DocumentFile f = byName.get(d.id());
                    if (f != null) manifest.put(entry(f, d, listing.listedAt(), rules));
                }, aliases);
                mapper.emitReferenceGraph(report[0].references(), now, stream);
            }).build();
        }
        manifest.write(manifestFile());
        List<MapReport.Skipped> skipped = new ArrayList<>(refused);
        skipped.addAll(report[0].skipped());
        Reports.writeSkipped(skipped, reportFile());
        ExportResult export = null;
        if (dumps) export = export(build.generation());
        return new Result(report[0], build, export);
    }

    /**
     * The manifest line of a mapped or skipped document. Size and time are the listing's,
     * read before the mapper read the file, so a change after them shows next time as a newer
     * time; the hash is of what the mapper read ("" when it read nothing: mapped again next time).
     */
    private Manifest.Entry entry(CorpusMapper.DocumentFile f, MappedDocument d, long listedAt, String rules) {
        String sha = d.extraction() != null ? d.extraction().document().sha256() : "";
        String graph = d.graphIri() != null ? d.graphIri() : cfg.iris().document(d.id());
        return new Manifest.Entry(d.id(), f.size(), f.modified(), sha, graph, listedAt, d.ok() ? "" : rules, d.failure());
    }

    /** Writes the dumps of a generation into dist/. */
    ExportResult export(Generation g) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(g.tdb2().toString());
        try {
            return DumpExporter.create(cfg).problems(problems).export(dsg);
        } finally {
            GenerationDatasets.close(dsg);
        }
    }

    // ---------------------------------------------------------------- incremental

    /** Where an incremental publish puts a document's new graph (an empty list removes the graph). */
    interface GraphTarget {
        void replace(String graph, List<Quad> quads) throws IOException;
    }

    /** The alias index an incremental publish maps with (the server keeps the one it read last). */
    interface AliasSource {
        AliasIndex get() throws IOException;
    }

    /** The alias index of the last full publish, {@code run/aliases.tsv}. */
    AliasIndex loadAliases() throws IOException {
        return AliasIndex.of(AliasIndex.load(aliasesFile()));
    }

    /** Where an incremental publish reads and writes the manifest (the server keeps it in memory). */
    interface ManifestStore {
        Manifest load() throws IOException;

        void save(Manifest m) throws IOException;

        /** Forgets what it holds (after a failed publish the file is the truth). */
        default void forget() {}
    }

    /** {@code run/manifest.tsv}, read and written each time. */
    ManifestStore manifestFileStore() {
        return new ManifestStore() {
            @Override
            public Manifest load() throws IOException {
                return Manifest.read(manifestFile());
            }

            @Override
            public void save(Manifest m) throws IOException {
                m.save(manifestFile());
            }
        };
    }

    /**
     * Re-maps the documents of {@code dir} that changed since the manifest was written and
     * replaces their graphs in the running server; documents that disappeared have their graphs
     * emptied.
     */
    Increment incremental(Path dir) throws IOException {
        return incremental(dir, fingerprint -> DocumentMapper.create(cfg, problems), this::loadAliases, this::replace, manifestFileStore());
    }

    /**
     * An incremental publish with a given mapper (asked only when a document is to be mapped,
     * with the rules' current fingerprint: the server keeps a warm one), a given target for the
     * replaced graphs (the server replaces them in process) and a given manifest store. Which
     * documents are mapped is {@link ChangeScan}'s rule. A changed document that is skipped
     * loses the graph it had, as a full publish would leave it out; it is remembered as skipped
     * and reported by every publish until it or the rules change.
     */
    Increment incremental(Path dir, java.util.function.Function<String, DocumentMapper> mappers, AliasSource aliasSource,
                          GraphTarget target, ManifestStore manifests) throws IOException {
        long t0 = System.nanoTime();
        Timings time = new Timings();
        Listing listing = documents(dir);
        time.lap("list");
        Manifest manifest = manifests.load();
        String fingerprint = MapperRules.fingerprint(cfg);
        String rules = MapperRules.id(fingerprint);
        ChangeScan.Result scan = ChangeScan.scan(listing.files(), manifest, listing.listedAt(), () -> rules);
        time.lap("scan");
        List<String> skipped = new ArrayList<>();
        java.util.Set<String> written = new java.util.HashSet<>();
        int replaced = 0;
        int removed = 0;
        try {
            if (!scan.toMap().isEmpty()) {
                DocumentMapper mapper = mappers.apply(fingerprint);
                time.lap("mapper");
                AliasIndex aliases = aliasSource.get();
                time.lap("aliases");
                Instant now = Instant.now();
                for (CorpusMapper.DocumentFile f : scan.toMap()) {
                    MappedDocument d = mapper.map(f.path(), now, problems, aliases);
                    if (d.ok()) written.add(d.graphIri());
                    time.lap("map");
                    Manifest.Entry before = manifest.get(d.id());
                    Manifest.Entry after = entry(f, d, listing.listedAt(), rules);
                    if (d.ok()) {
                        target.replace(d.graphIri(), d.quads());
                        replaced++;
                    } else {
                        skipped.add(d.id() + "\t" + d.failure());
                        if (before != null && before.published()) {
                            target.replace(before.graph(), List.of());
                            removed++;
                        }
                    }
                    time.lap("replace");
                    manifest.put(after);
                }
            }
            for (Manifest.Entry e : scan.removed()) {
                // A graph another document has just been written to is that document's now (a
                // file renamed to a name with the same slug, the old one refused or deleted).
                if (e.published() && !written.contains(e.graph())) {
                    target.replace(e.graph(), List.of());
                    removed++;
                }
                manifest.remove(e.file());
            }
            time.lap("replace");
            if (manifest.hasChanges()) manifests.save(manifest);
        } catch (IOException | RuntimeException e) {
            manifests.forget();
            throw e;
        }
        for (Manifest.Entry e : scan.stillSkipped()) skipped.add(e.file() + "\t" + e.skipped());
        List<MapReport.Skipped> all = new ArrayList<>(refused);
        for (String s : skipped) all.add(new MapReport.Skipped(s.substring(0, s.indexOf('\t')), s.substring(s.indexOf('\t') + 1)));
        Reports.writeSkipped(all, reportFile());
        time.lap("manifest");
        String counts = listing.files().size() + " files, " + scan.hashed() + " read to compare, " + scan.stillSkipped().size()
                + " skipped as before";
        return new Increment(scan.toMap().size(), replaced, removed, skipped, (System.nanoTime() - t0) / 1_000_000,
                time + "; " + counts);
    }

    /**
     * Time per step of an incremental publish, summed by name in first-seen order: wall-clock
     * and, where the JVM measures it, the publishing thread's CPU time ("scan 12 ms (cpu 8),
     * map 840 ms (cpu 610), ..."), so a user sees where a re-publish spends its time and a busy
     * machine's waiting shows as the difference.
     */
    static final class Timings {
        private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
        private final Map<String, long[]> nanos = new java.util.LinkedHashMap<>();
        private long last = System.nanoTime();
        private long lastCpu = cpu();

        private static long cpu() {
            return CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : -1;
        }

        void lap(String step) {
            long now = System.nanoTime();
            long nowCpu = cpu();
            long[] t = nanos.computeIfAbsent(step, k -> new long[2]);
            t[0] += now - last;
            t[1] += nowCpu < 0 ? 0 : nowCpu - lastCpu;
            last = now;
            lastCpu = nowCpu;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, long[]> e : nanos.entrySet()) {
                if (b.length() > 0) b.append(", ");
                b.append(e.getKey()).append(' ').append(e.getValue()[0] / 1_000_000).append(" ms");
                if (lastCpu >= 0) b.append(" (cpu ").append(e.getValue()[1] / 1_000_000).append(')');
            }
            return b.toString();
        }
    }

    /**
     * Asks the Ponte server running on the port to switch to the generation {@code CURRENT}
     * names (after a {@code --full} build while it serves) and returns the generation it serves
     * then.
     */
    String reloadRunningServer() throws IOException {
        try {
            HttpResponse<String> r = http().send(HttpRequest.newBuilder(localUri("ponte/reload")).timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Basic " + adminAuth()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2)
                throw new PonteException("the running server refused to reload: HTTP " + r.statusCode() + " " + r.body().strip());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"generation\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
            return m.find() ? m.group(1) : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PonteException("interrupted", e);
        }
    }

    private String adminAuth() {
        String password = AdminCredentials.password(cfg);
        if (password == null) throw new PonteException("a server is running but no admin credentials are configured to update it");
        return Base64.getEncoder().encodeToString((AdminCredentials.USER + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private void replace(String graph, List<Quad> quads) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        w.start();
        for (Quad q : quads) w.quad(q);
        w.finish();
        String password = AdminCredentials.password(cfg);
        if (password == null) throw new PonteException("a server is running but no admin credentials are configured to update it");
        URI uri = localUri("ponte/replace?graph=" + java.net.URLEncoder.encode(graph, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = http().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                    .header("Authorization", RunningServer.basic(password)).header("Content-Type", "application/n-quads")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2)
                throw new PonteException("the running server refused to replace " + graph + ": HTTP " + r.statusCode() + " " + r.body().strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PonteException("interrupted", e);
        }
    }

    private URI localUri(String path) {
        return URI.create("http://127.0.0.1:" + cfg.port() + "/" + path);
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    /**
     * The documents of a directory, each with the size and time its listing read, and when the
     * listing started.
     */
    record Listing(List<CorpusMapper.DocumentFile> files, long listedAt) {
        List<Path> paths() {
            return files.stream().map(CorpusMapper.DocumentFile::path).toList();
        }
    }

    /**
     * Documents by file name. Two files whose names give one graph IRI (the same name in two
     * folders, or names that differ only in what their slug drops: "a b.txt" and "a-b.txt",
     * "مؤسسة.txt" and "移民.txt") would write into one graph, so the later one is refused: it is
     * reported, listed in {@link #refused()} and left out.
     */
    Listing documents(Path dir) {
        long listedAt = System.currentTimeMillis();
        List<CorpusMapper.DocumentFile> out = new ArrayList<>();
        Map<String, Path> seen = new java.util.HashMap<>();
        for (CorpusMapper.DocumentFile d : CorpusMapper.listDocuments(dir)) {
            Path f = d.path();
            String name = f.getFileName().toString();
            Path prev = seen.putIfAbsent(cfg.iris().document(name), f);
            if (prev != null) {
                String why = prev.getFileName().toString().equals(name)
                        ? "another document has the same file name (" + dir.relativize(prev) + ")"
                        : "its graph <" + cfg.iris().document(name) + "> is already the graph of " + dir.relativize(prev) + "; rename one of them";
                problems.error(f.toString(), -1, "skipped: " + why);
                refused.add(new MapReport.Skipped(dir.relativize(f).toString(), why));
                continue;
            }
            out.add(d);
        }
        return new Listing(out, listedAt);
    }

    /** Documents {@link #documents} left out, with the reason. */
    List<MapReport.Skipped> refused() { return refused; }
}

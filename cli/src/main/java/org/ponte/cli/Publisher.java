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
import org.ponte.core.Slugs;
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

    Result full(List<Path> files, boolean dumps) throws IOException {
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
        Map<String, Path> byName = new java.util.HashMap<>();
        for (Path f : files) byName.putIfAbsent(f.getFileName().toString(), f);
        StoreBuilder.BuildResult build;
        try (Progress p = new Progress("map and load", files.size(), "docs")) {
            build = StoreBuilder.create(cfg).problems(problems).feeder(stream -> {
                report[0] = corpus.map(files, stream, now, problems, d -> {
                    p.step(1);
                    if (d.ok()) manifest.put(entry(byName.get(d.id()), d));
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

    /** The manifest line of a mapped document; {@code file} may be null (then it is re-checked next time). */
    private static Manifest.Entry entry(Path file, MappedDocument d) {
        long size = -1, mtime = -1;
        try {
            if (file != null) {
                size = Files.size(file);
                mtime = Files.getLastModifiedTime(file).toMillis();
            }
        } catch (IOException ignored) {
            // the next publish re-checks this document
        }
        return new Manifest.Entry(d.id(), size, mtime, d.extraction().document().sha256(), d.graphIri());
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

    /**
     * Whether a Ponte server answers on the configured port (loopback). Nothing listening is
     * known at once (connection refused); a server that accepts the connection is given
     * {@link #PING_WAIT} to answer, since a busy machine can take seconds, and one that never
     * answers is an error rather than a reason to rebuild the whole store beside it.
     */
    boolean serverRunning() {
        // java.net's URL connection, not java.net.http's client: on a busy machine the client's
        // start-up (selector thread, executor) alone took 2-3 s of wall time, the connection 0.2 s.
        java.net.HttpURLConnection c;
        try {
            c = open("$/ping");
            c.setConnectTimeout(800);
            c.setReadTimeout((int) PING_WAIT.toMillis());
            c.connect();
        } catch (IOException e) {
            return false; // refused, or nothing answered the connection in time
        }
        try {
            int code = c.getResponseCode();
            drain(c);
            return code == 200;
        } catch (java.net.SocketTimeoutException e) {
            throw new PonteException("something listens on port " + cfg.port() + " but did not answer /$/ping within "
                    + PING_WAIT.toSeconds() + " s; stop it, or use --port or --full");
        } catch (IOException e) {
            return false;
        } finally {
            c.disconnect();
        }
    }

    private java.net.HttpURLConnection open(String path) throws IOException {
        return (java.net.HttpURLConnection) localUri(path).toURL().openConnection();
    }

    private static String drain(java.net.HttpURLConnection c) throws IOException {
        java.io.InputStream in = c.getResponseCode() >= 400 ? c.getErrorStream() : c.getInputStream();
        if (in == null) return "";
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** How long a listening server has to answer the ping. */
    static final Duration PING_WAIT = Duration.ofSeconds(15);

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

    /** What an incremental publish did. */
    record Increment(int changed, int replaced, int removed, List<String> skipped, long millis, String timings) {}

    /**
     * Re-maps the documents that changed since the manifest was written and replaces their
     * graphs in the running server; documents that disappeared have their graphs emptied.
     */
    Increment incremental(List<Path> files) throws IOException {
        return incremental(files, () -> DocumentMapper.create(cfg, problems), this::loadAliases, this::replace);
    }

    /**
     * An incremental publish with a given mapper (made only when a document changed; the server
     * keeps a warm one) and a given target for the replaced graphs (the server replaces them in
     * process).
     */
    Increment incremental(List<Path> files, java.util.function.Supplier<DocumentMapper> mappers, AliasSource aliasSource,
                          GraphTarget target) throws IOException {
        long t0 = System.nanoTime();
        Timings time = new Timings();
        Manifest manifest = Manifest.read(manifestFile());
        List<Path> changed = new ArrayList<>();
        java.util.Set<String> present = new java.util.HashSet<>();
        for (Path f : files) {
            String id = f.getFileName().toString();
            present.add(id);
            Manifest.Entry e = manifest.get(id);
            long size = Files.size(f), mtime = Files.getLastModifiedTime(f).toMillis();
            if (e != null && e.size() == size && e.mtime() == mtime) continue;
            if (e != null && e.size() == size && e.sha256().equals(Slugs.sha256Hex(Files.readAllBytes(f)))) {
                manifest.put(new Manifest.Entry(id, size, mtime, e.sha256(), e.graph()));
                continue;
            }
            changed.add(f);
        }
        List<Manifest.Entry> removed = new ArrayList<>();
        for (Manifest.Entry e : manifest.entries().values()) if (!present.contains(e.file())) removed.add(e);
        time.lap("scan");
        List<String> skipped = new ArrayList<>();
        int replaced = 0;
        if (!changed.isEmpty()) {
            DocumentMapper mapper = mappers.get();
            time.lap("mapper");
            AliasIndex aliases = aliasSource.get();
            time.lap("aliases");
            Instant now = Instant.now();
            for (Path f : changed) {
                MappedDocument d = mapper.map(f, now, problems, aliases);
                time.lap("map");
                if (!d.ok()) {
                    skipped.add(d.id() + "\t" + d.failure());
                    continue;
                }
                target.replace(d.graphIri(), d.quads());
                time.lap("replace");
                manifest.put(new Manifest.Entry(d.id(), Files.size(f), Files.getLastModifiedTime(f).toMillis(),
                        d.extraction().document().sha256(), d.graphIri()));
                replaced++;
            }
        }
        for (Manifest.Entry e : removed) {
            target.replace(e.graph(), List.of());
            manifest.remove(e.file());
        }
        time.lap("replace");
        manifest.write(manifestFile());
        List<MapReport.Skipped> all = new ArrayList<>(refused);
        for (String s : skipped) all.add(new MapReport.Skipped(s.substring(0, s.indexOf('\t')), s.substring(s.indexOf('\t') + 1)));
        Reports.writeSkipped(all, reportFile());
        time.lap("manifest");
        return new Increment(changed.size(), replaced, removed.size(), skipped, (System.nanoTime() - t0) / 1_000_000, time.toString());
    }

    /**
     * Wall-clock time per step of an incremental publish, summed by name in first-seen order
     * ("scan 12 ms, mapper 840 ms, ..."), so a user sees where a re-publish spends its time.
     */
    static final class Timings {
        private final Map<String, Long> nanos = new java.util.LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String step) {
            long now = System.nanoTime();
            nanos.merge(step, now - last, Long::sum);
            last = now;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, Long> e : nanos.entrySet()) {
                if (b.length() > 0) b.append(", ");
                b.append(e.getKey()).append(' ').append(e.getValue() / 1_000_000).append(" ms");
            }
            return b.toString();
        }
    }

    /**
     * Asks the running server to do the incremental publish itself ({@link RepublishServlet}):
     * it has a warm JVM and a mapper ready, so this process only has to send one request.
     *
     * @param input the documents directory
     * @return what it did, or null when the server cannot (a server without that route, or one
     *         serving another work directory): then {@link #incremental(List)} runs here
     */
    Increment remoteIncremental(Path input) throws IOException {
        String password = AdminCredentials.password(cfg);
        if (password == null) return null;
        String q = "input=" + java.net.URLEncoder.encode(input.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8)
                + "&work=" + java.net.URLEncoder.encode(cfg.work().toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8);
        java.net.HttpURLConnection c = open(RepublishServlet.PATH.substring(1) + "?" + q);
        int code;
        String body;
        try {
            c.setConnectTimeout(5_000);
            c.setReadTimeout((int) Duration.ofMinutes(30).toMillis());
            c.setRequestMethod("POST");
            c.setRequestProperty("Authorization", basic(password));
            c.setDoOutput(true);
            c.getOutputStream().close();
            code = c.getResponseCode();
            body = drain(c);
        } finally {
            c.disconnect();
        }
        if (code == 404 || code == 409) return null;
        if (code != 200) throw new PonteException("the running server could not publish: HTTP " + code + " " + body.strip());
        return RepublishServlet.parse(body, refused);
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString((AdminCredentials.USER + ":" + password).getBytes(StandardCharsets.UTF_8));
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
                    .header("Authorization", basic(password)).header("Content-Type", "application/n-quads")
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
     * Documents by file name. Two files whose names give one graph IRI (the same name in two
     * folders, or names that differ only in what their slug drops: "a b.txt" and "a-b.txt",
     * "مؤسسة.txt" and "移民.txt") would write into one graph, so the later one is refused: it is
     * reported, listed in {@link #refused()} and left out.
     */
    List<Path> documents(Path dir) {
        List<Path> out = new ArrayList<>();
        Map<String, Path> seen = new java.util.HashMap<>();
        for (Path f : CorpusMapper.documents(dir)) {
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
            out.add(f);
        }
        return out;
    }

    /** Documents {@link #documents} left out, with the reason. */
    List<MapReport.Skipped> refused() { return refused; }
}

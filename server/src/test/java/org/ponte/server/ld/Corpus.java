package org.ponte.server.ld;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.ponte.core.PonteConfig;
import org.ponte.core.ProblemLog;
import org.ponte.core.Setting;
import org.ponte.export.DumpExporter;
import org.ponte.loader.GenerationDatasets;
import org.ponte.loader.StoreBuilder;
import org.ponte.mapper.CorpusMapper;
import org.ponte.mapper.DocumentMapper;
import org.ponte.mapper.MapReport;
import org.ponte.mapper.resolve.AliasIndex;
import org.ponte.server.PonteServer;

/**
 * The corpus of {@code data/documents} published with the real pipeline (names, map, validate,
 * load, export) into a temporary work directory, and one Ponte server with the linked-data
 * layer on it (loopback, port 0). Built once per test JVM and shared by the test classes;
 * removed at exit.
 */
final class Corpus {
    static final String BASE = "https://w3id.org/ponte/id/";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Corpus shared;

    final Path dir;
    final PonteConfig cfg;
    final PonteServer server;
    final MapReport report;

    private Corpus(Path dir, PonteConfig cfg, PonteServer server, MapReport report) {
        this.dir = dir;
        this.cfg = cfg;
        this.server = server;
        this.report = report;
    }

    /** The shared corpus server, built on first use. */
    static synchronized Corpus get() throws IOException {
        if (shared == null) {
            Path dir = Files.createTempDirectory("ponte-ld-");
            PonteConfig cfg = config(dir, Map.of());
            MapReport report = publish(cfg, null);
            PonteServer server = start(cfg);
            shared = new Corpus(dir, cfg, server, report);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                delete(dir);
            }));
        }
        return shared;
    }

    static Path home() {
        String h = System.getProperty("ponte.home");
        return h != null ? Path.of(h) : Path.of("..").toAbsolutePath().normalize();
    }

    /** Loopback, port 0, work and dist under {@code dir}, plus any settings. */
    static PonteConfig config(Path dir, Map<Setting, String> extra) {
        PonteConfig.Builder b = PonteConfig.builder()
                .set(Setting.HOME, home().toString())
                .set(Setting.WORK, dir.resolve("work").toString())
                .set(Setting.DIST, dir.resolve("dist").toString())
                .set(Setting.HOST, "127.0.0.1")
                .set(Setting.PORT, "0")
                .set(Setting.THREADS, "2");
        extra.forEach(b::set);
        return b.build();
    }

    /**
     * Publishes documents the way {@code ponte publish} does (aliases first, then map into the
     * TDB2 bulk loader with the reference graph), then exports the dumps.
     *
     * @param only the documents to publish, or null for all of {@code cfg.documents()}
     */
    static MapReport publish(PonteConfig cfg, List<Path> only) throws IOException {
        ProblemLog problems = new ProblemLog(100, false);
        DocumentMapper mapper = DocumentMapper.create(cfg, problems);
        CorpusMapper corpus = new CorpusMapper(mapper, cfg.threads());
        List<Path> files = only != null ? only : CorpusMapper.documents(cfg.documents());
        AliasIndex aliases = corpus.aliases(files, Map.of(), f -> {});
        Instant now = Instant.now();
        MapReport[] report = new MapReport[1];
        StoreBuilder.BuildResult build = StoreBuilder.create(cfg).problems(problems).feeder(stream -> {
            report[0] = corpus.map(files, stream, now, problems, d -> {}, aliases);
            mapper.emitReferenceGraph(report[0].references(), now, stream);
        }).build();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(build.generation().tdb2().toString());
        try {
            DumpExporter.create(cfg).problems(problems).export(dsg);
        } finally {
            GenerationDatasets.close(dsg);
        }
        return report[0];
    }

    /** A server with the linked-data layer, started. */
    static PonteServer start(PonteConfig cfg) {
        PonteServer.Builder b = PonteServer.create(cfg).problems(new ProblemLog(100, false));
        LinkedData.install(b, cfg, new ProblemLog(100, false));
        return b.build().start();
    }

    /** {@code http://127.0.0.1:{port}{path}} of the shared server. */
    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** The server's public root (localhost, with the real port), ending with '/'. */
    String publicUrl() {
        return server.publicUrl();
    }

    static HttpResponse<byte[]> get(String url, String... headers) throws IOException, InterruptedException {
        return send("GET", url, headers);
    }

    static HttpResponse<String> getString(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> send(String method, String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static void delete(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}

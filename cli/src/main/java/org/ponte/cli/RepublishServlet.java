package org.ponte.cli;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.ProblemLog;
import org.ponte.core.Problems;
import org.ponte.mapper.DocumentMapper;
import org.ponte.mapper.MapReport;
import org.ponte.server.PonteServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /$/republish?input=DIR&work=DIR}: the incremental publish, done by the running
 * server for {@code ./ponte publish}. A re-publish of one changed document then costs the
 * client's JVM start and one request, not a cold JVM that loads Jena, builds the mapper
 * (lexicon, reference data, SHACL shapes) and maps with unoptimised code: the server keeps one
 * mapper, built and exercised on one document in the background when it starts, and rebuilt
 * when the patterns, reference data or ontology files change ({@link MapperRules}); likewise the
 * alias index, read again when {@code run/aliases.tsv} changes, and the manifest
 * ({@link ManifestCache}), read again when another process rewrote it. Which documents are mapped
 * is {@link ChangeScan}'s rule. Graphs are replaced in process
 * ({@link PonteServer#replaceGraph}), the same transaction {@code PUT /ponte/replace} runs.
 *
 * <p>Admin only (HTTP Basic, the admin password), like the other write routes; installed only
 * when credentials are configured. Answers 409 when {@code work} is not this server's work
 * directory (its manifest and alias index are another store's), so the client publishes by
 * itself. The answer is text: a line {@code increment<TAB>changed<TAB>replaced<TAB>removed<TAB>ms<TAB>timings}
 * and one {@code refused} or {@code skipped} line per document left out. One publish at a time.
 */
final class RepublishServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(RepublishServlet.class);
    /** Where the route is. */
    static final String PATH = "/$/republish";

    private final transient PonteConfig cfg;
    private final transient ProblemLog problems;
    private final transient Supplier<PonteServer> server;
    private final byte[] expectedAuth;
    private transient DocumentMapper mapper;
    private String mapperKey;
    private transient org.ponte.mapper.resolve.AliasIndex aliases;
    private String aliasesKey;

    /** The manifest, kept between publishes (a 10,000-line file costs tens of milliseconds to read and parse). */
    private final ManifestCache manifests = new ManifestCache();

    /** The dumps follow the store: re-exported in the background after each re-publish that changed it. */
    private final transient DumpRefresher dumps;

    RepublishServlet(PonteConfig cfg, ProblemLog problems, String password, Supplier<PonteServer> server) {
        this.cfg = cfg;
        this.problems = problems;
        this.server = server;
        this.dumps = new DumpRefresher(cfg, problems, server);
        this.expectedAuth = ("Basic " + Base64.getEncoder().encodeToString((AdminCredentials.USER + ":" + password)
                .getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Builds the mapper and maps one document of the configured corpus, so that the first
     * re-publish finds warm code. Meant for a low-priority background thread; failures are logged.
     */
    void warmUp() {
        try {
            long t0 = System.nanoTime();
            DocumentMapper m = mapper(MapperRules.fingerprint(cfg));
            Publisher publisher = new Publisher(cfg, problems);
            aliases(publisher);
            manifests.load(publisher.manifestFile());
            Path dir = cfg.documents();
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    Path first = s.filter(Files::isRegularFile).findFirst().orElse(null);
                    if (first != null) m.map(first, Instant.now(), Problems.ignore());
                }
            }
            LOG.info("ready to re-publish ({} ms)", (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.warn("warming up the mapper failed: {}", e.toString());
        }
    }

    /** The mapper, rebuilt when one of the files it reads changed since it was built ({@link MapperRules}). */
    private synchronized DocumentMapper mapper(String fingerprint) {
        if (mapper == null || !fingerprint.equals(mapperKey)) {
            mapper = DocumentMapper.create(cfg, problems);
            mapperKey = fingerprint;
        }
        return mapper;
    }

    /** The alias index, read again only when {@code run/aliases.tsv} changed (a full publish writes it). */
    private synchronized org.ponte.mapper.resolve.AliasIndex aliases(Publisher publisher) throws IOException {
        Path f = publisher.aliasesFile();
        String key = Files.isRegularFile(f) ? Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis() : "none";
        if (aliases == null || !key.equals(aliasesKey)) {
            aliases = publisher.loadAliases();
            aliasesKey = key;
        }
        return aliases;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String auth = req.getHeader("Authorization");
        if (auth == null || !MessageDigest.isEqual(auth.getBytes(StandardCharsets.UTF_8), expectedAuth)) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"Ponte admin\"");
            resp.sendError(401);
            return;
        }
        String input = req.getParameter("input");
        String work = req.getParameter("work");
        if (input == null || work == null) {
            resp.sendError(400, "input and work are required");
            return;
        }
        if (!Path.of(work).toAbsolutePath().normalize().equals(cfg.work().toAbsolutePath().normalize())) {
            resp.sendError(409, "this server publishes the store in " + cfg.work());
            return;
        }
        Path dir = Path.of(input);
        if (!Files.isDirectory(dir)) {
            resp.sendError(400, "not a directory: " + input);
            return;
        }
        String body;
        try {
            body = publish(dir);
        } catch (PonteException e) {
            resp.sendError(500, e.getMessage());
            return;
        }
        resp.setStatus(200);
        resp.setContentType("text/tab-separated-values; charset=utf-8");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized String publish(Path dir) throws IOException {
        Publisher publisher = new Publisher(cfg, problems);
        Increment inc = publisher.incremental(dir, this::mapper, () -> aliases(publisher),
                (graph, quads) -> server.get().replaceGraph(graph, quads), manifests.store(publisher.manifestFile()));
        LOG.info("re-published {}: {} changed, {} replaced, {} removed in {} ms ({})", dir, inc.changed(), inc.replaced(), inc.removed(),
                inc.millis(), inc.timings());
        if (inc.replaced() > 0 || inc.removed() > 0) dumps.refresh();
        StringBuilder b = new StringBuilder();
        b.append("increment\t").append(inc.changed()).append('\t').append(inc.replaced()).append('\t').append(inc.removed())
                .append('\t').append(inc.millis()).append('\t').append(clean(inc.timings())).append('\n');
        for (MapReport.Skipped s : publisher.refused())
            b.append("refused\t").append(clean(s.document())).append('\t').append(clean(s.reason())).append('\n');
        for (String s : inc.skipped()) {
            int tab = s.indexOf('\t');
            b.append("skipped\t").append(clean(s.substring(0, tab))).append('\t').append(clean(s.substring(tab + 1))).append('\n');
        }
        return b.toString();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}

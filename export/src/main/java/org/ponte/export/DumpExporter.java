package org.ponte.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.Problems;
import org.ponte.core.Vocab;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes Ponte's downloadable dumps and their description into the dist directory:
 * <ul>
 * <li>{@code ponte.nq.gz}: N-Quads of every named graph (per-document, reference, ontology);</li>
 * <li>{@code ponte.nt.gz}: N-Triples of the union, each distinct triple once;</li>
 * <li>{@code ponte.ttl}: Turtle of the union with Ponte's prefixes: grouped and nested
 *     ({@link RDFFormat#TURTLE_PRETTY}) up to {@link #prettyLimit} triples, streamed in blocks
 *     ({@link RDFFormat#TURTLE_BLOCKS}, one block per subject) above it;</li>
 * <li>{@code ponte.jsonld} and {@code context.jsonld}: JSON-LD 1.1 of the union against Ponte's
 *     published context (see {@link JsonLdDumpWriter}), pretty or streamed by the same limit;</li>
 * <li>{@code void.ttl}: the {@link DatasetDescription} with one distribution per dump;</li>
 * <li>{@code sitemap.xml} (and parts): the {@link SitemapWriter} sitemap, unless turned off;</li>
 * <li>{@code SHA256SUMS}: {@code sha256sum -c} lines for every other file.</li>
 * </ul>
 *
 * <p>Everything is read in one read transaction, so the files agree with each other even while
 * the store is updated. Memory stays bounded for TDB2 stores above the pretty limit: every file
 * streams from an index scan. Files are written into a fresh sibling directory which replaces
 * the dist directory only when all of them are complete: a failed export leaves the previous
 * dumps in place and removes its own partial output.
 *
 * <pre>{@code
 * ExportResult r = DumpExporter.create(config).problems(log).export(dsg);
 * }</pre>
 */
public final class DumpExporter {
    private static final Logger LOG = LoggerFactory.getLogger(DumpExporter.class);

    /** Default of {@link #prettyLimit}: 200,000 triples, a few hundred MB of heap at most. */
    public static final long DEFAULT_PRETTY_LIMIT = 200_000;
    /** Name of the published context file. */
    public static final String CONTEXT_FILE = "context.jsonld";
    /** Name of the description file. */
    public static final String VOID_FILE = "void.ttl";

    /** Where the JSON-LD dump gets its context from. */
    public enum ContextMode {
        /**
         * The dump carries the context object itself (the same object as {@code context.jsonld}):
         * the file parses anywhere, offline, years later, and with processors that refuse remote
         * contexts (RDF4J's default secure mode does).
         */
        EMBED,
        /** The dump names {@code {publicUrl}context.jsonld}; a processor must be able to fetch or map it. */
        REFERENCE
    }

    private final PonteConfig config;
    private Problems problems = Problems.ignore();
    private long prettyLimit = DEFAULT_PRETTY_LIMIT;
    private ContextMode contextMode = ContextMode.EMBED;
    private boolean sitemaps = true;
    private Consumer<String> afterFile = name -> {};

    private DumpExporter(PonteConfig config) {
        this.config = config;
    }

    /** An exporter for this configuration (dist directory, public URL, base IRI, licence). */
    public static DumpExporter create(PonteConfig config) {
        if (config == null) throw new IllegalArgumentException("config is required");
        return new DumpExporter(config);
    }

    /** Where warnings go (a default graph with triples, unreadable provenance times); default: dropped. */
    public DumpExporter problems(Problems p) {
        this.problems = p == null ? Problems.ignore() : p;
        return this;
    }

    /**
     * Largest union, in triples, written in the pretty forms, which hold the union in memory;
     * above it Turtle and JSON-LD are streamed. Default {@value #DEFAULT_PRETTY_LIMIT}; 0
     * always streams.
     */
    public DumpExporter prettyLimit(long triples) {
        if (triples < 0) throw new IllegalArgumentException("negative limit");
        this.prettyLimit = triples;
        return this;
    }

    /** How the JSON-LD dump refers to its context; default {@link ContextMode#EMBED}. */
    public DumpExporter contextMode(ContextMode mode) {
        if (mode == null) throw new IllegalArgumentException("mode is required");
        this.contextMode = mode;
        return this;
    }

    /** Whether to write {@code sitemap.xml} into the dist directory too; default true. */
    public DumpExporter sitemaps(boolean on) {
        this.sitemaps = on;
        return this;
    }

    /** Test hook: called with each file name once it is complete; throwing aborts the export. */
    DumpExporter afterFile(Consumer<String> hook) {
        this.afterFile = hook;
        return this;
    }

    /** Exports into the configured dist directory. */
    public ExportResult export(DatasetGraph dsg) {
        return export(dsg, config.dist());
    }

    /**
     * Exports the store into {@code distDir}, replacing its previous content only on success.
     *
     * @throws PonteException when the export fails; the previous directory is then untouched
     */
    public ExportResult export(DatasetGraph dsg, Path distDir) {
        Path dist = distDir.toAbsolutePath().normalize();
        long t0 = System.nanoTime();
        Path tmp;
        try {
            Files.createDirectories(dist.getParent());
            removeLeftovers(dist);
            tmp = Files.createTempDirectory(dist.getParent(), "." + dist.getFileName() + ".new-");
        } catch (IOException e) {
            problems.error(dist.toString(), -1, "cannot prepare the export: " + e.getMessage());
            throw new PonteException("cannot prepare the export next to " + dist + ": " + e.getMessage(), e);
        }
        try {
            ExportResult partial = Txn.calculateRead(dsg, () -> {
                try {
                    return writeAll(dsg, tmp);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Files.writeString(tmp.resolve(DumpManifest.CHECKSUMS), partial.manifest().checksums(), StandardCharsets.UTF_8);
            afterFile.accept(DumpManifest.CHECKSUMS);
            replaceDirectory(tmp, dist);
            LOG.info("Exported {} files to {} in {} s", partial.manifest().files().size() + 1, dist,
                    (System.nanoTime() - t0) / 1_000_000_000);
            return new ExportResult(dist, partial.manifest(), partial.summary(), partial.quads());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            problems.error(dist.toString(), -1, "export failed, previous dumps kept: " + cause);
            if (cause instanceof PonteException pe) throw pe;
            throw new PonteException("export to " + dist + " failed, previous dumps kept: " + cause.getMessage(), cause);
        }
    }

    private ExportResult writeAll(DatasetGraph dsg, Path dir) throws IOException {
        StoreScan scan = StoreScan.of(dsg);
        if (!scan.bounded()) LOG.info("The store is not TDB2: sorting the union in memory");
        if (scan.defaultGraphHasTriples())
            problems.warning("default graph", -1, "the store's default graph holds triples outside every named graph;"
                    + " they are not exported (Ponte keeps all data in named graphs)");
        List<DumpFile> files = new ArrayList<>();
        long[] quads = {0};

        files.add(writeFile(dir, DumpFormat.NQUADS, out -> {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            w.start();
            scan.namedQuads().forEachRemaining(q -> {
                w.quad(q);
                quads[0]++;
            });
            w.finish();
            return quads[0] + " quads";
        }));

        StatisticsCollector stats = new StatisticsCollector();
        files.add(writeFile(dir, DumpFormat.NTRIPLES, out -> {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
            w.start();
            scan.unionTriples().forEachRemaining(t -> {
                w.triple(t);
                stats.accept(t);
            });
            w.finish();
            return stats.triples() + " triples";
        }));

        boolean pretty = stats.triples() <= prettyLimit;
        Graph union = pretty ? copy(scan.unionTriples()) : null;
        files.add(writeFile(dir, DumpFormat.TURTLE, out -> {
            if (pretty) {
                RDFWriter.source(union).format(RDFFormat.TURTLE_PRETTY).output(out);
                return "pretty";
            }
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
            w.start();
            new TreeMap<>(Vocab.prefixes().getNsPrefixMap()).forEach(w::prefix);
            scan.unionTriples().forEachRemaining(w::triple);
            w.finish();
            return "streamed in blocks";
        }));

        String contextIri = contextMode == ContextMode.REFERENCE ? config.publicUrl() + CONTEXT_FILE : null;
        JsonLdContext context = JsonLdContext.ponte();
        files.add(writeFile(dir, DumpFormat.JSONLD, out -> {
            if (pretty) JsonLdDumpWriter.writePretty(union, context, contextIri, out);
            else JsonLdDumpWriter.writeStreaming(scan.unionTriples(), context, contextIri, out);
            return pretty ? "pretty" : "streamed";
        }));
        files.add(writeFile(dir, CONTEXT_FILE, null, false, out -> {
            out.write(context.bytes());
            return "context";
        }));

        StoreStatistics statistics = stats.finish(scan.distinctObjects());
        DatasetDescription description = DatasetDescription.create(config).problems(problems);
        StoreSummary summary = description.summarize(dsg, statistics);
        DumpManifest dumps = new DumpManifest(Instant.now(), files);
        Graph voidGraph = description.describe(summary, dumps);
        files.add(writeFile(dir, VOID_FILE, null, false, out -> {
            RDFWriter.source(voidGraph).format(RDFFormat.TURTLE_PRETTY).output(out);
            return voidGraph.size() + " triples";
        }));

        if (sitemaps) {
            List<Path> written = SitemapWriter.create(config).problems(problems).dumps(dumps)
                    .samples(summary.examples()).write(dsg, dir);
            for (Path p : written) {
                files.add(new DumpFile(p.getFileName().toString(), null, Files.size(p), DumpManifest.sha256(p)));
                afterFile.accept(p.getFileName().toString());
            }
        }
        return new ExportResult(dir, new DumpManifest(dumps.created(), files), summary, quads[0]);
    }

    private static Graph copy(Iterator<Triple> triples) {
        Graph g = GraphFactory.createDefaultGraph();
        Vocab.prefixes().getNsPrefixMap().forEach(g.getPrefixMapping()::setNsPrefix);
        triples.forEachRemaining(g::add);
        return g;
    }

    /** Writes one file's body. */
    @FunctionalInterface
    private interface Body {
        /** Writes to the stream (not closing it) and says what was written, for the log. */
        String write(OutputStream out) throws IOException;
    }

    private DumpFile writeFile(Path dir, DumpFormat format, Body body) throws IOException {
        return writeFile(dir, format.fileName(), format, format.gzip(), body);
    }

    private DumpFile writeFile(Path dir, String name, DumpFormat format, boolean gzip, Body body) throws IOException {
        long t0 = System.nanoTime();
        HashingOutputStream hashing = new HashingOutputStream(Files.newOutputStream(dir.resolve(name)));
        String what;
        try (OutputStream out = gzip ? new GZIPOutputStream(hashing, 1 << 16) : new BufferedOutputStream(hashing, 1 << 16)) {
            what = body.write(out);
        }
        DumpFile f = new DumpFile(name, format, hashing.count(), hashing.sha256Hex());
        LOG.info("Wrote {} ({}, {} bytes) in {} ms", name, what, f.byteSize(), (System.nanoTime() - t0) / 1_000_000);
        afterFile.accept(name);
        return f;
    }

    /**
     * Puts {@code tmp} in place of {@code dist}: the old directory is renamed aside, the new one
     * renamed in, the old one deleted. Both renames are atomic on one file system; if the second
     * fails the old directory is renamed back.
     */
    private static void replaceDirectory(Path tmp, Path dist) throws IOException {
        if (!Files.exists(dist, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            move(tmp, dist);
            return;
        }
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC).format(Instant.now());
        Path old = dist.resolveSibling("." + dist.getFileName() + ".old-" + stamp);
        move(dist, old);
        try {
            move(tmp, dist);
        } catch (IOException e) {
            move(old, dist);
            throw e;
        }
        deleteQuietly(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Puts the last complete dumps back when an export was killed between its two renames,
     * which leaves no {@code distDir} but the previous one renamed aside. Call it before serving
     * {@code distDir}; it never deletes anything, so it is safe while another process exports
     * (that export then fails and leaves the restored dumps in place).
     *
     * @return true when the dumps were restored
     */
    public static boolean recover(Path distDir) {
        Path dist = distDir.toAbsolutePath().normalize();
        if (Files.exists(dist, java.nio.file.LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(dist.getParent())) return false;
        String prefix = "." + dist.getFileName() + ".old-";
        List<Path> old = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dist.getParent(), p -> p.getFileName().toString().startsWith(prefix))) {
            siblings.forEach(old::add);
            if (old.isEmpty()) return false;
            old.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
            LOG.warn("Restoring {} from {} (an export was interrupted)", dist, old.get(0));
            move(old.get(0), dist);
            return true;
        } catch (IOException e) {
            throw new PonteException("cannot restore " + dist + " from " + old + ": " + e.getMessage(), e);
        }
    }

    /** Deletes temporary directories that a crashed export left next to the dist directory. */
    private static void removeLeftovers(Path dist) throws IOException {
        String prefix = "." + dist.getFileName() + ".";
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dist.getParent(),
                p -> p.getFileName().toString().startsWith(prefix + "new-")
                        || p.getFileName().toString().startsWith(prefix + "old-"))) {
            siblings.forEach(leftovers::add);
        }
        // Newest first (the names carry a UTC time stamp), so the newest old directory is restored.
        leftovers.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        for (Path p : leftovers) {
            if (p.getFileName().toString().startsWith(prefix + "old-") && !Files.exists(dist)) {
                // A crash between the two renames: the old directory is the last good one.
                LOG.warn("Restoring {} from {}", dist, p);
                move(p, dist);
                continue;
            }
            LOG.info("Removing leftover {}", p);
            deleteQuietly(p);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    LOG.warn("Cannot delete {}: {}", p, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", dir, e.getMessage());
        }
    }
}

package org.ponte.loader;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.ponte.core.PonteException;
import org.ponte.core.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TDB2 bulk load into an empty database: files and streamed quads between {@link #start}
 * and {@link #finish}. Uses TDB2's <em>phased</em> loader ({@link LoaderFactory#phasedLoader}).
 *
 * <p>Why phased: the parallel loader writes all nine indexes at once, one thread each plus the
 * parser and node table (Jena's docs: it "may swamp the machine"); phased writes the primary
 * indexes (SPO, GSPO) with the parser, then builds the secondary indexes two or three at a time.
 * Measured on the 2-core, 24 GB machine with 1,000,000 generated quads (20,000 graphs), two runs
 * each: phased 24,700 and 28,800 quads/s, parallel 37,700 and 26,100, light 31,800: no loader is
 * reliably faster at this size, where everything fits in the page cache. Phased keeps the thread
 * count bounded, which matters when the data outgrows RAM or a server runs beside the load, and
 * it is {@code tdb2.tdbloader}'s default, so {@link #loadInto} rates compare like with like.
 *
 * <p>A syntax error stops the load with a {@link PonteException} naming the file and line; the
 * caller then calls {@link #abort} and discards the database (the loader cannot promise a
 * clean roll-back of a bulk load). Not thread-safe: one thread drives a load.
 */
public final class BulkLoader {
    private static final Logger LOG = LoggerFactory.getLogger(BulkLoader.class);
    private static final Logger TDB_LOG = LoggerFactory.getLogger("org.ponte.loader.tdb2");

    /** Default number of quads between two progress lines. */
    public static final long DEFAULT_PROGRESS_EVERY = 1_000_000;

    private final DataLoader loader;
    private final ProgressStream stream;
    private final Problems problems;
    private boolean started;
    private boolean finished;

    private BulkLoader(DatasetGraph tdb, Problems problems, long progressEvery) {
        MonitorOutput out = (fmt, args) -> TDB_LOG.info(String.format(fmt, args));
        this.loader = LoaderFactory.phasedLoader(tdb, out);
        this.stream = new ProgressStream(loader.stream(), progressEvery);
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /**
     * Starts a bulk load into {@code tdb}, which should be a new, empty TDB2 database: the bulk
     * loader takes it over until {@link #finish()}.
     *
     * @param progressEvery quads between two progress lines
     */
    public static BulkLoader start(DatasetGraph tdb, Problems problems, long progressEvery) {
        BulkLoader b = new BulkLoader(tdb, problems, progressEvery);
        b.loader.startBulk();
        b.started = true;
        return b;
    }

    /**
     * Parses one file into the store; the syntax comes from the file name (.nq, .trig, .ttl,
     * .nt, optionally .gz). Triples, and quads in the default graph, go to {@code graph} when it
     * is not null; otherwise they stay in the default graph, which queries do not see (the
     * default graph of a query is the union of the named graphs), so a warning is reported.
     *
     * @throws PonteException on a syntax error, naming the file and the line
     */
    public void file(Path file, String graph) {
        check();
        if (!Files.isRegularFile(file)) throw new PonteException("no such file: " + file);
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null) throw new PonteException(file + ": unknown RDF syntax (use .nq, .trig, .ttl or .nt)");
        long before = stream.count();
        stream.defaultGraph(graph == null ? null : NodeFactory.createURI(graph));
        try {
            RDFParser.source(file).lang(lang).errorHandler(failOnError(file.toString())).parse(stream);
        } catch (RiotException e) {
            // Errors the handler did not see (I/O, encoding) still name the file.
            throw new PonteException(file + ": " + e.getMessage(), e);
        } finally {
            stream.defaultGraph(null);
        }
        LOG.info("{}: {} quads", file.getFileName(), stream.count() - before);
        if (graph == null && RDFLanguages.isTriples(lang) && stream.count() > before)
            problems.warning(file.toString(), -1, "triples loaded into the default graph, which queries do not see; "
                    + "give the file a graph name");
    }

    /**
     * Parses RDF from a stream, as {@link #file} does; {@code label} names it in messages. The
     * stream is not closed.
     */
    public void stream(String label, InputStream in, Lang lang, String graph) {
        check();
        long before = stream.count();
        stream.defaultGraph(graph == null ? null : NodeFactory.createURI(graph));
        try {
            RDFParser.source(in).lang(lang).errorHandler(failOnError(label)).parse(stream);
        } catch (RiotException e) {
            throw new PonteException(label + ": " + e.getMessage(), e);
        } finally {
            stream.defaultGraph(null);
        }
        LOG.info("{}: {} quads", label, stream.count() - before);
    }

    /**
     * Lets {@code feeder} stream quads into the store. The feeder may call {@code start} and
     * {@code finish}; they are ignored. Exceptions from the feeder propagate.
     */
    public void feed(Consumer<StreamRDF> feeder) {
        check();
        feeder.accept(stream);
    }

    /** Quads and triples received so far. */
    public long count() { return stream.count(); }

    /** Ends the load: builds the remaining indexes and commits. */
    public LoadStats finish() {
        check();
        loader.finishBulk();
        finished = true;
        LoadStats stats = new LoadStats(stream.count(), stream.elapsedMillis());
        LOG.info("Loaded {}", stats);
        return stats;
    }

    /** Ends a failed load; the database should then be discarded. */
    public void abort(Exception cause) {
        if (finished || !started) return;
        finished = true;
        try {
            loader.finishException(cause);
        } catch (RuntimeException e) {
            LOG.debug("aborting the bulk load: {}", e.getMessage());
        }
    }

    private void check() {
        if (finished) throw new IllegalStateException("the load is finished");
    }

    /**
     * Loads files into a TDB2 database directory, created if needed, outside any store layout:
     * for timing Ponte's loader beside {@code tdb2.tdbloader --loc DIR FILE...} on the same input.
     * No text index is built. The database is closed and released on return.
     *
     * @return what was loaded and how fast
     * @throws PonteException on bad input (file and line), leaving a partial database behind
     */
    public static LoadStats loadInto(Path tdbDir, List<Path> files, Problems problems) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(tdbDir.toString());
        BulkLoader b = start(tdb, problems, DEFAULT_PROGRESS_EVERY);
        try {
            for (Path f : files) b.file(f, null);
            return b.finish();
        } catch (RuntimeException e) {
            b.abort(e);
            throw e;
        } finally {
            GenerationDatasets.close(tdb);
        }
    }

    /** A parser error handler that stops at the first error, with file and line. */
    static ErrorHandler failOnError(String source) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                LOG.warn("{}: {}", where(source, line, col), message);
            }

            @Override
            public void error(String message, long line, long col) {
                throw new PonteException(where(source, line, col) + ": " + message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw new PonteException(where(source, line, col) + ": " + message);
            }
        };
    }

    private static String where(String source, long line, long col) {
        if (line < 0) return source;
        return col < 0 ? source + ":" + line : source + ":" + line + ":" + col;
    }
}

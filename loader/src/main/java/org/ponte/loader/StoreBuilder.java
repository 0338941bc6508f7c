package org.ponte.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteException;
import org.ponte.core.ProblemLog;
import org.ponte.core.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a new store generation and makes it current. In order: allocate a fresh directory
 * (see {@link StoreLayout} for the crash-safety protocol), bulk-load into a new TDB2 database
 * the ontology (into {@code IriPolicy.ontologyGraph()}), the files and the feeders' quads, build
 * the Lucene index with the analyzers of the Fuseki configuration file, check the index against
 * the store, close both, write {@code COMPLETE}, switch {@code CURRENT}, delete old generations.
 * Any failure leaves {@code CURRENT} as it was and removes the half-built generation.
 *
 * <pre>
 *   StoreBuilder.create(cfg).problems(problems)
 *       .file(Path.of("extra.nq"))
 *       .feeder(stream -&gt; mapper.emitAll(stream))
 *       .build();
 * </pre>
 *
 * A builder is used for one build.
 */
public final class StoreBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(StoreBuilder.class);
    /** Classpath resource of the ontology, from the ponte-ontology module. */
    public static final String ONTOLOGY_RESOURCE = "ontology/ponte.ttl";

    private record Source(Path file, String graph) {}

    private final PonteConfig cfg;
    private final List<Source> files = new ArrayList<>();
    private final List<Consumer<StreamRDF>> feeders = new ArrayList<>();
    private Problems problems = new ProblemLog();
    private Path ontology;
    private Path fusekiConfig;
    private long progressEvery = BulkLoader.DEFAULT_PROGRESS_EVERY;
    private boolean switchCurrent = true;
    private boolean used;

    private StoreBuilder(PonteConfig cfg) {
        this.cfg = Objects.requireNonNull(cfg, "cfg");
        this.fusekiConfig = cfg.fusekiConfig();
    }

    /** A builder for a new generation under {@code cfg.storeRoot()}. */
    public static StoreBuilder create(PonteConfig cfg) {
        return new StoreBuilder(cfg);
    }

    /** Where warnings and the build failure are reported; default a logging {@link ProblemLog}. */
    public StoreBuilder problems(Problems problems) {
        this.problems = Objects.requireNonNull(problems);
        return this;
    }

    /** Adds an N-Quads or TriG file (by extension; .gz allowed); each quad keeps its graph. */
    public StoreBuilder file(Path file) {
        files.add(new Source(file, null));
        return this;
    }

    /** Adds an RDF file whose triples (and default-graph quads) go to the named graph {@code graph}. */
    public StoreBuilder file(Path file, String graph) {
        files.add(new Source(file, Objects.requireNonNull(graph, "graph")));
        return this;
    }

    /**
     * Adds a feeder: it is called once, during the load, with a stream to send quads to (the
     * mapper streams one named graph per document). Feeders run after the files, in order.
     */
    public StoreBuilder feeder(Consumer<StreamRDF> feeder) {
        feeders.add(Objects.requireNonNull(feeder));
        return this;
    }

    /**
     * The ontology file to load into the ontology graph. Default: {@code cfg.ontologyFile()} if
     * it exists, else the classpath resource {@value #ONTOLOGY_RESOURCE}; the build fails if
     * neither exists.
     */
    public StoreBuilder ontology(Path file) {
        this.ontology = file;
        return this;
    }

    /** The Fuseki assembler file whose text index is built; default {@code cfg.fusekiConfig()}. */
    public StoreBuilder fusekiConfig(Path file) {
        this.fusekiConfig = Objects.requireNonNull(file);
        return this;
    }

    /** Quads between two progress lines; default {@value BulkLoader#DEFAULT_PROGRESS_EVERY}. */
    public StoreBuilder progressEvery(long quads) {
        if (quads < 1) throw new IllegalArgumentException("progressEvery must be positive");
        this.progressEvery = quads;
        return this;
    }

    /** Whether a successful build becomes current; default true. */
    public StoreBuilder switchCurrent(boolean yes) {
        this.switchCurrent = yes;
        return this;
    }

    /**
     * What a build produced.
     *
     * @param generation   the new generation, complete (and current unless switching was off)
     * @param load         quads loaded and the load rate
     * @param indexEntries text-index entries (equal to the literals of indexed properties)
     * @param millis       wall-clock time of the whole build
     */
    public record BuildResult(Generation generation, LoadStats load, long indexEntries, long millis) {}

    /**
     * Builds the generation.
     *
     * @throws PonteException on bad input (naming file and line), a failed index check or an I/O
     *         error; the current generation is then untouched
     */
    public BuildResult build() {
        if (used) throw new IllegalStateException("a StoreBuilder builds once");
        used = true;
        long start = System.nanoTime();
        FusekiConfigFile conf = FusekiConfigFile.read(fusekiConfig);
        StoreLayout layout = StoreLayout.at(cfg.storeRoot());
        try (StoreLayout.BuildLock lock = layout.lockForBuild()) {
            Generation gen = layout.allocate();
            layout.collectGarbage(gen);
            LOG.info("building {} in {}", gen.name(), layout.root());
            LoadStats stats;
            long entries;
            try {
                DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(gen.tdb2().toString());
                try {
                    stats = load(tdb);
                    TextIndexLucene index = conf.openTextIndex(gen.text());
                    try {
                        entries = TextIndexBuilder.indexAll(tdb, index);
                        TextIndexBuilder.verify(tdb, index);
                    } finally {
                        index.close();
                    }
                } finally {
                    GenerationDatasets.close(tdb);
                }
                layout.markComplete(gen, stats + "; " + entries + " text-index entries");
            } catch (RuntimeException e) {
                problems.error(gen.name(), -1, "build failed: " + e.getMessage());
                try {
                    StoreLayout.deleteTree(gen.dir());
                } catch (RuntimeException e2) {
                    LOG.warn("could not remove the failed {}: {}", gen.name(), e2.getMessage());
                }
                throw (e instanceof PonteException) ? e : new PonteException("build of " + gen.name() + " failed: " + e.getMessage(), e);
            }
            if (switchCurrent) {
                layout.switchTo(gen);
                layout.collectGarbage();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.info("Built {}: {}; {} text-index entries; {} s in all", gen.name(), stats, entries,
                    String.format("%.1f", millis / 1000.0));
            return new BuildResult(gen, stats, entries, millis);
        }
    }

    private LoadStats load(DatasetGraph tdb) {
        BulkLoader loader = BulkLoader.start(tdb, problems, progressEvery);
        try {
            loadOntology(loader);
            for (Source s : files) loader.file(s.file(), s.graph());
            for (Consumer<StreamRDF> f : feeders) loader.feed(f);
            return loader.finish();
        } catch (RuntimeException e) {
            loader.abort(e);
            throw e;
        }
    }

    private void loadOntology(BulkLoader loader) {
        String graph = cfg.iris().ontologyGraph();
        Path file = ontology != null ? ontology : (Files.isRegularFile(cfg.ontologyFile()) ? cfg.ontologyFile() : null);
        if (file != null) {
            loader.file(file, graph);
            return;
        }
        try (InputStream in = StoreBuilder.class.getClassLoader().getResourceAsStream(ONTOLOGY_RESOURCE)) {
            if (in == null)
                throw new PonteException("ontology not found: neither " + cfg.ontologyFile()
                        + " nor the classpath resource " + ONTOLOGY_RESOURCE + " exists");
            Lang lang = RDFLanguages.filenameToLang(ONTOLOGY_RESOURCE);
            loader.stream("classpath:" + ONTOLOGY_RESOURCE, in, lang, graph);
        } catch (IOException e) {
            throw new PonteException("cannot read " + ONTOLOGY_RESOURCE + ": " + e.getMessage(), e);
        }
    }
}

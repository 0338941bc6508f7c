package org.ponte.server.ld;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ponte.core.PonteConfig;
import org.ponte.core.PonteVersion;
import org.ponte.core.Problems;
import org.ponte.export.DatasetDescription;
import org.ponte.export.DescriptionCache;
import org.ponte.export.DumpManifest;
import org.ponte.export.StoreGeneration;
import org.ponte.server.LiveDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the linked-data servlets share: the configuration, the live dataset, and the parts that
 * depend on the public URL ({@link Site}, {@link Pages}, the VoID cache), which are fixed once
 * the real port is known (the server may be asked for port 0). {@link #resolve(int)} runs when
 * the server has started; a request that arrives earlier resolves them from its own local port.
 */
final class LinkedDataContext {
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataContext.class);

    /** The parts that need the public URL. */
    record Resolved(Site site, Pages pages, ResourceDescriber describer, DescriptionCache voidCache,
                    DatasetDescription description) {}

    private final PonteConfig cfg;
    private final LiveDataset live;
    private final Problems problems;
    private final OntologyDocument ontology;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ponte-ld-background");
        t.setDaemon(true);
        return t;
    });
    private volatile Resolved resolved;
    /** Changes at every start, so validators change when the templates or the code may have. */
    private final String instance = Long.toHexString(System.currentTimeMillis()) + Long.toHexString(System.nanoTime());

    LinkedDataContext(PonteConfig cfg, LiveDataset live, Problems problems) {
        this.cfg = cfg;
        this.live = live;
        this.problems = problems;
        this.ontology = OntologyDocument.load(cfg, problems);
    }

    PonteConfig config() { return cfg; }

    Problems problems() { return problems; }

    OntologyDocument ontology() { return ontology; }

    /** The dataset of the current request's generation (see {@link LiveDataset#get()}). */
    DatasetGraph dataset() { return live.get(); }

    /** The resolved parts, resolving them from this port if the server has not done so yet. */
    Resolved get(int localPort) {
        Resolved r = resolved;
        return r != null ? r : resolve(localPort);
    }

    /** Fixes the public URL with the port the server listens on. Idempotent. */
    synchronized Resolved resolve(int port) {
        if (resolved != null) return resolved;
        PonteConfig c = cfg.port() == 0 && port > 0 ? cfg.withPort(port) : cfg;
        Site site = new Site(c);
        DatasetDescription description = DatasetDescription.create(c).problems(problems);
        resolved = new Resolved(site, new Pages(site), new ResourceDescriber(site), new DescriptionCache(description), description);
        return resolved;
    }

    /** Computes the dataset summary in the background, so the first VoID request is fast. */
    void warm() {
        background.submit(() -> {
            long t0 = System.nanoTime();
            try {
                Resolved r = resolved;
                if (r == null) return;
                DatasetGraph dsg = live.get();
                r.voidCache().get(dsg, manifest());
                LOG.info("dataset description ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("could not prepare the dataset description: {}", e.getMessage());
            }
        });
    }

    /** The manifest of the dumps in {@code dist/}, or null when there are none (or it is unreadable). */
    DumpManifest manifest() {
        try {
            return DumpManifest.read(cfg.dist()).orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("dumps: {}", e.getMessage());
            return null;
        }
    }

    /**
     * A key for everything served from the store as it is now: the generation and its data
     * version (bumped by graph replacements), the Ponte version and this server's start (a
     * restart may bring other templates under the same version number).
     */
    String stateTag(DatasetGraph dsg) {
        StoreGeneration g = Txn.calculateRead(dsg, () -> StoreGeneration.of(dsg));
        return live.generation().name() + "/" + g.store() + "/" + g.version() + "/" + PonteVersion.get() + "/" + instance;
    }

    /** This server run's token, for validators of pages that do not depend on the store. */
    String instance() {
        return instance;
    }

    void close() {
        background.shutdownNow();
    }
}

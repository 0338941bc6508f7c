package org.ponte.export;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The server's per-store cache of the dataset description, so {@code /.well-known/void} does not
 * count a store of 100 million triples per request.
 *
 * <p>{@link #get} checks the store's {@link StoreGeneration} (for TDB2 one read transaction and
 * no data access), re-summarises only when it changed, and rebuilds the graph only when the
 * summary or the dump manifest changed. Re-summarising is serialised: concurrent requests for
 * a stale description wait for the one computation rather than starting their own. A server
 * may call {@link #summary} in a background thread at start-up to warm the cache.
 *
 * <p>Thread-safe.
 */
public final class DescriptionCache {
    private final DatasetDescription description;
    private StoreSummary summary;
    private DumpManifest manifest;
    private Graph graph;

    /** A cache over this description (its configuration fixes the public URL and licence). */
    public DescriptionCache(DatasetDescription description) {
        if (description == null) throw new IllegalArgumentException("description is required");
        this.description = description;
    }

    /**
     * The description of the store's current state and of the dumps in {@code manifest} (null:
     * none), read-only. Recomputes what is stale.
     */
    public synchronized Graph get(DatasetGraph dsg, DumpManifest manifest) {
        StoreSummary s = summary(dsg);   // drops the graph when it recomputes
        if (graph == null || !Objects.equals(manifest, this.manifest)) {
            this.manifest = manifest;
            graph = new GraphReadOnly(description.describe(s, manifest));
        }
        return graph;
    }

    /** The summary of the store's current state, recomputed only when its generation changed. */
    public synchronized StoreSummary summary(DatasetGraph dsg) {
        StoreGeneration now = StoreGeneration.of(dsg);
        if (summary == null || !summary.generation().equals(now)) {
            summary = description.summarize(dsg);
            graph = null;
        }
        return summary;
    }

    /** Whether the cached summary no longer matches the store (true when nothing is cached). */
    public synchronized boolean isStale(DatasetGraph dsg) {
        return summary == null || !summary.generation().equals(StoreGeneration.of(dsg));
    }

    /** Drops the cached summary, for stores whose generation cannot show a change. */
    public synchronized void invalidate() {
        summary = null;
        graph = null;
    }

    /** Seeds the cache with a summary computed elsewhere (the exporter's). */
    public synchronized void seed(StoreSummary s) {
        summary = s;
        graph = null;
    }
}

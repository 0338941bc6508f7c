package org.ponte.loader;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes RDF on and logs a line every {@code every} quads with the running rate. Triples in
 * the default graph are sent to {@code defaultGraph} when it is set. {@code start()} and
 * {@code finish()} are not passed on: the bulk loader's own start and finish frame the whole
 * load, whatever the sources do.
 */
final class ProgressStream extends StreamRDFWrapper {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressStream.class);

    private final long every;
    private final long startNanos = System.nanoTime();
    private long count;
    private Node defaultGraph;

    ProgressStream(StreamRDF dest, long every) {
        super(dest);
        this.every = every;
    }

    /** Sends default-graph data to this graph from now on; null keeps it in the default graph. */
    void defaultGraph(Node graph) {
        this.defaultGraph = graph;
    }

    long count() { return count; }

    long elapsedMillis() { return (System.nanoTime() - startNanos) / 1_000_000; }

    @Override
    public void start() {}

    @Override
    public void finish() {}

    @Override
    public void triple(Triple triple) {
        if (defaultGraph != null) super.quad(Quad.create(defaultGraph, triple));
        else super.triple(triple);
        tick();
    }

    @Override
    public void quad(Quad quad) {
        if (defaultGraph != null && quad.isDefaultGraph()) super.quad(Quad.create(defaultGraph, quad.asTriple()));
        else super.quad(quad);
        tick();
    }

    private void tick() {
        if (++count % every == 0 && LOG.isInfoEnabled())
            LOG.info("{}", new LoadStats(count, elapsedMillis()));
    }
}

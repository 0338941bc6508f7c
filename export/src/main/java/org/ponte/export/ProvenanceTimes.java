package org.ponte.export;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.ponte.core.Problems;
import org.ponte.core.Vocab;

/**
 * When each named graph was generated: the newest {@code prov:generatedAtTime} found inside
 * the graph, whatever its subject (the mapper states it on the document or on its run). Read
 * through the predicate index, so it costs one entry per document graph, not a scan of the
 * store. This is the real modification time used for {@code dcterms:modified} and sitemap
 * {@code lastmod}; the export time is never used in its place.
 */
final class ProvenanceTimes {
    private final Map<Node, Instant> byGraph;

    private ProvenanceTimes(Map<Node, Instant> byGraph) {
        this.byGraph = Collections.unmodifiableMap(byGraph);
    }

    /** Reads the times; call inside a read transaction. Unreadable times are reported and skipped. */
    static ProvenanceTimes read(DatasetGraph dsg, Problems problems) {
        Map<Node, Instant> times = new HashMap<>();
        for (Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, Vocab.PROV_GENERATED_AT_TIME, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            Instant t = instant(q.getObject());
            if (t == null) {
                problems.warning(q.getGraph().toString(), -1, "prov:generatedAtTime is not an xsd:dateTime: " + q.getObject());
                continue;
            }
            times.merge(q.getGraph(), t, (a, b) -> a.isAfter(b) ? a : b);
        }
        return new ProvenanceTimes(times);
    }

    /** The newest time of a graph, or null. */
    Instant of(Node graph) {
        return byGraph.get(graph);
    }

    /** The newest time of all graphs, or null when no graph carries one. */
    Instant newest() {
        return byGraph.values().stream().max(Instant::compareTo).orElse(null);
    }

    /** Graphs with a time. */
    Map<Node, Instant> byGraph() {
        return byGraph;
    }

    /** The instant of an {@code xsd:dateTime} literal (UTC when it has no time zone), or null. */
    static Instant instant(Node literal) {
        if (!literal.isLiteral()) return null;
        String dt = literal.getLiteralDatatypeURI();
        if (!XSDDatatype.XSDdateTime.getURI().equals(dt) && !XSDDatatype.XSDdateTimeStamp.getURI().equals(dt)) return null;
        try {
            if (literal.getLiteralValue() instanceof XSDDateTime v) return v.asCalendar().toInstant();
        } catch (RuntimeException e) {
            // An ill-formed literal: reported by the caller.
        }
        return null;
    }
}

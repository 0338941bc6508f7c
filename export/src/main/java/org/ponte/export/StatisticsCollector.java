package org.ponte.export;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.ponte.core.Vocab;

/**
 * Counts VoID statistics in one pass over the union's distinct triples, grouped by subject (as
 * {@link StoreScan#unionTriples()} yields them). Memory: one counter per predicate and per
 * class, never per subject. Distinct objects need another order and come from
 * {@link StoreScan#distinctObjects()}.
 *
 * <p>Usable as the tee of a dump pass, so the exporter counts while it writes N-Triples.
 */
final class StatisticsCollector implements Consumer<Triple> {
    private static final Comparator<Node> ORDER = Comparator.comparing(NodeFmtLib::strNT);

    private final Map<Node, long[]> properties = new HashMap<>();
    private final Map<Node, long[]> classes = new HashMap<>();
    private Node subject;
    private boolean subjectIsEntity;
    private long triples;
    private long subjects;
    private long entities;

    @Override
    public void accept(Triple t) {
        if (!t.getSubject().equals(subject)) {
            endSubject();
            subject = t.getSubject();
            subjects++;
        }
        triples++;
        properties.computeIfAbsent(t.getPredicate(), k -> new long[1])[0]++;
        if (t.getPredicate().equals(Vocab.RDF_TYPE)) {
            Node c = t.getObject();
            classes.computeIfAbsent(c, k -> new long[1])[0]++;
            if (c.isURI() && c.getURI().startsWith(Vocab.PONTE_NS)) subjectIsEntity = true;
        }
    }

    private void endSubject() {
        if (subjectIsEntity) entities++;
        subjectIsEntity = false;
    }

    /** Triples seen so far. */
    long triples() { return triples; }

    /** The statistics, given the number of distinct objects counted separately. */
    StoreStatistics finish(long distinctObjects) {
        endSubject();
        subject = null;
        return new StoreStatistics(triples, entities, subjects, distinctObjects, sorted(properties), sorted(classes));
    }

    private static Map<Node, Long> sorted(Map<Node, long[]> counts) {
        Map<Node, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey(ORDER)).forEach(e -> out.put(e.getKey(), e.getValue()[0]));
        return out;
    }
}

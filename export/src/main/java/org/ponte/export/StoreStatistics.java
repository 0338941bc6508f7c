package org.ponte.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * VoID statistics of the union of a store's named graphs, counted the way SPARQL counts them
 * over {@code SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }}.
 *
 * @param triples          distinct triples ({@code void:triples})
 * @param entities         distinct subjects with an {@code rdf:type} in the Ponte namespace ({@code void:entities})
 * @param distinctSubjects {@code void:distinctSubjects}
 * @param distinctObjects  {@code void:distinctObjects}
 * @param properties       triples per predicate, sorted by IRI ({@code void:propertyPartition});
 *                         its size is {@code void:properties}
 * @param classes          distinct subjects per {@code rdf:type} object, sorted ({@code void:classPartition});
 *                         its size is {@code void:classes}
 */
public record StoreStatistics(long triples, long entities, long distinctSubjects, long distinctObjects,
        Map<Node, Long> properties, Map<Node, Long> classes) {

    public StoreStatistics {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
    }
}

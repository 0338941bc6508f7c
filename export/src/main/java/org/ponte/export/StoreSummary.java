package org.ponte.export;

import java.time.Instant;
import java.util.List;

/**
 * Everything the dataset description needs from the store, computed once per
 * {@link StoreGeneration} (see {@link DescriptionCache}).
 *
 * @param generation       the store state it was computed from
 * @param statistics       VoID statistics of the union
 * @param modified         newest {@code prov:generatedAtTime} of any graph, or null when no graph has one
 * @param documentGraphs   graphs with provenance, other than the reference and ontology graphs
 * @param referenceTriples triples in the reference-data graph (0 when absent)
 * @param ontologyTriples  triples in the ontology graph (0 when absent)
 * @param examples         IRIs of the most-linked organisations and projects
 * @param computed         when this summary was computed
 */
public record StoreSummary(StoreGeneration generation, StoreStatistics statistics, Instant modified,
        long documentGraphs, long referenceTriples, long ontologyTriples, List<String> examples, Instant computed) {

    public StoreSummary {
        examples = List.copyOf(examples);
    }

    /** {@link #modified()} or, for a store without provenance, the time of the summary. */
    public Instant modifiedOrComputed() {
        return modified != null ? modified : computed;
    }
}

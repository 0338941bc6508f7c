package org.ponte.mapper;

import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.ponte.mapper.extract.Extraction;

/**
 * The result of mapping one document: its named graph's quads, or why it was skipped.
 *
 * @param id         the document id (file name)
 * @param graphIri   its named graph, or null when it could not be read
 * @param quads      the graph's quads (empty when skipped)
 * @param extraction what was extracted, or null when skipped before extraction
 * @param failure    why the document was skipped, or null when it was mapped
 */
public record MappedDocument(String id, String graphIri, List<Quad> quads, Extraction extraction, String failure) {

    public boolean ok() { return failure == null; }

    static MappedDocument skipped(String id, String graphIri, String reason) {
        return new MappedDocument(id, graphIri, List.of(), null, reason);
    }
}

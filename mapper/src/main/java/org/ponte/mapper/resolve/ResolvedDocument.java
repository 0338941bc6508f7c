package org.ponte.mapper.resolve;

import java.util.List;
import java.util.Map;
import org.ponte.mapper.extract.Claim;
import org.ponte.mapper.extract.EntityDraft;
import org.ponte.mapper.extract.Extraction;

/**
 * A document's extraction with an IRI for every entity.
 *
 * @param extraction what was extracted
 * @param graphIri   the document's named graph
 * @param sourceIri  the IRI of the source document itself (evidence points at it)
 * @param iriOf      the IRI of each entity
 * @param claims     the claims, subjects and objects canonical
 */
public record ResolvedDocument(Extraction extraction, String graphIri, String sourceIri, Map<EntityDraft, String> iriOf,
                               List<Claim> claims) {}

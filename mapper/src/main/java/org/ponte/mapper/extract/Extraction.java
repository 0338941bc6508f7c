package org.ponte.mapper.extract;

import java.util.List;
import org.ponte.mapper.read.Document;
import org.ponte.mapper.segment.Layout;

/**
 * What the extract stage found in one document: its entities (merged drafts only) and claims.
 *
 * @param document the document
 * @param layout   its layout
 * @param entities entities to publish
 * @param claims   statements about them
 */
public record Extraction(Document document, Layout layout, List<EntityDraft> entities, List<Claim> claims) {}

package org.ponte.mapper.extract;

import org.ponte.mapper.resolve.RefEntity;

/**
 * A stretch of a sentence that names an entity.
 *
 * @param from   first token index in the sentence
 * @param to     token index after the last
 * @param entity the entity named (null only while a reference match is not yet bound)
 * @param span   character span in the document
 * @param ref    the reference entity matched, when the match came from reference data
 */
public record Mention(int from, int to, EntityDraft entity, Span span, RefEntity ref) {
    public Mention(int from, int to, EntityDraft entity, Span span) {
        this(from, to, entity, span, null);
    }

    public EntityType type() { return entity.canonical().type(); }

    public EntityDraft canonical() { return entity.canonical(); }
}

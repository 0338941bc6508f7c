package org.ponte.mapper.extract;

/**
 * One statement extracted from a document, with the text that supports it.
 *
 * @param subject    what the statement is about
 * @param relation   the property
 * @param object     the object entity, or null when {@code value} is given
 * @param value      the object value, or null when {@code object} is given
 * @param evidence   the span of text that states it
 * @param confidence how sure the rule that found it is, in [0, 1]
 * @param rule       the name of that rule, for diagnostics
 */
public record Claim(EntityDraft subject, Relation relation, EntityDraft object, Value value, Span evidence,
                    double confidence, String rule) {
    public Claim {
        if ((object == null) == (value == null)) throw new IllegalArgumentException("exactly one of object and value");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence out of [0,1]");
    }

    /** The same claim with the subject and object replaced by their canonical drafts. */
    public Claim canonical() {
        EntityDraft s = subject.canonical();
        EntityDraft o = object == null ? null : object.canonical();
        return s == subject && o == object ? this : new Claim(s, relation, o, value, evidence, confidence, rule);
    }
}

package org.ponte.core;

/** The kinds of thing Ponte mints IRIs for; each is one path segment under the base IRI. */
public enum EntityKind {
    ORGANISATION("organisation"),
    PROJECT("project"),
    PROGRAMME("programme"),
    PARTNERSHIP("partnership"),
    PERSON("person"),
    PLACE("place"),
    DOCUMENT("document"),
    ANNOTATION("annotation");

    private final String segment;

    EntityKind(String segment) {
        this.segment = segment;
    }

    /** The IRI path segment, for example {@code organisation}. */
    public String segment() { return segment; }

    /** The kind whose segment this is, or null. */
    public static EntityKind bySegment(String segment) {
        for (EntityKind k : values()) if (k.segment.equals(segment)) return k;
        return null;
    }
}

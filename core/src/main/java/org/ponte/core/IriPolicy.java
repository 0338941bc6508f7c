package org.ponte.core;

/**
 * How Ponte names things: {@code {base}{kind}/{slug}} for data, one named graph per document at
 * {@code {base}document/{slug-of-file-name}}, reference data in {@code {base}document/reference}.
 * The base is configurable (default {@code https://w3id.org/ponte/id/}); the ontology namespace
 * is fixed ({@link Vocab#PONTE_NS}).
 */
public final class IriPolicy {
    /** Default data base IRI. */
    public static final String DEFAULT_BASE = "https://w3id.org/ponte/id/";

    private final String base;

    /** @param base an absolute http(s) IRI ending with '/' */
    public IriPolicy(String base) {
        if (base == null || !(base.startsWith("http://") || base.startsWith("https://")) || !base.endsWith("/")
                || base.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}'
                        || c == '|' || c == '\\' || c == '^' || c == '`' || c > 126))
            throw new InvalidSettingException("base IRI must be an absolute http(s) IRI ending with '/', not '" + base + "'");
        this.base = base;
    }

    /** The base IRI, ending with '/'. */
    public String base() { return base; }

    /** {@code {base}{kind}/{slug}}; the slug must already be a slug. */
    public String entity(EntityKind kind, String slug) {
        return base + kind.segment() + "/" + slug;
    }

    /** The IRI of an entity named {@code name}: its slug under the kind. */
    public String entityNamed(EntityKind kind, String name) {
        return entity(kind, Slugs.of(name));
    }

    /** The IRI of a source document, which is also the name of its graph. */
    public String document(String fileName) {
        return entity(EntityKind.DOCUMENT, Slugs.of(fileName));
    }

    /** The graph holding reference data. */
    public String referenceGraph() {
        return entity(EntityKind.DOCUMENT, "reference");
    }

    /** The graph holding the ontology in the store. */
    public String ontologyGraph() {
        return Vocab.ONTOLOGY_IRI;
    }

    /** Whether an IRI lies under the base. */
    public boolean isData(String iri) {
        return iri.startsWith(base);
    }

    /** The part after the base ({@code organisation/ismu}) or null when the IRI is not data. */
    public String localPath(String iri) {
        return isData(iri) ? iri.substring(base.length()) : null;
    }
}

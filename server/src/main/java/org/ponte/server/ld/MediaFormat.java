package org.ponte.server.ld;

import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * The representations a linked-data document is offered in: HTML for people and six RDF
 * syntaxes. Each has the media type it is served with, the file extension of its
 * format-specific URL ({@code /doc/X.ttl}) and the names {@code ?format=} accepts.
 *
 * <p>The declaration order is the server's preference when a client rates several formats
 * equally ({@code Accept: *}{@code /*} gives Turtle).
 */
public enum MediaFormat {
    TURTLE("text/turtle", "ttl", Lang.TURTLE, "Turtle", List.of("application/x-turtle"), "turtle"),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD, "JSON-LD", List.of("application/json"), "json-ld", "json"),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, "N-Triples", List.of(), "ntriples", "n-triples"),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, "RDF/XML", List.of(), "rdfxml", "xml"),
    TRIG("application/trig", "trig", Lang.TRIG, "TriG", List.of(), "trig"),
    NQUADS("application/n-quads", "nq", Lang.NQUADS, "N-Quads", List.of(), "nquads", "n-quads"),
    HTML("text/html", "html", null, "HTML", List.of("application/xhtml+xml"), "html");

    private final String mediaType;
    private final String extension;
    private final Lang lang;
    private final String title;
    private final List<String> aliases;
    private final List<String> names;

    MediaFormat(String mediaType, String extension, Lang lang, String title, List<String> aliases, String... names) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
        this.title = title;
        this.aliases = aliases;
        this.names = List.of(names);
    }

    /** The media type responses carry, without parameters. */
    public String mediaType() { return mediaType; }

    /** The {@code Content-Type} header: the media type, with {@code charset=utf-8} for text formats. */
    public String contentType() {
        return this == NTRIPLES || this == NQUADS ? mediaType : mediaType + "; charset=utf-8";
    }

    /** The extension of format-specific URLs, without the dot. */
    public String extension() { return extension; }

    /** Jena's language for the RDF formats; null for HTML. */
    public Lang lang() { return lang; }

    /** A human name: "Turtle", "JSON-LD". */
    public String title() { return title; }

    /** Whether this is an RDF syntax (everything but HTML). */
    public boolean isRdf() { return this != HTML; }

    /** Whether the syntax keeps named graphs (TriG, N-Quads). */
    public boolean isQuads() { return this == TRIG || this == NQUADS; }

    /** The media types a client may ask for to get this format (the main one first). */
    List<String> acceptedTypes() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(mediaType), aliases.stream()).toList();
    }

    /** The format of an extension ({@code ttl}), or null. */
    public static MediaFormat byExtension(String ext) {
        for (MediaFormat f : values()) if (f.extension.equals(ext)) return f;
        return null;
    }

    /**
     * The format a {@code ?format=} value names: an extension, a name such as {@code turtle} or
     * {@code json-ld}, or a media type; null when unknown.
     */
    public static MediaFormat byName(String name) {
        if (name == null) return null;
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (MediaFormat f : values())
            if (f.extension.equals(n) || f.names.contains(n) || f.acceptedTypes().contains(n)) return f;
        Lang l = RDFLanguages.contentTypeToLang(n);
        if (l != null) for (MediaFormat f : values()) if (l.equals(f.lang)) return f;
        return null;
    }
}

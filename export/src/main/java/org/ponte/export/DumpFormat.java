package org.ponte.export;

/**
 * The dump files Ponte publishes, with what the dataset description says about each: file name,
 * IANA media type of the (uncompressed) content, EU file-type authority entry, W3C format IRI
 * and whether the file is gzip-compressed. The order is the order of the files in the
 * description and in the sitemap's {@code sc:dataDumpLocation}s.
 */
public enum DumpFormat {
    /** Every named graph, as stored: per-document graphs, reference data, ontology. */
    NQUADS("ponte.nq.gz", "application/n-quads", "RDF_N_QUADS", "N-Quads", true,
            "N-Quads of every named graph, gzip"),
    /** The union of all graphs, each distinct triple once. */
    NTRIPLES("ponte.nt.gz", "application/n-triples", "RDF_N_TRIPLES", "N-Triples", true,
            "N-Triples of the union of all graphs, gzip"),
    /** The union as Turtle with Ponte's prefixes. */
    TURTLE("ponte.ttl", "text/turtle", "RDF_TURTLE", "Turtle", false,
            "Turtle of the union of all graphs"),
    /** The union as JSON-LD 1.1 with Ponte's published context. */
    JSONLD("ponte.jsonld", "application/ld+json", "JSON_LD", "JSON-LD", false,
            "JSON-LD 1.1 of the union of all graphs");

    /** IANA registry base used for {@code dcat:mediaType} and {@code dcat:compressFormat}. */
    public static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    /** EU Publications Office file-type authority list, used for {@code dcterms:format}. */
    public static final String EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    /** W3C format identifiers, used for {@code void:feature}. */
    public static final String W3C_FORMATS = "http://www.w3.org/ns/formats/";
    /** Media type of gzip, the compression of the {@code .gz} dumps. */
    public static final String GZIP_MEDIA_TYPE = "application/gzip";

    private final String fileName;
    private final String mediaType;
    private final String euFileType;
    private final String w3cFormat;
    private final boolean gzip;
    private final String title;

    DumpFormat(String fileName, String mediaType, String euFileType, String w3cFormat, boolean gzip, String title) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.euFileType = euFileType;
        this.w3cFormat = w3cFormat;
        this.gzip = gzip;
        this.title = title;
    }

    /** File name in the dist directory and under {@code {publicUrl}dumps/}. */
    public String fileName() { return fileName; }

    /** Media type of the content once uncompressed, for example {@code application/n-quads}. */
    public String mediaType() { return mediaType; }

    /** {@code https://www.iana.org/assignments/media-types/{mediaType}}. */
    public String mediaTypeIri() { return IANA_MEDIA_TYPES + mediaType; }

    /** The EU file-type authority IRI, for {@code dcterms:format}. */
    public String euFileTypeIri() { return EU_FILE_TYPE + euFileType; }

    /** The W3C format IRI, for {@code void:feature}. */
    public String w3cFormatIri() { return W3C_FORMATS + w3cFormat; }

    /** Whether the file is gzip-compressed. */
    public boolean gzip() { return gzip; }

    /** English title of the distribution. */
    public String title() { return title; }

    /** The format whose file this is, or null. */
    public static DumpFormat byFileName(String name) {
        for (DumpFormat f : values()) if (f.fileName.equals(name)) return f;
        return null;
    }
}

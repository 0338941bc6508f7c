package org.ponte.core;

/**
 * Every configurable value of Ponte, with its properties-file key, its environment variable and
 * its default. {@link PonteConfig.Builder} applies them in the order defaults &lt; file &lt;
 * environment &lt; command-line flags. Paths are resolved against {@link #HOME}.
 */
public enum Setting {
    HOME("home", ".", "Project directory: data/, ontology/ and fuseki-config/ are found under it."),
    DOCUMENTS("documents", "data/documents", "Directory of source documents (.txt, .html) that publish maps."),
    REFERENCE("reference", "data/reference", "Directory of curated reference data (TSV) about well-known bodies and programmes."),
    ONTOLOGY("ontology", "ontology", "Directory holding ponte.ttl (the ontology) and shapes.ttl (SHACL)."),
    QUERIES("queries", "data/queries", "Directory of the example SPARQL queries shown to researchers."),
    FUSEKI_CONFIG("fuseki.config", "fuseki-config/config.ttl", "Fuseki assembler file describing the served dataset."),
    WORK("work", "run", "Git-ignored working directory: store generations, mapping cache, reports."),
    DIST("dist", "dist", "Directory the export command writes dumps to."),
    BASE_IRI("base.iri", "https://w3id.org/ponte/id/", "Base of every data IRI; <base>X is served at /id/X."),
    HOST("host", "0.0.0.0", "Interface the server listens on."),
    PORT("port", "3030", "HTTP port of the server."),
    PUBLIC_URL("public.url", "", "Public root URL of the server (default http://localhost:<port>/), used in VoID, DCAT and sitemaps."),
    QUERY_TIMEOUT_MS("query.timeout.ms", "30000", "Hard limit on the run time of one SPARQL query, in milliseconds."),
    RESULT_LIMIT("result.limit", "50000", "Largest number of rows or triples one query returns."),
    ADMIN_PASSWORD_FILE("admin.password.file", "", "Password file (user: password lines) that unlocks update, upload and admin."),
    ADMIN_PASSWORD("admin.password", "", "Admin password, normally given through the environment (PONTE_ADMIN_PASSWORD)."),
    THREADS("threads", "0", "Mapping threads; 0 means one per core."),
    MAX_DOCUMENT_BYTES("max.document.bytes", "16777216", "Documents larger than this are reported and skipped."),
    LICENSE("license", "https://creativecommons.org/licenses/by/4.0/", "Licence IRI of the published dataset.");

    private final String key;
    private final String defaultValue;
    private final String description;

    Setting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** Key in a properties file, for example {@code base.iri}. */
    public String key() { return key; }

    /** Environment variable, for example {@code PONTE_BASE_IRI}. */
    public String envName() { return "PONTE_" + key.toUpperCase().replace('.', '_'); }

    public String defaultValue() { return defaultValue; }

    public String description() { return description; }

    /** The setting with this properties key, or null. */
    public static Setting byKey(String key) {
        for (Setting s : values()) if (s.key.equals(key)) return s;
        return null;
    }
}

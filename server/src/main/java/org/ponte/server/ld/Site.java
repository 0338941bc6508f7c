package org.ponte.server.ld;

import java.net.URI;
import org.apache.jena.graph.Node;
import org.ponte.core.IriPolicy;
import org.ponte.core.PonteConfig;
import org.ponte.core.Vocab;

/**
 * Where things are on this deployment: the public URL (with the real port once the server
 * listens), the data base IRI, and the mapping between the two that a persistent-IRI redirect
 * (w3id.org style) would do: {@code {base}X} is served at {@code {publicUrl}id/X}, its
 * description at {@code {publicUrl}doc/X}, the ontology {@code https://w3id.org/ponte/ontology}
 * at {@code {publicUrl}ontology}.
 *
 * <p>HTML links are root-relative ({@link #href}), so pages work on whatever host name the
 * browser used; headers and RDF metadata use the absolute public URL.
 */
final class Site {
    /** Where the SHACL shapes are published (the ontology's {@code rdfs:seeAlso}). */
    static final String SHAPES_IRI = "https://w3id.org/ponte/shapes";

    private final PonteConfig cfg;
    private final String publicUrl;
    private final String root;

    Site(PonteConfig cfg) {
        this.cfg = cfg;
        this.publicUrl = cfg.publicUrl();
        String path = URI.create(publicUrl).getRawPath();
        this.root = path == null || path.isEmpty() ? "/" : path;
    }

    PonteConfig config() { return cfg; }

    IriPolicy iris() { return cfg.iris(); }

    /** The public root URL, ending with '/'. */
    String publicUrl() { return publicUrl; }

    /** The path of the public root, ending with '/' ({@code /} unless behind a path prefix). */
    String root() { return root; }

    /** The data IRI of a local path ({@code organisation/ismu}). */
    String dataIri(String local) { return cfg.iris().base() + local; }

    /** {@code {publicUrl}id/X}: where the thing {@code {base}X} is answered. */
    String idUrl(String local) { return publicUrl + "id/" + local; }

    /** {@code {publicUrl}doc/X}: the document describing {@code {base}X}. */
    String docUrl(String local) { return publicUrl + "doc/" + local; }

    /** {@code {root}doc/X}: the same, root-relative. */
    String docPath(String local) { return root + "doc/" + local; }

    /** The dataset description document. */
    String voidUrl() { return publicUrl + ".well-known/void"; }

    /** The dataset, as the description names it. */
    String datasetIri() { return voidUrl() + "#dataset"; }

    /** The SPARQL endpoint. */
    String sparqlUrl() { return publicUrl + "ponte/sparql"; }

    /**
     * The local path of a data IRI, without its fragment ({@code {base}annotation/x#quote} gives
     * {@code annotation/x}); null when the IRI is not under the base.
     */
    String localPath(String iri) {
        String l = cfg.iris().localPath(iri);
        if (l == null) return null;
        int hash = l.indexOf('#');
        return hash >= 0 ? l.substring(0, hash) : l;
    }

    /**
     * Where an HTML page links for an IRI: the description page of data IRIs (keeping the
     * fragment as an anchor), the ontology page for ontology terms, the IRI itself for other
     * http(s) IRIs; null for anything else (a {@code javascript:} or {@code urn:} IRI is shown,
     * never linked).
     */
    String href(String iri) {
        if (iri == null) return null;
        String local = cfg.iris().localPath(iri);
        if (local != null) return root + "doc/" + local;
        if (iri.equals(Vocab.ONTOLOGY_IRI)) return root + "ontology";
        if (iri.startsWith(Vocab.PONTE_NS)) return root + "ontology#" + iri.substring(Vocab.PONTE_NS.length());
        if (iri.equals(SHAPES_IRI)) return root + "shapes";
        if (iri.startsWith(publicUrl)) return root + iri.substring(publicUrl.length());
        if (iri.startsWith("http://") || iri.startsWith("https://")) return iri;
        return null;
    }

    String href(Node n) {
        return n != null && n.isURI() ? href(n.getURI()) : null;
    }

    /** Whether the IRI names something this server describes (data or the ontology). */
    boolean isLocal(String iri) {
        return cfg.iris().isData(iri) || iri.startsWith(Vocab.ONTOLOGY_IRI);
    }
}

package org.ponte.server.ld;

import org.ponte.core.PonteConfig;
import org.ponte.core.Problems;
import org.ponte.server.PonteServer;

/**
 * Ponte's linked-data layer: what a Linked Open Data harvester, a browser and a SPARQL client
 * need beyond the SPARQL endpoint. {@link #install} adds it to a {@link PonteServer.Builder}
 * as a Fuseki module.
 *
 * <h2>URL scheme (303 pattern)</h2>
 * Data IRIs are {@code {base}{kind}/{slug}} (base configurable, default
 * {@code https://w3id.org/ponte/id/}); the server answers the thing {@code {base}X} at
 * {@code {publicUrl}id/X}, so a persistent-IRI redirect ({@code https://w3id.org/ponte/id/*} to
 * {@code https://host/id/*}) can point at any deployment.
 * <table>
 * <caption>Routes</caption>
 * <tr><td>{@code /id/{kind}/{slug}}</td><td>the thing: {@code 303 See Other} to
 *     {@code /doc/{kind}/{slug}} ({@code Vary: Accept}); 406 when no format fits, 404 when unknown,
 *     400 outside the slug alphabet</td></tr>
 * <tr><td>{@code /doc/{kind}/{slug}}</td><td>the document about it: HTML, Turtle, JSON-LD,
 *     RDF/XML, N-Triples, TriG, N-Quads by {@code Accept} (q-values honoured; no header: HTML;
 *     {@code *}{@code /*}: Turtle) or {@code ?format=}; {@code Content-Location} names the
 *     representation</td></tr>
 * <tr><td>{@code /doc/{kind}/{slug}.ttl|.jsonld|.rdf|.nt|.trig|.nq|.html}</td><td>one representation</td></tr>
 * <tr><td>{@code /ontology}, {@code /ontology.ttl…}, {@code /ontology/{Term}}, {@code /shapes}</td>
 *     <td>the ontology (hash IRIs: 200 with negotiation), term redirects, SHACL shapes</td></tr>
 * <tr><td>{@code /}</td><td>home page (RDF by negotiation: the site, its dataset, the class collections)</td></tr>
 * <tr><td>{@code /list/}, {@code /list/{kind}?page=N}</td><td>class indexes (HTML, Hydra collections in RDF)</td></tr>
 * <tr><td>{@code /search?q=}</td><td>full-text search over names (jena-text)</td></tr>
 * <tr><td>{@code /queries/}, {@code /queries/{name}.rq}</td><td>example queries, each one click from the query editor</td></tr>
 * <tr><td>{@code /.well-known/void}</td><td>VoID + DCAT description of the live store</td></tr>
 * <tr><td>{@code /dumps/}, {@code /dumps/{file}}</td><td>the exporter's files with checksums, ETag, 304</td></tr>
 * <tr><td>{@code /context.jsonld}, {@code /robots.txt}, {@code /sitemap.xml}</td><td>JSON-LD context, crawl rules, sitemap</td></tr>
 * </table>
 *
 * <p>Why 303 rather than 200 at the identifier: a Ponte IRI names an organisation or a
 * project, not a web page, and Cool URIs' 303 pattern keeps the two apart
 * ({@code <doc> foaf:primaryTopic <thing>} in every description) while letting the document
 * URL be cached, linked and negotiated like any page. The cost, one redirect, is paid only on
 * the first request of a crawl; HTML pages link to {@code /doc/} URLs directly.
 *
 * <p>Every response from these routes is read-only, CORS-enabled (the server's filter exposes
 * {@code Link} and {@code ETag}), carries {@code ETag} (dumps also {@code Last-Modified}) and
 * answers conditional GET and HEAD; errors are short pages without stack traces.
 */
public final class LinkedData {
    private LinkedData() {}

    /** Adds the linked-data routes to a server being built. */
    public static void install(PonteServer.Builder builder, PonteConfig cfg, Problems problems) {
        builder.addModule(new LinkedDataModule(new LinkedDataContext(cfg, builder.dataset(), problems)));
    }
}

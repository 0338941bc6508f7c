package org.ponte.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.ponte.core.Vocab;

/**
 * The home page, {@code /}: what Ponte is, how many things of each kind it knows (linking to
 * the class indexes), the search box, the example queries (one click to the query editor),
 * and links to the SPARQL endpoint, the query editor, the dumps, the VoID description and the
 * ontology. In RDF (by negotiation) the page describes the site: its primary topic is the
 * dataset, and it links the class collections, so a crawler that starts here reaches every
 * entity.
 */
final class HomeServlet extends LdServlet {
    private static final long serialVersionUID = 1L;
    private final transient ClassIndex index;
    private final transient ExampleQueries queries;

    HomeServlet(LinkedDataContext ld, ClassIndex index, ExampleQueries queries) {
        super(ld);
        this.index = index;
        this.queries = queries;
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp, LinkedDataContext.Resolved r) throws IOException {
        MediaFormat format = format(req, resp, ALL, MediaFormat.HTML, r);
        if (format == null) return;
        String lang = lang(req);
        Site site = r.site();
        DatasetGraph dsg = ld.dataset();
        List<ExampleQueries.Query> examples = queries.all();
        Txn.executeRead(dsg, () -> {
            try {
                String state = ld.stateTag(dsg);
                String etag = Http.weakEtag(state, "home", format.name(), lang, Integer.toString(examples.hashCode()));
                resp.setHeader("Cache-Control", "public, max-age=60");
                resp.addHeader("Link", link(site.voidUrl(), "describedby", "text/turtle"));
                resp.addHeader("Link", link(site.datasetIri(), "collection", null));
                resp.addHeader("Link", link(site.config().license(), "license", null));
                resp.addHeader("Link", link(site.sparqlUrl(), "http://www.w3.org/ns/sparql-service-description#endpoint", null));
                if (format == MediaFormat.HTML) varyLanguage(req, resp);
                if (Http.notModified(req, etag)) {
                    Http.sendNotModified(resp, etag);
                    return;
                }
                Map<String, Integer> counts = index.counts(dsg, state);
                byte[] body;
                if (format == MediaFormat.HTML) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("title", "Ponte");
                    m.put("listings", ListServlet.listings(counts, r.pages().messages(lang)));
                    m.put("queries", queryRows(examples, site));
                    m.put("sparql", site.root() + "ponte/sparql");
                    m.put("sparqlUrl", site.sparqlUrl());
                    m.put("voidUrl", site.voidUrl());
                    m.put("base", site.iris().base());
                    m.put("alternates", List.of(Map.of("type", "text/turtle", "href", site.root() + "?format=ttl", "title", "Turtle", "ext", "ttl")));
                    body = r.pages().render("home", req, lang, m);
                } else {
                    body = RdfOutput.write(rdf(site, counts, r.pages().messages("en")), format);
                }
                Http.send(req, resp, 200, format.contentType(), body, etag);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    static List<Map<String, Object>> queryRows(List<ExampleQueries.Query> examples, Site site) {
        List<Map<String, Object>> out = new ArrayList<>();
        String dataset = "ponte";
        for (ExampleQueries.Query q : examples) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", q.name());
            row.put("title", q.title());
            row.put("description", q.description());
            row.put("editor", q.editorHref(site.root(), dataset));
            row.put("results", q.resultsHref(site.root()));
            row.put("file", q.fileHref(site.root()));
            row.put("text", q.text());
            out.add(row);
        }
        return out;
    }

    private static Graph rdf(Site site, Map<String, Integer> counts, Map<String, String> en) {
        Graph g = GraphFactory.createDefaultGraph();
        Node home = NodeFactory.createURI(site.publicUrl());
        Node dataset = NodeFactory.createURI(site.datasetIri());
        g.add(home, Vocab.RDF_TYPE, NodeFactory.createURI(Vocab.FOAF_NS + "Document"));
        g.add(home, Vocab.DCTERMS_TITLE, NodeFactory.createLiteralLang("Ponte: who runs, funds and partners in migrant-integration work", "en"));
        g.add(home, Vocab.FOAF_PRIMARY_TOPIC, dataset);
        g.add(home, Vocab.RDFS_COMMENT, NodeFactory.createLiteralLang(en.getOrDefault("home.intro", ""), "en"));
        g.add(home, NodeFactory.createURI(Vocab.RDFS_NS + "seeAlso"), NodeFactory.createURI(site.voidUrl()));
        g.add(home, NodeFactory.createURI(Vocab.DCTERMS_NS + "license"), NodeFactory.createURI(site.config().license()));
        g.add(dataset, NodeFactory.createURI(Vocab.VOID_NS + "sparqlEndpoint"), NodeFactory.createURI(site.sparqlUrl()));
        g.add(dataset, NodeFactory.createURI(Vocab.VOID_NS + "uriSpace"), NodeFactory.createLiteralString(site.iris().base()));
        g.add(dataset, NodeFactory.createURI(Vocab.DCTERMS_NS + "conformsTo"), NodeFactory.createURI(Vocab.ONTOLOGY_IRI));
        for (ClassIndex.Listing l : ClassIndex.LISTINGS) {
            Node coll = ListServlet.collection(g, site, l, counts.getOrDefault(l.kind(), 0), en);
            g.add(home, NodeFactory.createURI(ListServlet.HYDRA + "collection"), coll);
        }
        ListServlet.prefixes(g);
        return g;
    }
}

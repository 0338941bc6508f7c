package org.ponte.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ponte.core.Vocab;
import org.ponte.export.DumpManifest;

/**
 * {@code /.well-known/void}: the dataset description (VoID + DCAT 3, statistics counted from the
 * live store, one distribution per dump in {@code dist/}), built by the exporter's
 * {@code DescriptionCache} and recomputed only when the store changes. RDF by negotiation
 * (Turtle for a bare wildcard), and an HTML summary for browsers.
 */
final class VoidServlet extends LdServlet {
    private static final long serialVersionUID = 1L;

    VoidServlet(LinkedDataContext ld) {
        super(ld);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp, LinkedDataContext.Resolved r) throws IOException {
        MediaFormat format = format(req, resp, ALL, MediaFormat.HTML, r);
        if (format == null) return;
        String lang = lang(req);
        DatasetGraph dsg = ld.dataset();
        DumpManifest manifest = ld.manifest();
        String state = ld.stateTag(dsg);
        String etag = Http.weakEtag(state, "void", manifest == null ? "" : manifest.checksums(), format.name(),
                format == MediaFormat.HTML ? lang : "");
        Site site = r.site();
        resp.setHeader("Cache-Control", "public, max-age=60");
        if (format == MediaFormat.HTML) varyLanguage(req, resp);
        for (MediaFormat f : RDF) resp.addHeader("Link", link(site.voidUrl() + "?format=" + f.extension(), "alternate", f.mediaType()));
        resp.addHeader("Link", link(site.config().license(), "license", null));
        if (Http.notModified(req, etag)) {
            Http.sendNotModified(resp, etag);
            return;
        }
        Graph g = r.voidCache().get(dsg, manifest);
        byte[] body;
        if (format == MediaFormat.HTML) {
            Map<String, Object> m = Txn.calculateRead(dsg, () -> model(g, site, new Labels(dsg, lang), lang));
            m.put("alternates", RDF.stream().filter(f -> !f.isQuads())
                    .map(f -> Map.of("type", f.mediaType(), "href", site.root() + ".well-known/void?format=" + f.extension(),
                            "title", f.title(), "ext", f.extension())).toList());
            body = r.pages().render("void", req, lang, m);
        } else {
            body = RdfOutput.write(g, format);
        }
        Http.send(req, resp, 200, format.contentType(), body, etag);
    }

    private static Map<String, Object> model(Graph g, Site site, Labels labels, String lang) {
        Node ds = NodeFactory.createURI(site.datasetIri());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", literal(g, ds, Vocab.DCTERMS_NS + "title", lang));
        m.put("description", literal(g, ds, Vocab.DCTERMS_NS + "description", lang));
        m.put("modified", literal(g, ds, Vocab.DCTERMS_NS + "modified", lang));
        m.put("licenseHref", iri(g, ds, Vocab.DCTERMS_NS + "license"));
        m.put("sparql", iri(g, ds, Vocab.VOID_NS + "sparqlEndpoint"));
        m.put("uriSpace", literal(g, ds, Vocab.VOID_NS + "uriSpace", lang));
        List<Map<String, Object>> stats = new ArrayList<>();
        for (String p : List.of("triples", "entities", "distinctSubjects", "distinctObjects", "properties", "classes", "documents")) {
            String v = literal(g, ds, Vocab.VOID_NS + p, lang);
            if (v != null) stats.add(Map.of("name", "void:" + p, "value", v));
        }
        m.put("statistics", stats);
        List<Map<String, Object>> dists = new ArrayList<>();
        for (Node d : objects(g, ds, Vocab.DCAT_NS + "distribution")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", literal(g, d, Vocab.DCTERMS_NS + "title", lang));
            String url = iri(g, d, Vocab.DCAT_NS + "downloadURL");
            if (url == null) url = iri(g, d, Vocab.DCAT_NS + "accessURL");
            row.put("url", url);
            row.put("href", site.href(url));
            row.put("size", literal(g, d, Vocab.DCAT_NS + "byteSize", lang));
            String media = iri(g, d, Vocab.DCAT_NS + "mediaType");
            row.put("mediaType", media == null ? null : media.substring(media.lastIndexOf("media-types/") + 12));
            Node sum = first(g, d, "http://spdx.org/rdf/terms#checksum");
            row.put("sha256", sum == null ? null : literal(g, sum, "http://spdx.org/rdf/terms#checksumValue", lang));
            dists.add(row);
        }
        dists.sort(Comparator.comparing(x -> String.valueOf(x.get("url"))));
        m.put("distributions", dists);
        List<Map<String, Object>> classes = new ArrayList<>();
        for (Node part : objects(g, ds, Vocab.VOID_NS + "classPartition")) {
            String cls = iri(g, part, Vocab.VOID_NS + "class");
            if (cls == null) continue;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", labels.of(NodeFactory.createURI(cls)));
            row.put("href", site.href(cls));
            row.put("entities", Long.parseLong(literal(g, part, Vocab.VOID_NS + "entities", lang)));
            classes.add(row);
        }
        classes.sort(Comparator.comparing((Map<String, Object> x) -> (Long) x.get("entities")).reversed());
        m.put("classes", classes);
        List<Map<String, Object>> examples = new ArrayList<>();
        for (Node e : objects(g, ds, Vocab.VOID_NS + "exampleResource"))
            examples.add(Map.of("text", labels.of(e), "href", String.valueOf(site.href(e))));
        m.put("examples", examples);
        return m;
    }

    private static List<Node> objects(Graph g, Node s, String p) {
        List<Node> out = new ArrayList<>();
        for (Iterator<Triple> it = g.find(s, NodeFactory.createURI(p), Node.ANY); it.hasNext(); ) out.add(it.next().getObject());
        return out;
    }

    private static Node first(Graph g, Node s, String p) {
        List<Node> o = objects(g, s, p);
        return o.isEmpty() ? null : o.get(0);
    }

    private static String literal(Graph g, Node s, String p, String lang) {
        List<Node> lits = new ArrayList<>();
        for (Node o : objects(g, s, p)) if (o.isLiteral()) lits.add(o);
        return Labels.pick(lits, lang);
    }

    private static String iri(Graph g, Node s, String p) {
        for (Node o : objects(g, s, p)) if (o.isURI()) return o.getURI();
        return null;
    }
}

package org.ponte.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.ponte.core.PonteVersion;
import org.ponte.core.Vocab;

/**
 * {@code /doc/{kind}/{slug}[.ttl|.jsonld|.rdf|.nt|.trig|.nq|.html]}: the document describing
 * {@code {base}{kind}/{slug}}, built by {@link ResourceDescriber}.
 *
 * <p>Without an extension the representation is negotiated ({@code Accept}, or {@code ?format=}):
 * the response says which one it is with {@code Content-Location: /doc/X.ttl} and carries
 * {@code Vary: Accept}. HTML is the default when there is no Accept header; a bare
 * {@code *}{@code /*} gets Turtle. Every response has a weak {@code ETag} of the store state,
 * path, format and language (304 on {@code If-None-Match}), and FAIR-signposting {@code Link}
 * headers: {@code cite-as} (the persistent IRI), {@code alternate} and {@code describedby} for
 * each format, {@code license}, {@code collection} and {@code void:inDataset} (the dataset),
 * {@code type} (schema.org and Ponte classes).
 */
final class DocServlet extends LdServlet {
    private static final long serialVersionUID = 1L;

    DocServlet(LinkedDataContext ld) {
        super(ld);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp, LinkedDataContext.Resolved r) throws IOException {
        DataPath.Parsed parsed = DataPath.parse(req.getPathInfo(), true);
        if (parsed.status() != DataPath.Status.OK) {
            boolean bad = parsed.status() == DataPath.Status.BAD_REQUEST;
            Http.error(req, resp, bad ? 400 : 404, bad ? "not a Ponte document path" : "no such document", r.pages());
            return;
        }
        DataPath path = parsed.path();
        Site site = r.site();
        MediaFormat format = path.format();
        boolean negotiated = format == null;
        if (format == null) format = format(req, resp, ALL, MediaFormat.HTML, r);
        if (format == null) return;
        String lang = lang(req);
        Node iri = NodeFactory.createURI(site.dataIri(path.local()));
        DatasetGraph dsg = ld.dataset();
        MediaFormat f = format;
        Txn.executeRead(dsg, () -> {
            try {
                respond(req, resp, r, dsg, path, iri, f, negotiated, lang);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void respond(HttpServletRequest req, HttpServletResponse resp, LinkedDataContext.Resolved r, DatasetGraph dsg,
                         DataPath path, Node iri, MediaFormat format, boolean negotiated, String lang) throws IOException {
        Site site = r.site();
        if (!ResourceDescriber.exists(dsg, iri)) {
            Http.error(req, resp, 404, "nothing is known about " + iri.getURI(), r.pages());
            return;
        }
        String etag = Http.weakEtag(ld.stateTag(dsg), path.local(), format.name(), format == MediaFormat.HTML ? lang : "");
        headers(req, resp, site, path, iri, format, negotiated, dsg);
        if (format == MediaFormat.HTML) varyLanguage(req, resp);
        if (Http.notModified(req, etag)) {
            Http.sendNotModified(resp, etag);
            return;
        }
        ResourceDescriber.Description d = r.describer().describe(dsg, iri, path.local());
        byte[] body;
        if (format == MediaFormat.HTML) {
            Labels labels = new Labels(dsg, lang);
            Map<String, Object> model = new EntityPageModel(site, dsg, labels, d).build(r.pages().messages(lang));
            model.put("alternates", alternates(site, path));
            model.put("docUrl", site.docUrl(path.local()));
            model.put("idUrl", site.idUrl(path.local()));
            model.put("local", path.local());
            model.put("kind", path.kind());
            model.put("sparql", site.root() + "ponte/sparql");
            body = r.pages().render("resource", req, lang, model);
        } else {
            body = RdfOutput.write(d.quads(), d.union(), format);
        }
        Http.send(req, resp, 200, format.contentType(), body, etag);
    }

    private static void headers(HttpServletRequest req, HttpServletResponse resp, Site site, DataPath path, Node iri,
                                MediaFormat format, boolean negotiated, DatasetGraph dsg) {
        String doc = site.docUrl(path.local());
        if (negotiated) resp.setHeader("Content-Location", site.docPath(path.local()) + "." + format.extension());
        resp.setHeader("Cache-Control", "public, max-age=60");
        resp.addHeader("Link", link(iri.getURI(), "cite-as", null));
        for (MediaFormat f : MediaFormat.values()) {
            resp.addHeader("Link", link(doc + "." + f.extension(), "alternate", f.mediaType()));
            if (f.isRdf() && format == MediaFormat.HTML) resp.addHeader("Link", link(doc + "." + f.extension(), "describedby", f.mediaType()));
        }
        resp.addHeader("Link", link(site.config().license(), "license", null));
        resp.addHeader("Link", link(site.datasetIri(), "collection", null));
        resp.addHeader("Link", link(site.datasetIri(), Vocab.VOID_NS + "inDataset", null));
        Set<String> types = new LinkedHashSet<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, iri, Vocab.RDF_TYPE, Node.ANY); it.hasNext(); ) {
            Node t = it.next().getObject();
            if (t.isURI() && (t.getURI().startsWith(Vocab.SCHEMA_NS) || t.getURI().startsWith(Vocab.PONTE_NS))) types.add(t.getURI());
        }
        for (String t : types) resp.addHeader("Link", link(t, "type", null));
        resp.setHeader("X-Ponte-Version", PonteVersion.get());
    }

    /** The {@code <link rel="alternate">} entries of an HTML page. */
    static List<Map<String, String>> alternates(Site site, DataPath path) {
        List<Map<String, String>> out = new ArrayList<>();
        for (MediaFormat f : MediaFormat.values()) {
            if (!f.isRdf()) continue;
            Map<String, String> m = new LinkedHashMap<>();
            m.put("type", f.mediaType());
            m.put("href", site.docPath(path.local()) + "." + f.extension());
            m.put("title", f.title());
            m.put("ext", f.extension());
            out.add(m);
        }
        return out;
    }
}

package org.ponte.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.ponte.core.Vocab;

/**
 * Index pages per class: {@code /list/} (every class with its count) and
 * {@code /list/{kind}?page=N} ({@code organisation}, {@code project}, {@code programme},
 * {@code partnership}, {@code person}, {@code place}, {@code event}, {@code document}),
 * {@value ClassIndex#PAGE_SIZE} members a page. HTML for people; in RDF a Hydra collection
 * ({@code hydra:Collection} with {@code hydra:member}s, their labels and types, and a
 * {@code hydra:PartialCollectionView} with first/previous/next/last), so a crawler starting at
 * the home page or the VoID reaches every entity by following links.
 */
final class ListServlet extends LdServlet {
    private static final long serialVersionUID = 1L;
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    private final transient ClassIndex index;

    ListServlet(LinkedDataContext ld, ClassIndex index) {
        super(ld);
        this.index = index;
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp, LinkedDataContext.Resolved r) throws IOException {
        String info = req.getPathInfo();
        Site site = r.site();
        if (info == null) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", site.root() + "list/");
            return;
        }
        String kind = info.substring(1);
        ClassIndex.Listing listing = kind.isEmpty() ? null : ClassIndex.listing(kind);
        if (!kind.isEmpty() && listing == null) {
            Http.error(req, resp, kind.matches("[A-Za-z0-9._~/-]*") ? 404 : 400, "no such list", r.pages());
            return;
        }
        int page = page(req);
        MediaFormat format = format(req, resp, ALL, MediaFormat.HTML, r);
        if (format == null) return;
        String lang = lang(req);
        DatasetGraph dsg = ld.dataset();
        Txn.executeRead(dsg, () -> {
            try {
                String state = ld.stateTag(dsg);
                String etag = Http.weakEtag(state, "list", kind, String.valueOf(page), format.name(), lang);
                resp.setHeader("Cache-Control", "public, max-age=60");
                resp.addHeader("Link", link(site.datasetIri(), "collection", null));
                if (format == MediaFormat.HTML) varyLanguage(req, resp);
                if (listing == null) overview(req, resp, r, dsg, state, format, lang, etag);
                else members(req, resp, r, dsg, state, listing, page, format, lang, etag);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static int page(HttpServletRequest req) {
        String p = Pages.safeParam(req, "page");
        if (p == null) return 1;
        if (!p.matches("[0-9]{1,7}") || Integer.parseInt(p) < 1) throw new BadRequest("page must be a positive number");
        return Integer.parseInt(p);
    }

    private void overview(HttpServletRequest req, HttpServletResponse resp, LinkedDataContext.Resolved r, DatasetGraph dsg,
                          String state, MediaFormat format, String lang, String etag) throws IOException {
        if (Http.notModified(req, etag)) {
            Http.sendNotModified(resp, etag);
            return;
        }
        Map<String, Integer> counts = index.counts(dsg, state);
        byte[] body;
        if (format == MediaFormat.HTML) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("listings", listings(counts, r.pages().messages(lang)));
            m.put("title", r.pages().messages(lang).get("lists.title"));
            body = r.pages().render("lists", req, lang, m);
        } else {
            Graph g = GraphFactory.createDefaultGraph();
            Node self = NodeFactory.createURI(r.site().publicUrl() + "list/");
            for (ClassIndex.Listing l : ClassIndex.LISTINGS) {
                Node coll = collection(g, r.site(), l, counts.get(l.kind()), r.pages().messages("en"));
                g.add(self, uri(HYDRA + "collection"), coll);
            }
            prefixes(g);
            body = RdfOutput.write(g, format);
        }
        Http.send(req, resp, 200, format.contentType(), body, etag);
    }

    /** The overview rows: kind, title, count, link. */
    static List<Map<String, Object>> listings(Map<String, Integer> counts, Map<String, String> t) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ClassIndex.Listing l : ClassIndex.LISTINGS) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", l.kind());
            row.put("title", t.getOrDefault("kind." + l.kind() + ".plural", l.kind()));
            row.put("count", counts.getOrDefault(l.kind(), 0));
            out.add(row);
        }
        return out;
    }

    /** Adds the description of one collection (no members) and returns its IRI. */
    static Node collection(Graph g, Site site, ClassIndex.Listing l, int total, Map<String, String> en) {
        Node coll = NodeFactory.createURI(site.publicUrl() + "list/" + l.kind());
        g.add(coll, Vocab.RDF_TYPE, uri(HYDRA + "Collection"));
        g.add(coll, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang(en.getOrDefault("kind." + l.kind() + ".plural", l.kind()), "en"));
        g.add(coll, uri(HYDRA + "totalItems"), NodeFactory.createLiteralDT(Integer.toString(total), XSDDatatype.XSDnonNegativeInteger));
        Node manages = NodeFactory.createBlankNode();
        g.add(coll, uri(HYDRA + "manages"), manages);
        g.add(manages, uri(HYDRA + "property"), Vocab.RDF_TYPE);
        g.add(manages, uri(HYDRA + "object"), l.cls());
        g.add(coll, uri(Vocab.VOID_NS + "inDataset"), uri(site.datasetIri()));
        return coll;
    }

    private void members(HttpServletRequest req, HttpServletResponse resp, LinkedDataContext.Resolved r, DatasetGraph dsg,
                         String state, ClassIndex.Listing listing, int page, MediaFormat format, String lang, String etag)
            throws IOException {
        List<Node> all = index.members(dsg, listing, state);
        int pages = Math.max(1, (all.size() + ClassIndex.PAGE_SIZE - 1) / ClassIndex.PAGE_SIZE);
        if (page > pages) {
            Http.error(req, resp, 404, "there are only " + pages + " pages", r.pages());
            return;
        }
        if (Http.notModified(req, etag)) {
            Http.sendNotModified(resp, etag);
            return;
        }
        List<Node> slice = all.subList((page - 1) * ClassIndex.PAGE_SIZE, Math.min(all.size(), page * ClassIndex.PAGE_SIZE));
        Site site = r.site();
        String base = site.publicUrl() + "list/" + listing.kind();
        byte[] body;
        if (format == MediaFormat.HTML) {
            Labels labels = new Labels(dsg, lang);
            List<Map<String, Object>> items = new ArrayList<>();
            for (Node n : slice) {
                Map<String, Object> item = new LinkedHashMap<>();
                if (listing.kind().equals("document")) {
                    Evidence.Link doc = Evidence.documentLink(dsg, n, labels, site);
                    item.put("text", doc.text());
                    item.put("href", doc.href());
                } else {
                    item.put("text", labels.of(n));
                    item.put("href", site.href(n));
                    item.put("extra", acronyms(dsg, n));
                }
                items.add(item);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            Map<String, String> t = r.pages().messages(lang);
            m.put("title", t.getOrDefault("kind." + listing.kind() + ".plural", listing.kind()));
            m.put("kind", listing.kind());
            m.put("items", items);
            m.put("total", all.size());
            m.put("page", page);
            m.put("pages", pages);
            m.put("first", (page - 1) * ClassIndex.PAGE_SIZE + 1);
            m.put("last", (page - 1) * ClassIndex.PAGE_SIZE + slice.size());
            m.put("prev", page > 1 ? site.root() + "list/" + listing.kind() + "?page=" + (page - 1) : null);
            m.put("next", page < pages ? site.root() + "list/" + listing.kind() + "?page=" + (page + 1) : null);
            m.put("classHref", site.href(listing.cls()));
            m.put("alternates", List.of(Map.of("type", MediaFormat.TURTLE.mediaType(),
                    "href", site.root() + "list/" + listing.kind() + "?page=" + page + "&format=ttl", "title", "Turtle", "ext", "ttl")));
            body = r.pages().render("list", req, lang, m);
        } else {
            Graph g = GraphFactory.createDefaultGraph();
            Node coll = collection(g, site, listing, all.size(), r.pages().messages("en"));
            Node view = uri(base + "?page=" + page);
            g.add(coll, uri(HYDRA + "view"), view);
            g.add(view, Vocab.RDF_TYPE, uri(HYDRA + "PartialCollectionView"));
            g.add(view, uri(HYDRA + "first"), uri(base + "?page=1"));
            g.add(view, uri(HYDRA + "last"), uri(base + "?page=" + pages));
            if (page > 1) g.add(view, uri(HYDRA + "previous"), uri(base + "?page=" + (page - 1)));
            if (page < pages) g.add(view, uri(HYDRA + "next"), uri(base + "?page=" + (page + 1)));
            for (Node n : slice) {
                g.add(coll, uri(HYDRA + "member"), n);
                g.add(n, Vocab.RDF_TYPE, listing.cls());
                for (Iterator<Quad> it = dsg.find(Node.ANY, n, Vocab.RDFS_LABEL, Node.ANY); it.hasNext(); ) g.add(n, Vocab.RDFS_LABEL, it.next().getObject());
            }
            prefixes(g);
            body = RdfOutput.write(g, format);
        }
        Http.send(req, resp, 200, format.contentType(), body, etag);
    }

    private static String acronyms(DatasetGraph dsg, Node n) {
        java.util.TreeSet<String> a = new java.util.TreeSet<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, n, Vocab.ACRONYM, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (o.isLiteral()) a.add(o.getLiteralLexicalForm());
        }
        return a.isEmpty() ? null : String.join(", ", a);
    }

    static void prefixes(Graph g) {
        g.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        g.getPrefixMapping().setNsPrefix("hydra", HYDRA);
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }
}

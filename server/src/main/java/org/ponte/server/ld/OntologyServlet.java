package org.ponte.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ponte.core.Vocab;

/**
 * The ontology IRI, {@code https://w3id.org/ponte/ontology}, served at {@code /ontology}; its
 * terms are hash IRIs ({@code …/ontology#Organisation}), so dereferencing a term fetches this
 * one document (the fragment never reaches the server) and the HTML page scrolls to the term.
 *
 * <ul>
 * <li>{@code /ontology}: 200 with content negotiation (HTML documentation, Turtle, JSON-LD,
 *     RDF/XML, N-Triples), {@code Content-Location} and {@code Vary: Accept};</li>
 * <li>{@code /ontology.ttl|.jsonld|.rdf|.nt|.html}: one representation;</li>
 * <li>{@code /ontology/{version}} (the {@code owl:versionIRI}, for example {@code /ontology/0.1.0}):
 *     the same while that version is the one published, else 404;</li>
 * <li>{@code /ontology/{Term}}: 303 to {@code /ontology#Term} for a term the ontology defines
 *     (for redirects that turn {@code #} into {@code /}), else 404; {@code /ontology/} 301 to
 *     {@code /ontology};</li>
 * <li>{@code /shapes} (and {@code /shapes.ttl}): the SHACL shapes, RDF only.</li>
 * </ul>
 */
final class OntologyServlet extends LdServlet {
    private static final long serialVersionUID = 1L;
    static final List<MediaFormat> OFFERS = List.of(MediaFormat.TURTLE, MediaFormat.JSONLD, MediaFormat.NTRIPLES,
            MediaFormat.RDFXML, MediaFormat.HTML);
    static final List<MediaFormat> SHAPES_OFFERS = List.of(MediaFormat.TURTLE, MediaFormat.JSONLD, MediaFormat.NTRIPLES,
            MediaFormat.RDFXML);
    private static final Pattern TERM = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");

    OntologyServlet(LinkedDataContext ld) {
        super(ld);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp, LinkedDataContext.Resolved r) throws IOException {
        OntologyDocument onto = ld.ontology();
        String servletPath = req.getServletPath();
        String info = req.getPathInfo();
        boolean shapes = servletPath.startsWith("/shapes");
        if (shapes ? onto.shapes() == null : onto.isEmpty()) {
            Http.error(req, resp, 404, "not published", r.pages());
            return;
        }
        String name = shapes ? "shapes" : "ontology";
        List<MediaFormat> offers = shapes ? SHAPES_OFFERS : OFFERS;
        MediaFormat fixed = null;
        if (servletPath.contains(".")) {
            fixed = MediaFormat.byExtension(servletPath.substring(servletPath.indexOf('.') + 1));
            if (fixed == null || !offers.contains(fixed)) {
                Http.error(req, resp, 404, "no such representation", r.pages());
                return;
            }
        } else if (info != null && !shapes) {
            String rest = info.substring(1);
            if (rest.isEmpty()) {
                resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                resp.setHeader("Location", r.site().root() + "ontology");
                return;
            }
            if (!rest.equals(onto.version()) && !TERM.matcher(rest).matches()) {
                Http.error(req, resp, rest.matches("[A-Za-z0-9._~/-]*") ? 404 : 400, "no such term", r.pages());
                return;
            }
            if (!rest.equals(onto.version())) {
                if (!onto.defines(rest)) {
                    Http.error(req, resp, 404, "the ontology does not define " + clip(rest), r.pages());
                    return;
                }
                resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                resp.setHeader("Location", r.site().root() + "ontology#" + rest);
                resp.setHeader("Vary", "Accept");
                return;
            }
        } else if (info != null) {
            Http.error(req, resp, 404, "no such document", r.pages());
            return;
        }
        MediaFormat format = fixed != null ? fixed : format(req, resp, offers, shapes ? MediaFormat.TURTLE : MediaFormat.HTML, r);
        if (format == null) return;
        String lang = lang(req);
        String etag = Http.weakEtag(onto.hash(), name, format.name(), format == MediaFormat.HTML ? lang + ld.instance() : "");
        String url = r.site().publicUrl() + name;
        if (fixed == null) resp.setHeader("Content-Location", r.site().root() + name + "." + format.extension());
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.addHeader("Link", link(shapes ? Site.SHAPES_IRI : Vocab.ONTOLOGY_IRI, "cite-as", null));
        for (MediaFormat f : offers) resp.addHeader("Link", link(url + "." + f.extension(), "alternate", f.mediaType()));
        resp.addHeader("Link", link(r.site().config().license(), "license", null));
        if (format == MediaFormat.HTML) varyLanguage(req, resp);
        if (Http.notModified(req, etag)) {
            Http.sendNotModified(resp, etag);
            return;
        }
        byte[] body;
        if (format == MediaFormat.HTML) {
            Map<String, Object> model = onto.model(lang);
            model.put("alternates", alternates(r.site(), offers));
            body = r.pages().render("ontology", req, lang, model);
        } else {
            body = RdfOutput.write(shapes ? onto.shapes() : onto.graph(), format);
        }
        Http.send(req, resp, 200, format.contentType(), body, etag);
    }

    private static List<Map<String, String>> alternates(Site site, List<MediaFormat> offers) {
        return offers.stream().filter(MediaFormat::isRdf)
                .map(f -> Map.of("type", f.mediaType(), "href", site.root() + "ontology." + f.extension(), "title", f.title(),
                        "ext", f.extension()))
                .toList();
    }
}

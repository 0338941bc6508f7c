package org.ponte.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * {@code /id/{kind}/{slug}}: where the thing {@code {base}{kind}/{slug}} is answered. Things are
 * not documents, so the answer is {@code 303 See Other} to the document that describes it,
 * {@code /doc/{kind}/{slug}} (Cool URIs, the 303 pattern), which then negotiates HTML or RDF.
 *
 * <p>Negotiation is checked here too, so a client that accepts none of the formats gets 406
 * at once (the 303 carries {@code Vary: Accept}); {@code ?format=} or an extension
 * ({@code /id/organisation/ismu.ttl}) redirect straight to that representation. A path outside
 * the slug alphabet gets 400, an unknown thing 404.
 */
final class IdServlet extends LdServlet {
    private static final long serialVersionUID = 1L;

    IdServlet(LinkedDataContext ld) {
        super(ld);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp, LinkedDataContext.Resolved r) throws IOException {
        DataPath.Parsed parsed = DataPath.parse(req.getPathInfo(), true);
        if (parsed.status() == DataPath.Status.BAD_REQUEST) {
            Http.error(req, resp, 400, "not a Ponte identifier", r.pages());
            return;
        }
        if (parsed.status() == DataPath.Status.NOT_FOUND) {
            Http.error(req, resp, 404, "no such identifier", r.pages());
            return;
        }
        DataPath path = parsed.path();
        MediaFormat format = path.format();
        if (format == null && Pages.safeParam(req, "format") != null) format = format(req, resp, ALL, MediaFormat.HTML, r);
        // Without an explicit format the document negotiates again; here only acceptability is checked.
        if (format == null && format(req, resp, ALL, MediaFormat.HTML, r) == null) return;   // 406 sent
        Node iri = NodeFactory.createURI(r.site().dataIri(path.local()));
        DatasetGraph dsg = ld.dataset();
        boolean known = Txn.calculateRead(dsg, () -> ResourceDescriber.exists(dsg, iri));
        if (!known) {
            Http.error(req, resp, 404, "nothing is known about " + r.site().dataIri(path.local()), r.pages());
            return;
        }
        String target = r.site().docPath(path.local()) + (format == null ? "" : "." + format.extension());
        String lang = Pages.safeParam(req, "lang");
        if (lang != null && (lang.equals("en") || lang.equals("it"))) target += "?lang=" + lang;
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", target);
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.addHeader("Link", link(r.site().docUrl(path.local()), "describedby", null));
        byte[] body = ("303 See Other: " + target + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        if (!req.getMethod().equals("HEAD")) resp.getOutputStream().write(body);
    }
}

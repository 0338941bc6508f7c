package org.ponte.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the linked-data servlets: GET and HEAD only (OPTIONS is answered by the CORS filter,
 * anything else gets 405), any failure becomes a short 500 page without a stack trace (the
 * detail goes to the log), and helpers for negotiation, {@code Vary} and {@code Link} headers.
 */
abstract class LdServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LdServlet.class);

    /** Every format, in the server's preference order (Turtle first for a bare wildcard). */
    static final List<MediaFormat> ALL = List.of(MediaFormat.values());
    /** Only the RDF formats. */
    static final List<MediaFormat> RDF = ALL.stream().filter(MediaFormat::isRdf).toList();

    final transient LinkedDataContext ld;

    LdServlet(LinkedDataContext ld) {
        this.ld = ld;
    }

    /** Handles a GET (also called for HEAD, whose body the helpers leave out). */
    abstract void get(HttpServletRequest req, HttpServletResponse resp, LinkedDataContext.Resolved r) throws IOException;

    @Override
    protected final void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        LinkedDataContext.Resolved r = ld.get(req.getLocalPort());
        String m = req.getMethod();
        if (!m.equals("GET") && !m.equals("HEAD")) {
            resp.setHeader("Allow", "GET, HEAD, OPTIONS");
            Http.error(req, resp, 405, "only GET and HEAD", r.pages());
            return;
        }
        try {
            get(req, resp, r);
        } catch (BadRequest e) {
            Http.error(req, resp, 400, e.getMessage(), r.pages());
        } catch (IOException e) {
            // Most often the client went away; nothing to answer.
            LOG.debug("{} {}: {}", m, req.getRequestURI(), e.toString());
        } catch (RuntimeException e) {
            LOG.warn("{} {} failed: {}", m, req.getRequestURI(), e.toString(), e);
            Http.error(req, resp, 500, "internal error", r.pages());
        }
    }

    /** A request the servlet refuses with 400 and this message. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    /** The page language: {@code ?lang=}, else Accept-Language, else English. */
    static String lang(HttpServletRequest req) {
        return ContentNegotiation.language(Pages.safeParam(req, "lang"), req.getHeader("Accept-Language"));
    }

    /**
     * The format of a response: {@code ?format=} when present (400 if unknown or not offered),
     * else content negotiation. Null means 406 was sent.
     */
    static MediaFormat format(HttpServletRequest req, HttpServletResponse resp, List<MediaFormat> offers, MediaFormat whenMissing,
                              LinkedDataContext.Resolved r) throws IOException {
        String f = Pages.safeParam(req, "format");
        if (f != null) {
            MediaFormat mf = MediaFormat.byName(f);
            if (mf == null || !offers.contains(mf))
                throw new BadRequest("unknown format '" + clip(f) + "'; use one of " + names(offers));
            return mf;
        }
        MediaFormat mf = ContentNegotiation.choose(req.getHeader("Accept"), offers, whenMissing);
        resp.addHeader("Vary", "Accept");
        if (mf == null) notAcceptable(req, resp, offers);
        return mf;
    }

    /** 406 with the list of media types on offer. */
    static void notAcceptable(HttpServletRequest req, HttpServletResponse resp, List<MediaFormat> offers) throws IOException {
        StringJoiner j = new StringJoiner("\n", "406 Not Acceptable. Available representations:\n", "\n");
        for (MediaFormat f : offers) j.add(f.mediaType());
        Http.send(req, resp, 406, "text/plain; charset=utf-8", j.toString().getBytes(StandardCharsets.UTF_8), null);
    }

    static String names(List<MediaFormat> offers) {
        List<String> n = new ArrayList<>();
        for (MediaFormat f : offers) n.add(f.extension());
        return String.join(", ", n);
    }

    /** A value shortened for an error message (never echo long input). */
    static String clip(String s) {
        String c = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return c.replaceAll("[^\\p{Print}]", "?");
    }

    /** One {@code Link} header value (RFC 8288). */
    static String link(String target, String rel, String type) {
        return "<" + target + ">; rel=\"" + rel + "\"" + (type == null ? "" : "; type=\"" + type + "\"");
    }

    /** Adds {@code Vary: Accept-Language} when the body depends on it. */
    static void varyLanguage(HttpServletRequest req, HttpServletResponse resp) {
        if (Pages.safeParam(req, "lang") == null) resp.addHeader("Vary", "Accept-Language");
    }
}

package org.ponte.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The example queries: {@code /queries/} lists them (title, description, the text, a link that
 * opens each in the query editor at {@code /ui/} and one that runs it on the endpoint), and
 * {@code /queries/{name}.rq} serves one file as {@code application/sparql-query}.
 */
final class QueriesServlet extends LdServlet {
    private static final long serialVersionUID = 1L;
    private final transient ExampleQueries queries;

    QueriesServlet(LinkedDataContext ld, ExampleQueries queries) {
        super(ld);
        this.queries = queries;
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp, LinkedDataContext.Resolved r) throws IOException {
        String info = req.getPathInfo();
        if (info == null) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", r.site().root() + "queries/");
            return;
        }
        String name = info.substring(1);
        if (name.isEmpty()) {
            MediaFormat format = format(req, resp, List.of(MediaFormat.HTML), MediaFormat.HTML, r);
            if (format == null) return;
            String lang = lang(req);
            List<ExampleQueries.Query> all = queries.all();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", r.pages().messages(lang).get("queries.title"));
            m.put("queries", HomeServlet.queryRows(all, r.site()));
            varyLanguage(req, resp);
            Http.send(req, resp, 200, MediaFormat.HTML.contentType(), r.pages().render("queries", req, lang, m),
                    Http.weakEtag("queries", Integer.toString(all.hashCode()), lang, ld.instance()));
            return;
        }
        ExampleQueries.Query q = name.endsWith(".rq") ? queries.get(name.substring(0, name.length() - 3)) : null;
        if (q == null) {
            Http.error(req, resp, name.matches("[A-Za-z0-9._~/-]*") ? 404 : 400, "no such query", r.pages());
            return;
        }
        byte[] body = q.text().getBytes(StandardCharsets.UTF_8);
        resp.setHeader("Cache-Control", "public, max-age=60");
        Http.send(req, resp, 200, "application/sparql-query; charset=utf-8", body, Http.strongEtag(Http.shortHash(body)));
    }
}

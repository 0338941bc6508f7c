package org.ponte.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * {@code /search?q=…}: the search box's results page, names matched through the text index
 * ({@link TextSearch}), each linking to its page, with its kind and the name that matched.
 * HTML only; an empty query shows the form.
 */
final class SearchServlet extends LdServlet {
    private static final long serialVersionUID = 1L;

    SearchServlet(LinkedDataContext ld) {
        super(ld);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp, LinkedDataContext.Resolved r) throws IOException {
        MediaFormat format = format(req, resp, List.of(MediaFormat.HTML), MediaFormat.HTML, r);
        if (format == null) return;
        String q = Pages.safeParam(req, "q");
        if (q != null && q.length() > 200) throw new BadRequest("the search text is too long");
        String lang = lang(req);
        Site site = r.site();
        DatasetGraph dsg = ld.dataset();
        byte[] body = Txn.calculateRead(dsg, () -> {
            Labels labels = new Labels(dsg, lang);
            List<Map<String, Object>> results = new ArrayList<>();
            for (TextSearch.Hit h : TextSearch.search(dsg, q)) {
                Map<String, Object> row = new LinkedHashMap<>();
                String iri = h.subject().getURI();
                String local = site.localPath(iri);
                row.put("text", labels.of(h.subject()));
                row.put("href", site.href(iri));
                row.put("kind", local != null && local.contains("/") ? local.substring(0, local.indexOf('/')) : "ontology");
                row.put("matched", h.matched());
                results.add(row);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", r.pages().messages(lang).get("search.title"));
            m.put("q", q);
            m.put("searched", TextSearch.lucene(q) != null);
            m.put("results", results);
            return r.pages().render("search", req, lang, m);
        });
        resp.setHeader("Cache-Control", "no-cache");
        varyLanguage(req, resp);
        Http.send(req, resp, 200, MediaFormat.HTML.contentType(), body, null);
    }
}

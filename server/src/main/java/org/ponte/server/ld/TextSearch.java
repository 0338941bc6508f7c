package org.ponte.server.ld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.ponte.core.Slugs;

/**
 * Full-text search over names through the store's jena-text index ({@code ptext:name}: labels,
 * preferred and alternative labels, acronyms; accent-insensitive, see
 * {@code fuseki-config/config.ttl}).
 *
 * <p>The user's words never reach the query as syntax: they are folded to lower-case ASCII
 * ({@link Slugs#fold}) and split into {@code [a-z0-9]} words, so no Lucene operator, quote or
 * wildcard can be injected; each word becomes {@code (word^2 OR word*)} (whole words rank above
 * prefixes) and all words must match. The resulting Lucene string is bound into a fixed SPARQL
 * query as a literal by {@link QueryExec#substitution}; no text is concatenated into SPARQL.
 */
final class TextSearch {
    static final int MAX_WORDS = 8;
    static final int MAX_HITS = 400;
    static final int MAX_RESULTS = 50;
    private static final Query QUERY = QueryFactory.create("""
            PREFIX text:  <http://jena.apache.org/text#>
            PREFIX ptext: <https://w3id.org/ponte/text#>
            SELECT ?s ?score ?literal WHERE {
              (?s ?score ?literal) text:query (ptext:name ?lucene 400)
            }""");

    /** One entity found: the best score of its matching names, and the name that matched best. */
    record Hit(Node subject, double score, String matched) {}

    private TextSearch() {}

    /** The Lucene query for the user's text, or null when it has no searchable word. */
    static String lucene(String userText) {
        if (userText == null) return null;
        String folded = Slugs.fold(userText.length() > 200 ? userText.substring(0, 200) : userText);
        List<String> clauses = new ArrayList<>();
        for (String w : folded.split("[^a-z0-9]+")) {
            if (w.isEmpty()) continue;
            clauses.add(w.length() >= 2 ? "+(" + w + "^2 OR " + w + "*)" : "+" + w);
            if (clauses.size() == MAX_WORDS) break;
        }
        return clauses.isEmpty() ? null : String.join(" ", clauses);
    }

    /** Entities whose names match, best first, at most {@value #MAX_RESULTS} (inside a read transaction). */
    static List<Hit> search(DatasetGraph dsg, String userText) {
        String lucene = lucene(userText);
        if (lucene == null) return List.of();
        Map<Node, Hit> best = new LinkedHashMap<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(QUERY)
                .substitution("lucene", NodeFactory.createLiteralString(lucene)).build()) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                Node s = b.get("s");
                Node score = b.get("score");
                Node lit = b.get("literal");
                if (s == null || !s.isURI()) continue;
                double sc = score == null ? 0 : Double.parseDouble(score.getLiteralLexicalForm());
                Hit h = best.get(s);
                if (h == null || sc > h.score())
                    best.put(s, new Hit(s, sc, lit == null ? null : lit.getLiteralLexicalForm()));
            }
        }
        return best.values().stream().sorted((a, b) -> Double.compare(b.score(), a.score())).limit(MAX_RESULTS).toList();
    }
}

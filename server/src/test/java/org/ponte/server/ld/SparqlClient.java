package org.ponte.server.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;

/** SELECT queries against the corpus server's public endpoint, over HTTP. */
final class SparqlClient {
    private SparqlClient() {}

    /** Every row, variable to node. */
    static List<Map<String, Node>> select(Corpus c, String query) {
        List<Map<String, Node>> rows = new ArrayList<>();
        try (QueryExec qe = QueryExecHTTP.service(c.url("/ponte/sparql")).query(query).build()) {
            RowSet rs = qe.select();
            List<String> vars = rs.getResultVars().stream().map(v -> v.getVarName()).toList();
            while (rs.hasNext()) {
                Binding b = rs.next();
                Map<String, Node> row = new java.util.LinkedHashMap<>();
                for (String v : vars) {
                    Node n = b.get(v);
                    if (n != null) row.put(v, n);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** One column, as IRIs or lexical forms. */
    static List<String> column(Corpus c, String query, String var) {
        List<String> out = new ArrayList<>();
        for (Map<String, Node> row : select(c, query)) {
            Node n = row.get(var);
            if (n != null) out.add(n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
        }
        return out;
    }

    /** A single number from a one-row query. */
    static long count(Corpus c, String query, String var) {
        return Long.parseLong(column(c, query, var).get(0));
    }
}

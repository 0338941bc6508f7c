package org.ponte.mapper.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ponte.core.Vocab;

/**
 * Java twins of the SPARQL constraints in {@code ontology/shapes.ttl}. Jena runs a SPARQL
 * constraint as one query per focus node, which made validation more than half of the time it
 * takes to map a document; these checks read the graph directly and report the same
 * violations. Each is found by the start of its {@code sh:message}, so a constraint whose
 * message changes, or a new one, falls back to the SHACL engine instead of going unchecked.
 * {@code NativeConstraintsTest} shows that each twin rejects what its SPARQL original rejects.
 */
enum NativeConstraints {
    /** EntityShape: at most one rdfs:label without a language tag. */
    ONE_PLAIN_LABEL("At most one rdfs:label without a language tag") {
        @Override
        void check(Graph g, Node focus, BiConsumer<Node, String> violation) {
            int plain = 0;
            for (Triple t : g.find(focus, RDFS.label.asNode(), Node.ANY).toList()) {
                Node o = t.getObject();
                if (o.isLiteral() && o.getLiteralLanguage().isEmpty()) plain++;
            }
            if (plain > 1) violation.accept(focus, "has " + plain + " rdfs:label values without a language tag");
        }
    },
    /** DatedShape: the start date is not after the end date, compared on their common precision. */
    START_NOT_AFTER_END("ponte:startDate {?value} is after ponte:endDate") {
        @Override
        void check(Graph g, Node focus, BiConsumer<Node, String> violation) {
            for (Triple s : g.find(focus, node("startDate"), Node.ANY).toList()) {
                for (Triple e : g.find(focus, node("endDate"), Node.ANY).toList()) {
                    if (!s.getObject().isLiteral() || !e.getObject().isLiteral()) continue;
                    String a = withoutZone(s.getObject().getLiteralLexicalForm());
                    String b = withoutZone(e.getObject().getLiteralLexicalForm());
                    if (!YEAR_FIRST.matcher(a).matches() || !YEAR_FIRST.matcher(b).matches()) continue;
                    int n = Math.min(10, Math.min(a.length(), b.length()));
                    if (a.substring(0, n).compareTo(b.substring(0, n)) > 0)
                        violation.accept(focus, "ponte:startDate " + a + " is after ponte:endDate " + b);
                }
            }
        }
    },
    /** SubOrganizationShape: no body is a part of itself. */
    NOT_OWN_PARENT("An organisation is not a sub-organisation of itself") {
        @Override
        void check(Graph g, Node focus, BiConsumer<Node, String> violation) {
            if (g.contains(focus, node("subOrganizationOf"), focus)) violation.accept(focus, "is a sub-organisation of itself");
        }
    },
    /** StatementShape: the fact an annotation is about is asserted in the graph. */
    FACT_ASSERTED("The annotated fact") {
        @Override
        void check(Graph g, Node focus, BiConsumer<Node, String> violation) {
            for (Triple s : g.find(focus, RDF.subject.asNode(), Node.ANY).toList())
                for (Triple p : g.find(focus, RDF.predicate.asNode(), Node.ANY).toList())
                    for (Triple o : g.find(focus, RDF.object.asNode(), Node.ANY).toList())
                        if (!g.contains(s.getObject(), p.getObject(), o.getObject()))
                            violation.accept(focus, "the annotated fact " + s.getObject() + " " + p.getObject() + " " + o.getObject()
                                    + " is not asserted in this graph");
        }
    },
    /** SpecificResourceShape: the quote is exactly the span its offsets give, in code points. */
    QUOTE_MATCHES_OFFSETS("oa:exact has") {
        @Override
        void check(Graph g, Node focus, BiConsumer<Node, String> violation) {
            Node selector = oa("hasSelector");
            List<Node> positions = new ArrayList<>(), quotes = new ArrayList<>();
            for (Triple t : g.find(focus, selector, Node.ANY).toList()) {
                Node sel = t.getObject();
                if (g.contains(sel, RDF.type.asNode(), oa("TextPositionSelector"))) positions.add(sel);
                if (g.contains(sel, RDF.type.asNode(), oa("TextQuoteSelector"))) quotes.add(sel);
            }
            for (Node pos : positions) {
                for (Triple st : g.find(pos, oa("start"), Node.ANY).toList()) {
                    for (Triple en : g.find(pos, oa("end"), Node.ANY).toList()) {
                        Long start = integer(st.getObject()), end = integer(en.getObject());
                        if (start == null || end == null) continue;
                        for (Node q : quotes) {
                            for (Triple ex : g.find(q, oa("exact"), Node.ANY).toList()) {
                                if (!ex.getObject().isLiteral()) continue;
                                String exact = ex.getObject().getLiteralLexicalForm();
                                long len = exact.codePointCount(0, exact.length());
                                if (len != end - start)
                                    violation.accept(focus, "oa:exact has " + len + " characters but oa:end - oa:start is " + (end - start));
                            }
                        }
                    }
                }
            }
        }
    },
    /** SourceDocumentShape: the graph says when and by which run the document was mapped. */
    HAS_PROVENANCE("The source document {$this} has no provenance") {
        @Override
        void check(Graph g, Node focus, BiConsumer<Node, String> violation) {
            if (stamped(g, focus)) return;
            for (Triple d : g.find(Node.ANY, prov("wasDerivedFrom"), focus).toList()) if (stamped(g, d.getSubject())) return;
            violation.accept(focus, "the source document has no provenance in its graph");
        }

        private boolean stamped(Graph g, Node n) {
            return g.contains(n, prov("generatedAtTime"), Node.ANY) && g.contains(n, prov("wasGeneratedBy"), Node.ANY);
        }
    };

    private final String messageStart;

    NativeConstraints(String messageStart) {
        this.messageStart = messageStart;
    }

    /** Reports each violation at {@code focus}. */
    abstract void check(Graph g, Node focus, BiConsumer<Node, String> violation);

    /** The twin of the SPARQL constraint with this message, or null when there is none. */
    static NativeConstraints forMessage(String message) {
        if (message == null) return null;
        for (NativeConstraints c : values()) if (message.startsWith(c.messageStart)) return c;
        return null;
    }

    private static Node node(String local) {
        return NodeFactory.createURI(Vocab.PONTE_NS + local);
    }

    private static Node oa(String local) {
        return NodeFactory.createURI("http://www.w3.org/ns/oa#" + local);
    }

    private static Node prov(String local) {
        return NodeFactory.createURI("http://www.w3.org/ns/prov#" + local);
    }

    private static final Pattern ZONE = Pattern.compile("(Z|[+-]\\d\\d:\\d\\d)$");
    private static final Pattern YEAR_FIRST = Pattern.compile("^\\d{4}.*");

    private static String withoutZone(String s) {
        return ZONE.matcher(s).replaceFirst("");
    }

    private static Long integer(Node n) {
        if (!n.isLiteral()) return null;
        try {
            return Long.parseLong(n.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package org.ponte.mapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIx;
import org.apache.jena.langtag.LangTags;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.ponte.core.Vocab;

/**
 * What every mapped document must satisfy, whatever its input: used by the generated-input
 * properties and the hostile-file tests. Each check returns the broken invariants as readable
 * lines (empty when all hold), so that a failing property names the document and the quad.
 */
final class GraphInvariants {
    private static final Node OA_START = NodeFactory.createURI(Vocab.OA_NS + "start");
    private static final Node OA_END = NodeFactory.createURI(Vocab.OA_NS + "end");
    private static final Node OA_EXACT = NodeFactory.createURI(Vocab.OA_NS + "exact");
    private static final Node OA_PREFIX = NodeFactory.createURI(Vocab.OA_NS + "prefix");
    private static final Node OA_SUFFIX = NodeFactory.createURI(Vocab.OA_NS + "suffix");
    private static final Node OA_HAS_SELECTOR = NodeFactory.createURI(Vocab.OA_NS + "hasSelector");

    private static Shapes shapes;

    /** What the checks saw, so that a run can show it tested graphs and not only skips. */
    static final java.util.concurrent.atomic.AtomicLong OK = new java.util.concurrent.atomic.AtomicLong(),
            SKIPPED = new java.util.concurrent.atomic.AtomicLong(), QUADS = new java.util.concurrent.atomic.AtomicLong(),
            SELECTORS = new java.util.concurrent.atomic.AtomicLong();

    private GraphInvariants() {}

    private static synchronized Shapes shapes() {
        if (shapes == null) shapes = Shapes.parse(RDFParser.source(TestHome.config().shapesFile()).lang(Lang.TURTLE).toGraph());
        return shapes;
    }

    /**
     * Every invariant of one result: ok with quads or skipped with a reason; valid IRIs,
     * well-typed literals, valid language tags; the graph conforms to the shapes; annotation
     * offsets and quotes agree with {@code text} (the document text as read, null when the
     * document could not be read); the N-Quads round trip through Jena and RDF4J is lossless.
     */
    static List<String> check(MappedDocument d, String text) {
        List<String> bad = new ArrayList<>();
        if (d == null) return List.of("null result");
        if (d.ok()) {
            OK.incrementAndGet();
            QUADS.addAndGet(d.quads().size());
            if (d.quads().isEmpty()) bad.add("ok but no quads");
        } else {
            SKIPPED.incrementAndGet();
            if (d.failure().isBlank()) bad.add("skipped without a reason");
            if (!d.quads().isEmpty()) bad.add("skipped but has quads");
            return bad;
        }
        if (!validHttpIri(d.graphIri())) bad.add("invalid graph IRI <" + d.graphIri() + ">");
        Node g = NodeFactory.createURI(d.graphIri());
        Graph graph = GraphFactory.createDefaultGraph();
        for (Quad q : d.quads()) {
            if (!q.getGraph().equals(g)) bad.add("quad outside the document's graph: " + q);
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) nodeProblems(n, bad);
            if (!q.getSubject().isURI()) bad.add("subject is not an IRI: " + q);
            if (!q.getPredicate().isURI()) bad.add("predicate is not an IRI: " + q);
            graph.add(Triple.create(q.getSubject(), q.getPredicate(), q.getObject()));
            if (bad.size() > 20) return bad;
        }
        if (!ShaclValidator.get().validate(shapes(), graph).conforms()) bad.add("an ok graph does not conform to the shapes");
        if (text != null) bad.addAll(annotations(graph, text));
        bad.addAll(roundTrip(d.quads()));
        return bad;
    }

    /** One line on what was checked. */
    static String summary() {
        return OK.get() + " graphs mapped (" + QUADS.get() + " quads, " + SELECTORS.get() + " annotation selectors checked), "
                + SKIPPED.get() + " documents skipped with a reason";
    }

    /** An absolute http(s) IRI without violations, as IRIx and every RDF syntax accept it. */
    static boolean validHttpIri(String s) {
        if (s == null || !(s.startsWith("http://") || s.startsWith("https://"))) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0 || Character.isSurrogate(c) || c == 0x7F) return false;
        }
        try {
            IRIx iri = IRIx.create(s);
            return iri.isReference() && !iri.hasViolations() && iri.scheme() != null
                    && (iri.scheme().equals("http") || iri.scheme().equals("https"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void nodeProblems(Node n, List<String> bad) {
        if (n.isBlank()) {
            bad.add("blank node " + n + " (the emitter promises none)");
        } else if (n.isURI()) {
            // Vocabulary terms outside http(s) do not occur; every IRI must be absolute http(s).
            if (!validHttpIri(n.getURI())) bad.add("invalid IRI <" + n.getURI() + ">");
        } else if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            if (!n.getLiteralDatatype().isValid(lex)) bad.add("ill-typed literal " + n);
            if (!wellFormedUnicode(lex)) bad.add("literal with a lone surrogate or a non-character: " + escape(lex));
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty() && !LangTags.check(lang)) bad.add("invalid language tag @" + lang);
        } else {
            bad.add("unexpected node " + n);
        }
    }

    /** No lone surrogates (not writable as UTF-8), no U+FFFE/U+FFFF, no C0 controls but tab and newline. */
    static boolean wellFormedUnicode(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) return false;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            } else if (c == 0xFFFE || c == 0xFFFF || (c < 0x20 && c != '\n' && c != '\t')) {
                return false;
            }
        }
        return true;
    }

    /** Position selectors (code points, end exclusive) select exactly the quote selector's text, prefix and suffix around it. */
    private static List<String> annotations(Graph g, String text) {
        List<String> bad = new ArrayList<>();
        int cps = text.codePointCount(0, text.length());
        Map<Node, Node> positionOf = new HashMap<>(), quoteOf = new HashMap<>();
        g.find(Node.ANY, OA_HAS_SELECTOR, Node.ANY).forEachRemaining(t -> {
            if (g.contains(t.getObject(), OA_START, Node.ANY)) positionOf.put(t.getSubject(), t.getObject());
            if (g.contains(t.getObject(), OA_EXACT, Node.ANY)) quoteOf.put(t.getSubject(), t.getObject());
        });
        Set<Node> targets = new HashSet<>(positionOf.keySet());
        targets.addAll(quoteOf.keySet());
        for (Node target : targets) {
            Node pos = positionOf.get(target), quote = quoteOf.get(target);
            if (pos == null || quote == null) {
                bad.add("target " + target + " lacks a position or a quote selector");
                continue;
            }
            long start = ((Number) one(g, pos, OA_START).getLiteralValue()).longValue();
            long end = ((Number) one(g, pos, OA_END).getLiteralValue()).longValue();
            if (start < 0 || end <= start || end > cps) {
                bad.add("selector " + pos + " [" + start + "," + end + ") outside the text of " + cps + " code points");
                continue;
            }
            SELECTORS.incrementAndGet();
            int s = text.offsetByCodePoints(0, (int) start), e = text.offsetByCodePoints(0, (int) end);
            String exact = one(g, quote, OA_EXACT).getLiteralLexicalForm();
            if (!text.substring(s, e).equals(exact))
                bad.add("quote of " + quote + " is '" + escape(exact) + "' but the text at [" + start + "," + end + ") is '"
                        + escape(text.substring(s, e)) + "'");
            String prefix = one(g, quote, OA_PREFIX).getLiteralLexicalForm();
            String suffix = one(g, quote, OA_SUFFIX).getLiteralLexicalForm();
            if (!text.substring(0, s).endsWith(prefix)) bad.add("prefix of " + quote + " does not precede the quote");
            if (!text.substring(e).startsWith(suffix)) bad.add("suffix of " + quote + " does not follow the quote");
        }
        return bad;
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        if (ts.size() != 1) throw new AssertionError(ts.size() + " values of " + p + " on " + s);
        return ts.get(0).getObject();
    }

    /** Writes the quads as N-Quads and reads them back with Jena (strict) and RDF4J Rio: both must give the same quads. */
    static List<String> roundTrip(List<Quad> quads) {
        List<String> bad = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        w.start();
        quads.forEach(w::quad);
        w.finish();
        byte[] bytes = out.toByteArray();
        Set<Quad> expected = new HashSet<>(quads);

        Set<Quad> jena = new HashSet<>();
        try {
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.NQUADS).strict(true)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrict).checking(true)
                    .parse(new StreamRDFBase() {
                        @Override
                        public void quad(Quad q) {
                            jena.add(q);
                        }
                    });
            if (!jena.equals(expected)) bad.add("Jena reads back " + jena.size() + " quads, " + expected.size() + " were written"
                    + difference(expected, jena));
        } catch (RuntimeException e) {
            bad.add("Jena (strict) cannot read the N-Quads back: " + e.getMessage());
        }

        try {
            StatementCollector c = new StatementCollector();
            var parser = Rio.createParser(org.eclipse.rdf4j.rio.RDFFormat.NQUADS);
            parser.setRDFHandler(c);
            parser.parse(new ByteArrayInputStream(bytes), "");
            Set<Quad> rio = new HashSet<>();
            for (Statement st : c.getStatements()) rio.add(Quad.create(jena(st.getContext()), jena(st.getSubject()), jena(st.getPredicate()), jena(st.getObject())));
            if (!rio.equals(expected)) bad.add("RDF4J reads back " + rio.size() + " quads, " + expected.size() + " were written"
                    + difference(expected, rio));
        } catch (IOException | RuntimeException e) {
            bad.add("RDF4J cannot read the N-Quads back: " + e.getMessage());
        }
        return bad;
    }

    private static String difference(Set<Quad> expected, Set<Quad> actual) {
        for (Quad q : expected) if (!actual.contains(q)) return "; e.g. lost " + q;
        for (Quad q : actual) if (!expected.contains(q)) return "; e.g. gained " + q;
        return "";
    }

    private static Node jena(Value v) {
        if (v instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (v instanceof Literal l) {
            if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
            return NodeFactory.createLiteralDT(l.getLabel(), org.apache.jena.datatypes.TypeMapper.getInstance()
                    .getSafeTypeByName(l.getDatatype().stringValue()));
        }
        if (v instanceof Resource r) return NodeFactory.createBlankNode(r.stringValue());
        throw new IllegalArgumentException("unexpected value " + v);
    }

    /** Printable form of a string for messages: controls and non-ASCII as \\uXXXX, cut at 200 characters. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 200; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) sb.append(String.format("\\u%04X", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }
}
